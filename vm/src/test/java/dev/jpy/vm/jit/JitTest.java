package dev.jpy.vm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.JitCode;
import dev.jpy.vm.run.PycRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JIT tier on jit_cases.py (exceptions caught in translated code and their traceback lines, a generator driven
 * by send(), the recursion limit, a global rebound after its user got hot, a loop taken over mid-run, method calls,
 * handlers in a hot loop (try, with), builtins called with and without self, with 0-5 arguments and raising in a
 * handler, an uncaught error's traceback), run with every code object translated, with the default policy at a low
 * threshold (so code changes tier while running), and interpreted only: the output is CPython's each time.
 */
class JitTest {
    /** What python3.13 jit_cases.py printed on stdout. */
    private static final String CPYTHON_STDOUT = """
            [-1, 10, 5]
            IndexError list index out of range [18, 12]
            gen [0, 2, 4, 6, 8, 5] 3998000
            RecursionError maximum recursion depth exceeded
            global 4501500 101
            osr 149997
            boxes 12497500
            handlers (999, 3000)
            builtins (13612799, 6000, 'AB', [3000, 2999, 3])
            """;

    record Run(String out, String err, int status, int translated) {}

    private static Run run(int threshold) throws Exception {
        Path py = Path.of(JitTest.class.getResource("jit_cases.py").toURI());
        StringWriter out = new StringWriter(), err = new StringWriter();
        int saved = JitCode.threshold, before = Jit.TRANSLATED.get();
        JitCode.threshold = threshold;
        try {
            int status = new PycRunner(new PrintWriter(out), new PrintWriter(err), py.getParent()).withMainFile(py)
                    .run(Compiler.compile(Files.readString(py), "jit_cases.py", 0));
            return new Run(out.toString(), err.toString(), status, Jit.TRANSLATED.get() - before);
        } finally {
            JitCode.threshold = saved;
        }
    }

    private static void check(Run r) {
        assertEquals(CPYTHON_STDOUT, r.out());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("line 131, in <module>\n    fails_late(2000)\n")
                && r.err().contains("line 130, in fails_late\n    return undefined_name\n")
                && r.err().endsWith("NameError: name 'undefined_name' is not defined\n"), r.err());
    }

    @Test
    void everyCodeObjectTranslated() throws Exception {
        Run r = run(0);
        check(r);
        assertTrue(r.translated() >= 10, "translated " + r.translated());
    }

    @Test
    void hotCodeTranslatedWhileRunning() throws Exception {
        Run r = run(200);
        check(r);
        assertTrue(r.translated() >= 5, "translated " + r.translated());
        assertEquals(run(Integer.MAX_VALUE).err(), r.err(), "the same traceback as the interpreter's");
    }

    @Test
    void interpreterOnly() throws Exception {
        Run r = run(Integer.MAX_VALUE);
        check(r);
        assertEquals(0, r.translated());
    }
}
