package dev.jpy.cli;

import dev.jpy.cli.dump.PycInput;
import dev.jpy.vm.run.PycRunner;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The start-up fast path for the plain {@code jpy run FILE.pyc} and {@code jpy run FILE.py [ARG...]}: runs it as {@link RunCommand} does without
 * building picocli's command model (about 0.2 s of CPU at each start). Any other command line, or a file that
 * does not read as a .pyc, is left to picocli, which gives the usual messages.
 */
final class FastRun {
    private FastRun() {}

    /** The exit status of the run, or null when the fast path does not apply. */
    static Integer tryRun(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length >= 2 && args[0].equals("run") && !args[1].startsWith("-") && args[1].endsWith(".py")) {
            // jpy run FILE.py [ARG...]: everything after the script is the script's
            RunCommand rc = new RunCommand();
            rc.params = new java.util.ArrayList<>(java.util.Arrays.asList(args).subList(1, args.length));
            try {
                return rc.execute(out, err);
            } catch (Exception e) {
                return ErrorHandler.report(e, err);
            }
        }
        if (args.length != 2 || !args[0].equals("run") || args[1].startsWith("-") || !args[1].endsWith(".pyc")) return null;
        PycInput in;
        try {
            in = PycInput.read(Path.of(args[1]));
        } catch (Exception e) {
            return null;
        }
        try {
            return new PycRunner(out, err, Path.of("").toAbsolutePath()).withMainFile(Path.of(args[1]).toAbsolutePath()).run(in.pyc());
        } catch (Exception e) {
            return ErrorHandler.report(e, err);
        }
    }
}
