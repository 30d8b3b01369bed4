package dev.jpy.cli;

import dev.jpy.cli.dump.PycInput;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.errors.SyntaxErrorPrinter;
import dev.jpy.toolchain.imports.CacheOptions;
import dev.jpy.vm.run.PycRunner;
import dev.jpy.vm.run.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jpy run FILE.py|FILE.pyc [ARG...]} and {@code jpy run -c CODE [ARG...]}: compiles the main script with
 * jpy's compiler (never cached, as in CPython) or reads the .pyc, and runs it on jpy's VM with CPython's output and
 * exit status; the cache options ({@code -B -O -OO -v -X pycache_prefix --check-hash-based-pycs}) go to the
 * module finder through {@link RunConfig}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a Python program as 'python3.13 FILE' does: from its source (compiled by jpy) or from a",
                "CPython 3.13 .pyc. An uncaught exception prints CPython's traceback and exits with status 1."})
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "-c", paramLabel = "CODE", description = "program passed in as string")
    String command;

    @Option(names = "-m", paramLabel = "MODULE", description = "run library module as a script (terminates option list)")
    String module;

    @Option(names = "-I", description = "isolate: neither the script's directory nor the cwd on sys.path; ignore PYTHON* variables")
    boolean isolated;

    @Option(names = "-E", description = "ignore PYTHON* environment variables (such as PYTHONPATH)")
    boolean ignoreEnvironment;

    @Option(names = "-s", description = "don't add user site directory to sys.path (jpy has none)")
    boolean noUserSite;

    @Option(names = "-P", description = "don't prepend a potentially unsafe path to sys.path")
    boolean safePath;

    @Option(names = "-S", description = "don't imply 'import site' on initialization (jpy has no site module)")
    boolean noSite;

    @Option(names = "-q", description = "don't print version and copyright messages on interactive startup")
    boolean quiet;

    @Option(names = "-d", description = "turn on parser debugging output (sys.flags.debug; jpy prints none)")
    boolean[] debug = new boolean[0];

    @Option(names = "-R", description = "hash randomization, on by default (no effect)")
    boolean randomizeHashes;

    @Option(names = "-u", description = "unbuffered binary stdout and stderr; also PYTHONUNBUFFERED=x")
    boolean unbuffered;

    @Option(names = "-B", description = "don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x")
    boolean dontWriteBytecode;

    @Option(names = "-O", description = "remove assert and __debug__-dependent statements; -OO also removes docstrings")
    boolean[] optimize = new boolean[0];

    @Option(names = "-v", description = "verbose: trace the .pyc cache decisions of imports on stderr")
    boolean[] verbose = new boolean[0];

    @Option(names = "-X", paramLabel = "OPT", description = "implementation-specific option: pycache_prefix=DIR, utf8[=0|1]")
    List<String> xOptions = new ArrayList<>();

    @Option(names = "--check-hash-based-pycs", paramLabel = "MODE", description = "always|default|never")
    String checkHash = "default";

    @Parameters(paramLabel = "FILE ARG", description = "the .py or .pyc file and its arguments (sys.argv); with -c only arguments")
    List<String> params = new ArrayList<>();

    /** The environment (a field so that tests can replace it). */
    Map<String, String> env = System.getenv();

    /** Whether the process's stdout is a terminal (then sys.stdout is line-buffered), and its stderr; fields for tests. */
    boolean terminal = Main.stdoutIsTerminal, stderrTerminal = Main.stderrIsTerminal;

    /** The working directory (a field so that tests can replace it). */
    Path cwd = Path.of("").toAbsolutePath();

    @Override
    public Integer call() throws Exception {
        return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs what the options and parameters say (also {@link FastRun}'s way in, without picocli). */
    int execute(PrintWriter out, PrintWriter err) throws IOException {
        CacheOptions cache = cacheOptions(err);
        PycRunner runner = new PycRunner(out, err, cwd).withStdio(unbuffered || nonEmpty(pyEnv("PYTHONUNBUFFERED")) != null, terminal, stderrTerminal);
        if (command != null) {
            List<String> argv = new ArrayList<>(List.of("-c"));
            argv.addAll(params);
            PyCode code = compileMain(command, "<string>", cache.optimize(), err);
            return code == null ? ExitCode.FAILURE : runner.withConfig(new RunConfig(argv, searchPath(Path.of("")), cache, cwd, flags())).withCommand(command).run(code);
        }
        if (module != null) {
            List<String> argv = new ArrayList<>(List.of("-m"));
            argv.addAll(params);
            return runner.withConfig(new RunConfig(argv, searchPath(cwd), cache, cwd, flags())).runModule(module);
        }
        if (params.isEmpty()) throw new JpyException("run: give a FILE, -c CODE or -m MODULE", ExitCode.USAGE);
        String file = params.get(0);
        RunConfig config = new RunConfig(params, searchPath(cwd.resolve(file).getParent()), cache, cwd, flags());
        runner.withMainFile(cwd.resolve(file));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(cwd.resolve(file));
        } catch (NoSuchFileException e) {
            err.println("jpy: can't open file '" + cwd.resolve(file) + "': [Errno 2] No such file or directory");
            err.flush();
            return 2;
        } catch (IOException e) {
            throw new JpyException("run: " + file + ": " + e.getMessage());
        }
        if (file.endsWith(".pyc") || looksLikePyc(bytes)) { // CPython's maybe_pyc_file: the name or the magic number
            PycInput in = PycInput.read(cwd.resolve(file));
            return runner.withConfig(config).run(in.pyc());
        }
        String source;
        try {
            source = ScriptSource.decode(bytes, cwd.resolve(file).toString());
        } catch (ScriptSource.Unreadable e) {
            return printed(err, e.printed);
        }
        // CPython 3.13 compiles the main script under its absolute path (tracebacks, __file__)
        PyCode code = compileMain(source, cwd.resolve(file).toString(), cache.optimize(), err);
        return code == null ? ExitCode.FAILURE : runner.withConfig(config).run(code);
    }

    /** Whether a file starts with the magic number of a 3.13 .pyc (then it runs as one whatever its name). */
    private static boolean looksLikePyc(byte[] b) {
        byte[] magic = dev.jpy.marshal.pyc.PythonVersion.CURRENT.magicBytes();
        return b.length >= 4 && java.util.Arrays.equals(magic, java.util.Arrays.copyOf(b, 4));
    }

    /** The main script's code, or null after printing its SyntaxError as CPython does. */
    static PyCode compileMain(String source, String filename, int optimize, PrintWriter err) {
        try {
            return Compiler.compile(source, filename, optimize);
        } catch (RuntimeException e) {
            var se = CliSyntaxErrors.of(e, filename, source);
            if (se == null) throw e;
            printed(err, SyntaxErrorPrinter.format(se));
            return null;
        }
    }

    private static int printed(PrintWriter err, String text) {
        err.print(text);
        err.flush();
        return ExitCode.FAILURE;
    }

    /**
     * sys.path as CPython builds it: {@code first} (the script's directory, the cwd for -m, '' for -c) unless -I or
     * -P, then the PYTHONPATH entries unless -I or -E.
     */
    List<Path> searchPath(Path first) {
        List<Path> path = new ArrayList<>();
        if (!isolated && !safePath && nonEmpty(pyEnv("PYTHONSAFEPATH")) == null) path.add(first);
        String pp = pyEnv("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String e : pp.split(java.io.File.pathSeparator, -1)) {
                path.add(e.isEmpty() ? cwd : cwd.resolve(e)); // an empty entry is the working directory
            }
        }
        return path;
    }

    /** The sys.flags the command line sets besides the cache options (-I implies -E, -P and -s, as in CPython). */
    java.util.Set<String> flags() {
        java.util.Set<String> f = new java.util.HashSet<>();
        if (isolated) f.addAll(List.of("isolated", "ignore_environment", "safe_path", "no_user_site"));
        if (ignoreEnvironment) f.add("ignore_environment");
        if (safePath || nonEmpty(pyEnv("PYTHONSAFEPATH")) != null) f.add("safe_path");
        if (noUserSite) f.add("no_user_site");
        if (noSite) f.add("no_site");
        if (quiet) f.add("quiet");
        if (debug.length > 0) f.add("debug");
        if ("0".equals(pyEnv("PYTHONHASHSEED"))) f.add("hash_seed_zero"); // sys.flags.hash_randomization 0
        String utf8 = pyEnv("PYTHONUTF8");
        for (String x : xOptions) if (x.equals("utf8") || x.startsWith("utf8=")) utf8 = x.equals("utf8") ? "1" : x.substring(5);
        if (utf8 != null && !utf8.isEmpty() && !utf8.equals("0") && !utf8.equals("1")) {
            throw new JpyException("Fatal Python error: preconfig_init_utf8_mode: invalid " + (xOptions.stream().anyMatch(x -> x.startsWith("utf8"))
                    ? "-X utf8 option value" : "PYTHONUTF8 environment variable value"), ExitCode.FAILURE);
        }
        if ("1".equals(utf8) || !"0".equals(utf8) && cLocale()) f.add("utf8_mode"); // PEP 540: on by default in the C locale
        intMaxStrDigits(f);
        return f;
    }

    /** -X int_max_str_digits=N, else PYTHONINTMAXSTRDIGITS: a flag "int_max_str_digits=N"; a bad value is CPython's fatal error. */
    private void intMaxStrDigits(java.util.Set<String> f) {
        String digits = nonEmpty(pyEnv("PYTHONINTMAXSTRDIGITS")), where = "PYTHONINTMAXSTRDIGITS";
        for (String x : xOptions) {
            if (x.equals("int_max_str_digits") || x.startsWith("int_max_str_digits=")) {
                digits = x.equals("int_max_str_digits") ? "" : x.substring("int_max_str_digits=".length());
                where = "-X int_max_str_digits";
            }
        }
        if (digits == null) return;
        Integer n = dev.jpy.vm.object.IntDigits.parseOption(digits);
        if (n == null) {
            throw new JpyException("Fatal Python error: config_init_int_max_str_digits: " + where
                    + ": invalid limit; must be >= 640 or 0 for unlimited.", ExitCode.FAILURE);
        }
        f.add("int_max_str_digits=" + n);
    }

    /** Whether the locale of LC_CTYPE (from LC_ALL, LC_CTYPE or LANG, the first set) is C or POSIX. */
    private boolean cLocale() {
        for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String s = nonEmpty(env.get(v));
            if (s != null) return s.equals("C") || s.equals("POSIX");
        }
        return true;
    }

    /** A PYTHON* environment variable, or null under -E or -I. */
    private String pyEnv(String name) {
        return isolated || ignoreEnvironment ? null : env.get(name);
    }

    /** The command line and environment as CacheOptions (-v traces go to stderr). */
    CacheOptions cacheOptions(PrintWriter err) {
        String prefix = nonEmpty(pyEnv("PYTHONPYCACHEPREFIX"));
        for (String x : xOptions) {
            if (x.startsWith("pycache_prefix=")) prefix = x.substring("pycache_prefix=".length());
        }
        if (prefix != null) prefix = cwd.resolve(prefix).toString();
        boolean b = dontWriteBytecode || nonEmpty(pyEnv("PYTHONDONTWRITEBYTECODE")) != null;
        CacheOptions.CheckHash check;
        try {
            check = CacheOptions.CheckHash.of(checkHash);
        } catch (IllegalArgumentException e) {
            throw new JpyException("run: " + e.getMessage(), ExitCode.USAGE);
        }
        java.util.function.Consumer<String> sink = verbose.length == 0 ? null : line -> {
            err.println(line);
            err.flush();
        };
        return new CacheOptions(b, prefix, Math.min(optimize.length, 2), check, sink);
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
