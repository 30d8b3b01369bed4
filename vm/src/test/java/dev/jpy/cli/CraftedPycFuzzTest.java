package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.toolchain.compile.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random one-byte mutations of a loop-free program's module bytecode (seeded, so repeatable), each run by {@code jpy run}:
 * every run ends with status 0 or 1 and never prints a Java stack trace or jpy's internal-error status 70. Mutations
 * that would make a backward jump are skipped (the program could then loop forever, which is not an error).
 */
class CraftedPycFuzzTest {
    private static final String SOURCE = "import sys\ndef f(a, b=2):\n    c = a + b\n    return [c, a]\nd = {'k': f(1)}\n"
            + "try:\n    print(d['k'], f(3)[0] - 1, len(sys.argv))\nexcept KeyError as e:\n    print('no', e)\nx, y = f(5)\nprint(x * y)\n";
    private static final int RUNS = 600;

    @Test
    void mutatedBytecodeNeverEndsInAJavaException(@TempDir Path dir) throws Exception {
        PycFile valid = PycFile.parse(Files.readAllBytes(Cli.fixtures().resolve("run/sys_exit.pyc")));
        PyCode code = Compiler.compile(SOURCE, "fuzz.py", 0);
        byte[] original = code.code().toByteArray();
        Random random = new Random(313);
        List<String> bad = new ArrayList<>();
        int refused = 0, ran = 0;
        java.util.Map<String, Integer> endings = new java.util.TreeMap<>();
        Path pyc = dir.resolve("fuzz.pyc");
        for (int run = 0; run < RUNS; run++) {
            byte[] b = original.clone();
            int at = random.nextInt(b.length);
            b[at] = (byte) random.nextInt(256);
            if (makesBackwardJump(b, at)) continue;
            PyCode mutated = new PyCode(code.argCount(), code.posOnlyArgCount(), code.kwOnlyArgCount(), code.stackSize(), code.flags(),
                    PyBytes.of(b), code.consts(), code.names(), code.localsPlusNames(), code.localsPlusKinds(), code.filename(), code.name(),
                    code.qualname(), code.firstLineNo(), code.lineTable(), code.exceptionTable());
            Files.write(pyc, PycFile.of(valid.header(), mutated).toBytes());
            Cli.Result r = Cli.jpy("run", pyc.toString());
            ran++;
            String last = r.err().isEmpty() ? "ok" : r.err().lines().reduce((x, y) -> y).orElse("").replaceAll("[:(].*", "");
            endings.merge(last, 1, Integer::sum);
            if (r.err().contains("SystemError: invalid bytecode in code object")) refused++;
            if ((r.code() != 0 && r.code() != 1) || r.err().contains("\tat ") || r.err().contains("java.")) {
                bad.add("byte " + at + " = " + (b[at] & 0xFF) + ": status " + r.code() + ": " + r.err().lines().limit(3).toList());
            }
        }
        System.out.println("CraftedPycFuzzTest: " + ran + " of " + RUNS + " mutations run, " + endings + ", " + refused + " refused by CodeCheck, " + bad.size() + " bad");
        assertTrue(bad.isEmpty(), String.join("\n", bad.subList(0, Math.min(bad.size(), 15))));
    }

    /** Whether the byte changed at {@code at} makes or retargets a backward jump (or a loop's FOR_ITER / SEND). */
    private static boolean makesBackwardJump(byte[] b, int at) {
        int op = at & ~1;
        for (int i = op; i < b.length && i <= op + 2; i += 2) {
            Opcode o = Opcode.byNumber(b[i] & 0xFF);
            if (o != null && (o.isBackwardJump() || o == Opcode.FOR_ITER || o == Opcode.SEND)) return true;
        }
        return false;
    }
}
