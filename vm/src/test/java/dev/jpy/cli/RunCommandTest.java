package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.imports.CacheOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
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

    @Test
    void aPackageAndItsSubmodulesAreCachedReusedAndInvalidated(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pkg/inner"));
        Files.writeString(dir.resolve("main.py"), "import pkg.inner.leaf\nfrom pkg import sub\nprint(pkg.inner.leaf.V, sub.V)\n");
        Files.writeString(dir.resolve("pkg/__init__.py"), "print('init')\n");
        Files.writeString(dir.resolve("pkg/sub.py"), "V = 'sub1'\n");
        Files.writeString(dir.resolve("pkg/inner/__init__.py"), "");
        Files.writeString(dir.resolve("pkg/inner/leaf.py"), "V = 'leaf'\n");
        for (String f : List.of("pkg/__init__.py", "pkg/sub.py", "pkg/inner/__init__.py", "pkg/inner/leaf.py")) {
            Files.setLastModifiedTime(dir.resolve(f), FileTime.fromMillis(1_600_000_000_000L)); // old: timestamp .pycs
        }
        String main = dir.resolve("main.py").toString();
        List<Path> pycs = List.of(dir.resolve("pkg/__pycache__/__init__.cpython-313.pyc"), dir.resolve("pkg/__pycache__/sub.cpython-313.pyc"),
                dir.resolve("pkg/inner/__pycache__/__init__.cpython-313.pyc"), dir.resolve("pkg/inner/__pycache__/leaf.cpython-313.pyc"));
        String[] first = runWithoutEnvironment("-v", main);
        assertEquals("init\nleaf sub1\n", first[0]);
        for (Path pyc : pycs) assertTrue(first[1].contains("# created '" + pyc + "'"), first[1]);
        assertTrue(first[1].contains("import 'pkg.inner.leaf' # <_frozen_importlib_external.SourceFileLoader object at 0x"), first[1]);
        String[] second = runWithoutEnvironment("-v", main);
        assertEquals(first[0], second[0]);
        for (Path pyc : pycs) assertTrue(second[1].contains("# code object from '" + pyc + "'"), second[1]);
        assertFalse(second[1].contains("# created"), second[1]);
        Files.writeString(dir.resolve("pkg/sub.py"), "V = 'sub2 edited'\n");
        Files.setLastModifiedTime(dir.resolve("pkg/sub.py"), FileTime.fromMillis(1_600_000_100_000L));
        String[] third = runWithoutEnvironment("-v", main);
        assertEquals("init\nleaf sub2 edited\n", third[0]);
        assertTrue(third[1].contains("# bytecode is stale for 'pkg.sub'"), third[1]);
        assertTrue(third[1].contains("# created '" + pycs.get(1) + "'"), third[1]);
        assertTrue(third[1].contains("# code object from '" + pycs.get(0) + "'"), "the package's own .pyc is still fresh: " + third[1]);
    }

    @Test
    void searchPathFromPythonpathAndTheIsolationFlags(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("lib/extra.py"), "WHERE = 'lib'\n");
        Files.writeString(dir.resolve("app/local.py"), "WHERE = 'app'\n");
        Files.writeString(dir.resolve("app/main.py"), "import sys\nprint(sys.path[:2])\ntry:\n    import extra, local\n    print(extra.WHERE, local.WHERE)\nexcept ImportError as e:\n    print(e)\n");
        String main = dir.resolve("app/main.py").toString();
        Map<String, String> env = Map.of("PYTHONPATH", dir.resolve("lib").toString(), "PYTHONDONTWRITEBYTECODE", "1");
        assertEquals("['" + dir.resolve("app") + "', '" + dir.resolve("lib") + "']\nlib app\n", runIn(env, main)[0]);
        assertEquals("['" + dir.resolve("app") + "']\nNo module named 'extra'\n", runIn(env, "-E", main)[0]);
        assertEquals("[]\nNo module named 'extra'\n", runIn(env, "-I", main)[0]);
        assertEquals("['" + dir.resolve("lib") + "']\nNo module named 'local'\n", runIn(env, "-P", main)[0]);
    }

    @Test
    void codeAndModuleEndTheOptionList() {
        assertEquals(List.of("run", "-B", "-c", "CODE", "--", "-v", "x"), List.of(RunArgs.normalize(new String[] {"run", "-B", "-c", "CODE", "-v", "x"})));
        assertEquals(List.of("run", "-m", "pkg", "--", "-I"), List.of(RunArgs.normalize(new String[] {"run", "-m", "pkg", "-I"})));
        assertEquals(List.of("run", "-Bmpkg", "--", "-v"), List.of(RunArgs.normalize(new String[] {"run", "-Bmpkg", "-v"})));
        assertEquals(List.of("run", "f.py", "-m", "x"), List.of(RunArgs.normalize(new String[] {"run", "f.py", "-m", "x"})));
        Cli.Result r = Cli.jpy("run", "-c", "import sys; print(sys.argv)", "-v", "-m");
        assertEquals("['-c', '-v', '-m']\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void sysFlagsFollowTheCommandLine(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("flags.py");
        Files.writeString(main, "import sys\nf = sys.flags\nprint(f.isolated, f.ignore_environment, f.safe_path, f.no_user_site, f.dont_write_bytecode, f.optimize, f.verbose)\n");
        // the values python3.13 prints for the same options (with PYTHONDONTWRITEBYTECODE unset)
        assertEquals("1 1 True 1 1 0 0\n", runIn(Map.of(), "-I", "-B", main.toString())[0]);
        assertEquals("0 1 False 0 0 2 0\n", runIn(Map.of("PYTHONDONTWRITEBYTECODE", "1"), "-E", "-OO", main.toString())[0]);
        assertEquals("0 0 True 1 0 0 0\n", runIn(Map.of(), "-s", "-P", main.toString())[0]);
        assertEquals("0 0 False 0 1 0 0\n", runIn(Map.of("PYTHONDONTWRITEBYTECODE", "1"), main.toString())[0]);
    }

    @Test
    void sysFlagsIsAStructSequenceWithCPythonsValues(@TempDir Path dir) throws Exception {
        Path main = dir.resolve("flags.py");
        Files.writeString(main, "import sys\nprint(sys.flags)\n");
        // what python3.13 prints under `env -i PYTHONHASHSEED=0 [PYTHONUTF8=1]` (the C locale turns UTF-8 mode on)
        String head = "sys.flags(debug=0, inspect=0, interactive=0, ";
        assertEquals(head + "optimize=2, dont_write_bytecode=0, no_user_site=1, no_site=0, ignore_environment=1, verbose=0, bytes_warning=0, "
                + "quiet=0, hash_randomization=1, isolated=1, dev_mode=False, utf8_mode=1, warn_default_encoding=0, safe_path=True, "
                + "int_max_str_digits=4300)\n", runIn(Map.of("PYTHONHASHSEED", "0"), "-I", "-OO", main.toString())[0]);
        assertEquals(head + "optimize=0, dont_write_bytecode=1, no_user_site=1, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, "
                + "quiet=0, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=1, warn_default_encoding=0, safe_path=False, "
                + "int_max_str_digits=4300)\n", runIn(Map.of("PYTHONHASHSEED", "0", "PYTHONUTF8", "1"), "-B", "-s", main.toString())[0]);
        assertEquals(head + "optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=1, verbose=0, bytes_warning=0, "
                + "quiet=0, hash_randomization=1, isolated=0, dev_mode=False, utf8_mode=1, warn_default_encoding=0, safe_path=False, "
                + "int_max_str_digits=4300)\n", runIn(Map.of("PYTHONHASHSEED", "0", "PYTHONUTF8", "1"), "-E", main.toString())[0]);
        assertEquals("0\n", runIn(Map.of("LANG", "C.UTF-8"), "-c", "import sys; print(sys.flags.utf8_mode)")[0]);
        assertEquals("sys.flags(debug=1, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=1, ignore_environment=0, "
                + "verbose=0, bytes_warning=0, quiet=1, hash_randomization=1, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, "
                + "safe_path=False, int_max_str_digits=4300)\n", runIn(Map.of(), "-S", "-q", "-dd", "-R", "-X", "utf8=0", main.toString())[0]);
    }

    /** {@code jpy run ARGS} with the given environment: stdout, stderr. */
    private static String[] runIn(Map<String, String> env, String... args) throws Exception {
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).setStopAtPositional(true).parseArgs(args);
        rc.env = env;
        java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
        rc.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
        return new String[] {out.toString(), err.toString()};
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
    void notAPycIsOneLine(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("fake.pyc");
        Files.writeString(fake, "print('not a pyc')\n");
        Cli.Result r = Cli.jpy("run", fake.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        Cli.Result missing = Cli.jpy("run", dir.resolve("missing.pyc").toString());
        assertEquals(2, missing.code(), "as python3.13: a missing script exits 2");
        assertEquals("jpy: can't open file '" + dir.resolve("missing.pyc") + "': [Errno 2] No such file or directory\n", missing.err());
    }

    @Test
    void aFileOfAnyOtherNameRunsAsSourceUnlessItHasTheMagicNumber(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("prog.txt");
        Files.writeString(txt, "import sys\nprint('source', sys.argv[1:])\n");
        Cli.Result r = Cli.jpy("run", txt.toString(), "a");
        assertEquals("source ['a']\n", r.out());
        assertEquals(0, r.code());
        Path pycAsData = dir.resolve("prog.data");
        Files.copy(Cli.fixtures().resolve("run/sys_exit.pyc"), pycAsData);
        Cli.Result p = Cli.jpy("run", pycAsData.toString());
        assertEquals("working\n", p.out());
        assertEquals(3, p.code());
    }
}
