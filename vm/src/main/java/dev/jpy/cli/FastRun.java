package dev.jpy.cli;

import java.io.PrintWriter;

/**
 * The start-up fast path for the plain {@code jpy run FILE.py|FILE.pyc [ARG...]} and {@code jpy run -c CODE [ARG...]}:
 * runs it through {@link RunCommand} (so sys.path, the environment and the cache options are the same) without
 * building picocli's command model (0.2-0.3 s of CPU at each start). Any other command line is left to picocli.
 */
final class FastRun {
    private FastRun() {}

    /** The exit status of the run, or null when the fast path does not apply. */
    static Integer tryRun(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !args[0].equals("run")) return null;
        RunCommand rc = new RunCommand();
        int rest;
        if (args[1].equals("-c") && args.length >= 3) { // jpy run -c CODE [ARG...]: the arguments are the program's
            rc.command = args[2];
            rest = args.length > 3 && args[3].equals("--") ? 4 : 3; // the "--" that RunArgs.normalize put there
        } else if (!args[1].startsWith("-") && (args[1].endsWith(".py") || args[1].endsWith(".pyc"))) {
            rest = 1; // jpy run FILE [ARG...]: everything after the script is the script's
        } else {
            return null;
        }
        rc.params = new java.util.ArrayList<>(java.util.Arrays.asList(args).subList(rest, args.length));
        rc.stdin = in;
        try {
            return rc.execute(out, err);
        } catch (Exception e) {
            return ErrorHandler.report(e, err);
        }
    }
}
