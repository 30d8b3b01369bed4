package dev.jpy.vm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.JitCode;
import dev.jpy.vm.run.PycRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Code objects too long for one JVM method are translated into several (a loop whose body spans parts, an exception
 * handler and an inner loop in another part than the loop head, a generator yielding from two parts, entered mid-run
 * at a hot loop head): the output is the interpreter's, and the translations were split.
 */
class JitSplitTest {
    /** A function of about 60 if/else statements in a loop, a handler and an inner loop, and a long generator. */
    private static String program() {
        StringBuilder sb = new StringBuilder("def big(n):\n    t = 0\n    for i in range(n):\n");
        for (int k = 0; k < 60; k++) {
            sb.append("        x = (i * ").append(k + 3).append(" + t) % ").append(97 + k).append('\n');
            sb.append("        if x > ").append(k).append(": t += x - ").append(k).append("\n        else: t -= 1\n");
        }
        sb.append("""
                        try:
                            if i % 7 == 0: raise ValueError(i)
                        except ValueError as e:
                            t += e.args[0] % 5
                        for j in range(3):
                            t += j * i % 11
                    return t

                def gen(n):
                    for i in range(n):
                        v = i
                """);
        for (int k = 0; k < 50; k++) sb.append("        v = (v * ").append(k + 2).append(" + 1) % 1009\n");
        sb.append("        yield v\n");
        for (int k = 0; k < 50; k++) sb.append("        v = (v * ").append(k + 5).append(" + 3) % 1013\n");
        sb.append("        yield -v\n\nprint(big(2000), sum(gen(1500)), list(gen(3)))\n");
        return sb.toString();
    }

    private static String run(int threshold) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int saved = JitCode.threshold;
        JitCode.threshold = threshold;
        try {
            int status = new PycRunner(new PrintWriter(out), new PrintWriter(err), Path.of("."))
                    .run(Compiler.compile(program(), "split.py", 0));
            assertEquals(0, status, err.toString());
            return out.toString();
        } finally {
            JitCode.threshold = saved;
        }
    }

    @Test
    void longCodeSplitIntoMethods() {
        String interpreted = run(Integer.MAX_VALUE);
        assertTrue(interpreted.matches("-?\\d+ -?\\d+ \\[.*\\]\n"), interpreted);
        int before = Jit.SPLIT.get();
        assertEquals(interpreted, run(200));
        assertTrue(Jit.SPLIT.get() - before >= 2, "split " + (Jit.SPLIT.get() - before));
        assertEquals(interpreted, run(0));
    }
}
