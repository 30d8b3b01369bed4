package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.toolchain.compile.Compiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy run} of crafted .pyc files (a valid one mutated): CodeCheck's one-line SystemError and exit status 1, never a Java trace. */
class CraftedPycTest {
    private static final String SOURCE = "x = 0\nfor i in range(3):\n    x += i\ntry:\n    print(x)\nexcept ValueError:\n    pass\n";
    private static final String PREFIX = "SystemError: invalid bytecode in code object '<module>' (file \"crafted.py\", line 1): ";

    @Test
    void theUnmutatedFileRuns(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> c);
        assertEquals("3\n", r.out());
        assertEquals("", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void badJumpTarget(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> withCode(c, setArg(c, Opcode.JUMP_BACKWARD, 200)));
        assertRefused(r, "jump target ");
        assertTrue(r.err().contains("of JUMP_BACKWARD at offset"), r.err());
    }

    @Test
    void constantIndexOutOfRange(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> withCode(c, setArg(c, Opcode.LOAD_CONST, 99)));
        assertRefused(r, "constant index 99 out of range (" + c0().consts().size() + " constants) (LOAD_CONST at offset ");
    }

    @Test
    void unknownOpcode(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> {
            byte[] b = c.code().toByteArray();
            b[2] = (byte) 240; // 3.13 leaves 240 unused
            return withCode(c, b);
        });
        assertRefused(r, "unknown opcode 240 at offset 2");
    }

    @Test
    void truncatedExceptionTable(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> {
            byte[] t = c.exceptionTable().toByteArray();
            return new PyCode(c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(), c.stackSize(), c.flags(), c.code(), c.consts(), c.names(),
                    c.localsPlusNames(), c.localsPlusKinds(), c.filename(), c.name(), c.qualname(), c.firstLineNo(), c.lineTable(),
                    PyBytes.of(java.util.Arrays.copyOf(t, t.length - 1)));
        });
        assertRefused(r, "malformed exception table (");
    }

    @Test
    void stackSizeTooSmall(@TempDir Path dir) throws Exception {
        Cli.Result r = run(dir, c -> new PyCode(c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(), 1, c.flags(), c.code(), c.consts(),
                c.names(), c.localsPlusNames(), c.localsPlusKinds(), c.filename(), c.name(), c.qualname(), c.firstLineNo(), c.lineTable(),
                c.exceptionTable()));
        assertRefused(r, "");
        assertTrue(r.err().contains("co_stacksize 1"), r.err());
    }

    @Test
    void marshalLoadsAndReplaceCheckTheCodeToo() {
        String program = String.join("\n",
                "import marshal",
                "c = compile('x = [1, 2]', 'm.py', 'exec')",
                "data = marshal.dumps(c)",
                "data = data[:13] + b'\\x00' * 4 + data[17:]", // co_stacksize 0
                "try:",
                "    marshal.loads(data)",
                "except SystemError as e:",
                "    print('loads:', e)",
                "try:",
                "    c.replace(co_consts=())",
                "except SystemError as e:",
                "    print('replace:', e)",
                "print(eval(marshal.loads(marshal.dumps(compile('6 * 7', 'e.py', 'eval')))))");
        Cli.Result r = Cli.jpy("run", "-c", program);
        assertEquals("loads: invalid bytecode in code object '<module>' (file \"m.py\", line 1): stack depth 1 at offset 2 exceeds co_stacksize 0\n"
                + "replace: invalid bytecode in code object '<module>' (file \"m.py\", line 1): constant index 0 out of range (0 constants)"
                + " (LOAD_CONST at offset 2)\n42\n", r.out());
        assertEquals(0, r.code(), r.err());
    }

    private static void assertRefused(Cli.Result r, String problem) {
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(PREFIX + problem), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals(1, r.code());
    }

    private static PyCode c0() {
        return Compiler.compile(SOURCE, "crafted.py", 0);
    }

    private static Cli.Result run(Path dir, UnaryOperator<PyCode> mutate) throws Exception {
        PycFile valid = PycFile.parse(Files.readAllBytes(Cli.fixtures().resolve("run/sys_exit.pyc")));
        Path pyc = dir.resolve("crafted.pyc");
        Files.write(pyc, PycFile.of(valid.header(), mutate.apply(c0())).toBytes());
        return Cli.jpy("run", pyc.toString());
    }

    /** The code with the argument of the first instruction {@code op} set to {@code arg} (below 256). */
    private static byte[] setArg(PyCode c, Opcode op, int arg) {
        byte[] b = c.code().toByteArray();
        for (int i = 0; i < b.length; i += 2) {
            if ((b[i] & 0xFF) == op.number()) {
                b[i + 1] = (byte) arg;
                return b;
            }
        }
        throw new AssertionError("no " + op + " in the test program");
    }

    private static PyCode withCode(PyCode c, byte[] code) {
        return new PyCode(c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(), c.stackSize(), c.flags(), PyBytes.of(code), c.consts(),
                c.names(), c.localsPlusNames(), c.localsPlusKinds(), c.filename(), c.name(), c.qualname(), c.firstLineNo(), c.lineTable(),
                c.exceptionTable());
    }
}
