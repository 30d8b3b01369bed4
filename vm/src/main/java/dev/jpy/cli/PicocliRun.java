package dev.jpy.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command lines that {@link FastRun} leaves to picocli. Kept out of {@link Main} so that starting jpy does not
 * load picocli's classes (compiled for Java 5, they are not in the JDK 25 AOT cache and are read from the jar) just
 * to check {@code Main}'s bytecode: a plain {@code jpy run FILE} never touches them.
 */
final class PicocliRun {
    private PicocliRun() {}

    /** Parses and runs a command line with picocli; returns the exit status. */
    static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine();
        ((JpyCommand) cmd.getCommand()).stdin = in;
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The configured command tree. */
    static CommandLine commandLine() {
        ErrorHandler handler = new ErrorHandler();
        CommandLine cl = new CommandLine(new JpyCommand())
                .setExecutionExceptionHandler(handler)
                .setParameterExceptionHandler(handler)
                .setExitCodeExceptionMapper(t -> ExitCode.FAILURE);
        // as python3.13: options after the script name belong to the script
        cl.getSubcommands().get("run").setStopAtPositional(true);
        return cl;
    }
}
