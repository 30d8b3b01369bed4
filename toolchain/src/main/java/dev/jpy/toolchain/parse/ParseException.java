package dev.jpy.toolchain.parse;

/**
 * A syntax error found by the parser. {@code line}/{@code column} are CPython's SyntaxError
 * {@code lineno}/{@code offset}: 1-based line, 1-based column in code points.
 */
public final class ParseException extends RuntimeException {
    private final int line;
    private final int column;

    public ParseException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public String toString() {
        return "SyntaxError: " + getMessage() + " (line " + line + ", column " + column + ")";
    }
}
