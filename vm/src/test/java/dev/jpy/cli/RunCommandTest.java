package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code jpy run}: a .pyc's output and exit status through the command line, and its refusals. */
class RunCommandTest {
    @Test
    void runsAPycWithItsOutputAndStatus() {
        Cli.Result r = Cli.jpy("run", Cli.fixtures().resolve("run/sys_exit.pyc").toString());
        assertEquals("working\n", r.out());
        assertEquals("to stderr\n", r.err());
        assertEquals(3, r.code());
    }

    @Test
    void uncaughtExceptionExitsWithStatusOne() {
        Cli.Result r = Cli.jpy("run", Cli.fixtures().resolve("run/uncaught_error.pyc").toString());
        assertEquals("before\n", r.out());
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        assertTrue(r.err().endsWith("KeyError: 'b'\n"), r.err());
        assertEquals(1, r.code());
    }

    @Test
    void sourceFilesWaitForTheCompiler() {
        Cli.Result r = Cli.jpy("run", "x.py");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("needs jpy's compiler"), r.err());
    }

    @Test
    void notAPycIsOneLine() {
        Cli.Result r = Cli.jpy("run", Cli.fixtures().resolve("run/record.py").toString().replace(".py", ".txt"));
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
