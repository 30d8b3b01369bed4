package dev.jpy.cli;

import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.toolchain.compileall.CompileAll;
import dev.jpy.toolchain.compileall.CompileOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jpy compileall}: byte-compiles files and trees with jpy's compiler, as {@code python3.13 -m compileall}. */
@Command(name = "compileall", mixinStandardHelpOptions = true,
        description = {"Utilities to support installing Python libraries.",
                "Writes the .pyc files CPython 3.13 writes (names, headers, modes), with jpy's compiler."})
final class CompileallCommand implements Callable<Integer> {
    /** CPython's default maxlevels: sys.getrecursionlimit(). */
    private static final int RECURSION_LIMIT = 1000;

    @Spec CommandSpec spec;

    @Option(names = "-l", description = "don't recurse into subdirectories")
    boolean noRecurse;

    @Option(names = "-r", paramLabel = "RECURSION", description = "control the maximum recursion level. "
            + "if `-l` and `-r` options are specified, then `-r` takes precedence.")
    Integer recursion;

    @Option(names = "-f", description = "force rebuild even if timestamps are up to date")
    boolean force;

    @Option(names = "-q", description = "output only error messages; -qq will suppress the error messages as well.")
    boolean[] quiet = new boolean[0];

    @Option(names = "-b", description = "use legacy (pre-PEP3147) compiled file locations")
    boolean legacy;

    @Option(names = "-d", paramLabel = "DESTDIR", description = "directory to prepend to file paths for use in "
            + "compile-time tracebacks and in runtime tracebacks in cases where the source file is unavailable")
    String ddir;

    @Option(names = "-s", paramLabel = "STRIPDIR", description = "part of path to left-strip from path to source "
            + "file - for example buildroot. `-d` and `-s` options cannot be specified together.")
    String stripdir;

    @Option(names = "-p", paramLabel = "PREPENDDIR", description = "path to add as prefix to path to source file - "
            + "for example / to make it absolute when some part is removed by `-s` option. "
            + "`-d` and `-p` options cannot be specified together.")
    String prependdir;

    @Option(names = "-x", paramLabel = "REGEXP", description = "skip files matching the regular expression; the "
            + "regexp is searched for in the full path of each file considered for compilation")
    String rx;

    @Option(names = "-i", paramLabel = "FILE", description = "add all the files and directories listed in FILE to "
            + "the list considered for compilation; if \"-\", names are read from stdin")
    String flist;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "zero or more file and directory names to "
            + "compile; if no arguments given, defaults to the equivalent of -l sys.path")
    List<String> dests = new ArrayList<>();

    @Option(names = {"-j", "--workers"}, paramLabel = "WORKERS", defaultValue = "1",
            description = "Run compileall concurrently")
    int workers;

    @Option(names = "--invalidation-mode", paramLabel = "{checked-hash,timestamp,unchecked-hash}",
            description = "set .pyc invalidation mode; defaults to \"checked-hash\" if the SOURCE_DATE_EPOCH "
                    + "environment variable is set, and \"timestamp\" otherwise.")
    String invalidationMode;

    @Option(names = "-o", paramLabel = "OPT_LEVELS", description = "Optimization levels to run compilation with. "
            + "Default is -1 which uses the optimization level of the Python interpreter itself (see -O).")
    List<Integer> optLevels;

    @Option(names = "-e", paramLabel = "DIR", description = "Ignore symlinks pointing outsite of the DIR")
    String limitSlDest;

    @Option(names = "--hardlink-dupes", description = "Hardlink duplicated pyc files")
    boolean hardlinkDupes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int q = Math.min(quiet.length, 2);
        List<Integer> levels = optLevels == null ? List.of(-1) : optLevels;
        if (levels.size() == 1 && hardlinkDupes) {
            throw usage("Hardlinking of duplicated bytecode makes sense only for more than one optimization level.");
        }
        if (ddir != null && (stripdir != null || prependdir != null)) {
            throw usage("-d cannot be used in combination with -s or -p");
        }
        Pattern pattern = compileRegex();
        Invalidation mode = parseMode();
        if (workers < 0) throw new JpyException("compileall: workers must be greater or equal to 0", ExitCode.FAILURE);
        List<String> all = new ArrayList<>(dests);
        if (flist != null && !readList(all)) {
            if (q < 2) out.println("Error reading file list " + flist);
            out.flush();
            return ExitCode.FAILURE;
        }
        if (all.isEmpty()) {
            throw usage("no FILE|DIR given (jpy has no sys.path to compile by default)");
        }
        int maxLevels = recursion != null ? recursion : noRecurse ? 0 : RECURSION_LIMIT;
        CompileOptions o;
        try {
            o = new CompileOptions(maxLevels, ddir, stripdir, prependdir, force, pattern, q, legacy, levels, mode,
                    limitSlDest == null || limitSlDest.isEmpty() ? null : limitSlDest, hardlinkDupes, workers,
                    isTerminal());
        } catch (IllegalArgumentException e) {
            throw new JpyException("compileall: " + e.getMessage(), ExitCode.USAGE);
        }
        boolean ok = new CompileAll(o, out).run(all);
        out.flush();
        return ok ? ExitCode.OK : ExitCode.FAILURE;
    }

    private JpyException usage(String msg) {
        return new JpyException("compileall: error: " + msg, ExitCode.USAGE);
    }

    private Pattern compileRegex() {
        if (rx == null || rx.isEmpty()) return null;
        try {
            return Pattern.compile(rx);
        } catch (PatternSyntaxException e) {
            throw new JpyException("compileall: re.error: " + e.getDescription() + " at position " + e.getIndex(),
                    ExitCode.FAILURE);
        }
    }

    private Invalidation parseMode() {
        if (invalidationMode == null) return null;
        return Arrays.stream(Invalidation.values()).filter(m -> m.cliName.equals(invalidationMode)).findFirst()
                .orElseThrow(() -> usage("argument --invalidation-mode: invalid choice: '" + invalidationMode
                        + "' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')"));
    }

    private boolean readList(List<String> all) {
        try (BufferedReader r = flist.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(flist), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) all.add(line.strip());
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Whether stdout is a terminal. */
    private static boolean isTerminal() { return dev.jpy.vm.builtins.TextStream.terminal(); }
}
