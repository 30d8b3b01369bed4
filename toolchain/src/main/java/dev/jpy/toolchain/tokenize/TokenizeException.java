package dev.jpy.toolchain.tokenize;

/** A tokenizer error, located as {@code python -m tokenize} reports it ({@code FILE:LINE:COL: error: MSG}). */
public final class TokenizeException extends RuntimeException {
    private final int line;
    private final int column;

    public TokenizeException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    /** The column as tokenize prints it (CPython's SyntaxError offset). */
    public int column() {
        return column;
    }
}
