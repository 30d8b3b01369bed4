package dev.jpy.cli;

/** The exit statuses of every jpy command. */
public final class ExitCode {
    private ExitCode() {}

    /** Done. */
    public static final int OK = 0;
    /** The input was bad or the work failed; a one-line message says why. */
    public static final int FAILURE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug in jpy itself (still reported in one line). */
    public static final int INTERNAL = 70;
}
