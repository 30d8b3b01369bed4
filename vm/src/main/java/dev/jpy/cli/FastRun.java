package dev.jpy.cli;

import java.io.PrintWriter;

/**
 * The start-up fast path for the plain {@code jpy run FILE.py|FILE.pyc [ARG...]}: runs it through {@link RunCommand}
 * (so sys.path, the environment and the cache options are the same) without building picocli's command model
 * (about 0.2 s of CPU at each start). Any other command line is left to picocli.
 */
final class FastRun {
    private FastRun() {}

    /** The exit status of the run, or null when the fast path does not apply. */
    static Integer tryRun(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !args[0].equals("run") || args[1].startsWith("-")) return null;
        if (!args[1].endsWith(".py") && !args[1].endsWith(".pyc")) return null;
        // jpy run FILE [ARG...]: everything after the script is the script's
        RunCommand rc = new RunCommand();
        rc.params = new java.util.ArrayList<>(java.util.Arrays.asList(args).subList(1, args.length));
        try {
            return rc.execute(out, err);
        } catch (Exception e) {
            return ErrorHandler.report(e, err);
        }
    }
}
