package dev.jpy.cli;

/** A failure to report to the user as one line ({@code jpy: <message>}) with an exit status. */
public final class JpyException extends RuntimeException {
    private final int exitCode;

    public JpyException(String message) {
        this(message, ExitCode.FAILURE);
    }

    public JpyException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
