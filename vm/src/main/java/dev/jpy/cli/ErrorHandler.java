package dev.jpy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The one place where failures become what the user sees: a single line on stderr and an exit
 * status from {@link ExitCode}. No stack trace reaches the terminal, not even for jpy's own bugs.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        return report(e, cmd.getErr());
    }

    /** Prints the one-line message for a failed command to err; returns the exit status. */
    static int report(Exception e, PrintWriter err) {
        int code;
        String msg;
        if (e instanceof JpyException j) {
            msg = j.getMessage();
            code = j.exitCode();
        } else if (ioCause(e) instanceof IOException io) {
            msg = describe(io);
            code = ExitCode.FAILURE;
        } else {
            msg = "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            code = ExitCode.INTERNAL;
        }
        err.println("jpy: " + oneLine(msg));
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (cmd.getCommandSpec().name().equals("run")) return RunUsage.report(ex, err);
        err.println("jpy: " + oneLine(ex.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static Throwable ioCause(Throwable e) {
        if (e instanceof UncheckedIOException u) return u.getCause();
        return e;
    }

    /** "FILE: No such file or directory" and friends, like the C library words them. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) return n.getFile() + ": No such file or directory";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": Permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r", "\\r").replace("\n", " ");
    }
}
