package dev.jpy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * {@code jpy run}'s command-line errors in python3.13's words (exit status 2): "Unknown option: -Z" (or "unknown option
 * --foo" for a long one, "Argument expected for the -c option"), then the usage line and the hint, with jpy's command
 * name where CPython prints its executable and {@code python -h}.
 */
final class RunUsage {
    private RunUsage() {}

    static final String USAGE = "usage: jpy run [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    static final String HINT = "Try `jpy run -h' for more information.";

    /** The one-letter options of {@code jpy run}. */
    private static final String KNOWN = "cmIEsPSqdRuBOvXWbixhV";

    static int report(CommandLine.ParameterException ex, PrintWriter err) {
        err.println(message(ex));
        err.println(USAGE);
        err.println(HINT);
        err.flush();
        return ExitCode.USAGE;
    }

    private static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String a = u.getUnmatched().get(0);
            if (a.startsWith("--")) return "unknown option " + (a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
            for (int i = 1; a.startsWith("-") && i < a.length(); i++) { // the first letter of a cluster that is no option
                char c = a.charAt(i);
                if (KNOWN.indexOf(c) < 0) return "Unknown option: -" + c;
                if ("cmXW".indexOf(c) >= 0) break;
            }
            return "Unknown option: " + a;
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
            return "Argument expected for the " + o.shortestName() + " option";
        }
        return ex.getMessage();
    }
}
