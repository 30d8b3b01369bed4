package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.imports.CacheOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void runsASourceFileCompiledByJpy(@TempDir Path dir) throws Exception {
        Path py = dir.resolve("hello.py");
        Files.writeString(py, "import sys\nprint('hi', 6 * 7)\nsys.exit(4)\n");
        Cli.Result r = Cli.jpy("run", "-B", py.toString(), "-v", "arg");
        assertEquals("hi 42\n", r.out());
        assertEquals("", r.err());
        assertEquals(4, r.code());
        assertFalse(Files.exists(dir.resolve("__pycache__")), "the main script is never cached");
    }

    @Test
    void importsTheProgramsOwnModulesThroughThePycCache(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.py"), "import sys\nimport helper\nprint(helper.f(3), sys.argv[1:])\n");
        Files.writeString(dir.resolve("helper.py"), "def f(x):\n    return x * 2\nprint('loaded', __name__)\n");
        Path pyc = dir.resolve("__pycache__/helper.cpython-313.pyc");
        String[] first = runWithoutEnvironment("-v", dir.resolve("main.py").toString(), "a");
        assertEquals("loaded helper\n6 ['a']\n", first[0]);
        assertTrue(first[1].contains("# created '" + pyc + "'"), first[1]);
        byte[] written = Files.readAllBytes(pyc);
        String[] second = runWithoutEnvironment("-v", dir.resolve("main.py").toString(), "a");
        assertEquals(first[0], second[0]);
        assertTrue(second[1].contains("# code object from '" + pyc + "'"), second[1]);
        org.junit.jupiter.api.Assertions.assertArrayEquals(written, Files.readAllBytes(pyc), "a fresh .pyc is reused, not rewritten");
    }

    /** {@code jpy run ARGS} with an empty environment (these machines set PYTHONDONTWRITEBYTECODE): stdout, stderr. */
    private static String[] runWithoutEnvironment(String... args) throws Exception {
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).parseArgs(args);
        rc.env = java.util.Map.of();
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        rc.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void runsCode() {
        Cli.Result r = Cli.jpy("run", "-c", "print(sum(range(5)))");
        assertEquals("10\n", r.out());
        assertEquals(0, r.code());
    }

    @Test
    void aSyntaxErrorIsPrintedAsCPythonDoes(@TempDir Path dir) throws Exception {
        Path py = dir.resolve("bad.py");
        Files.writeString(py, "x = (\n");
        Cli.Result r = Cli.jpy("run", py.toString());
        assertEquals("  File \"" + py + "\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", r.err());
        assertEquals(1, r.code());
        Cli.Result c = Cli.jpy("run", "-c", "1 +");
        assertEquals("  File \"<string>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n", c.err());
        assertEquals(1, c.code());
    }

    @Test
    void aMissingScriptExitsWithTwo() {
        Cli.Result r = Cli.jpy("run", "no_such_file.py");
        assertEquals(2, r.code());
        assertEquals("jpy: can't open file '" + Path.of("no_such_file.py").toAbsolutePath() + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void cacheOptionsFromTheCommandLineAndEnvironment() {
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).parseArgs("-OO", "-B", "-X", "pycache_prefix=/tmp/pp", "--check-hash-based-pycs", "always", "-v", "f.py");
        rc.env = java.util.Map.of();
        CacheOptions o = rc.cacheOptions(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, o.optimize());
        assertTrue(o.dontWriteBytecode());
        assertEquals("/tmp/pp", o.pycachePrefix());
        assertEquals(CacheOptions.CheckHash.ALWAYS, o.checkHashBasedPycs());
        assertTrue(o.verbose() != null);
        RunCommand plain = new RunCommand();
        new picocli.CommandLine(plain).parseArgs("f.py");
        plain.env = java.util.Map.of("PYTHONDONTWRITEBYTECODE", "1", "PYTHONPYCACHEPREFIX", "/tmp/q");
        CacheOptions p = plain.cacheOptions(new java.io.PrintWriter(new java.io.StringWriter()));
        assertTrue(p.dontWriteBytecode());
        assertEquals("/tmp/q", p.pycachePrefix());
        assertEquals(0, p.optimize());
        assertEquals(null, p.verbose());
    }

    @Test
    void notAPycIsOneLine() {
        Cli.Result r = Cli.jpy("run", Cli.fixtures().resolve("run/record.py").toString().replace(".py", ".txt"));
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
