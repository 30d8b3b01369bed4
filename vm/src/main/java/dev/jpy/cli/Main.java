package dev.jpy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code jpy} command. */
public final class Main {
    private Main() {}

    /** Whether the process's standard output and error are terminals (set by {@link #main}; false for in-process runs). */
    static boolean stdoutIsTerminal, stderrIsTerminal;
    /** Whether the standard input is a terminal (then {@code jpy run} without a program starts the interactive loop). */
    static boolean stdinIsTerminal;

    public static void main(String[] args) {
        stdinIsTerminal = isTerminal(0);
        stdoutIsTerminal = isTerminal(1);
        stderrIsTerminal = isTerminal(2);
        int status = run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // Returning from main ends the JVM with status 0 as System.exit(0) would, minus Runtime.exit's logger
        // set-up (~15 ms of CPU at each run); only when no other thread of ours could keep the JVM alive.
        if (status != 0 || Thread.activeCount() > 1) System.exit(status);
    }

    /** Whether file descriptor fd is a terminal: on Linux its /proc link names a tty device, elsewhere ask the console. */
    private static boolean isTerminal(int fd) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs a command line with the given standard input and output streams; returns the exit status. */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        args = RunArgs.normalize(args);
        try {
            Integer fast = FastRun.tryRun(args, in, out, err);
            if (fast != null) return fast;
            return PicocliRun.execute(args, in, out, err);
        } catch (OutOfMemoryError e) {
            err.println("jpy: out of memory");
            return ExitCode.FAILURE;
        } catch (StackOverflowError e) {
            err.println("jpy: internal error: stack overflow");
            return ExitCode.INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
