package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.errors.PySyntaxError;

/**
 * A syntax error found by the tokenizer or parser: a {@link PySyntaxError} (class SyntaxError,
 * IndentationError or TabError) with CPython's {@code lineno}/{@code offset} (1-based line, 1-based
 * column in code points) and {@code end_lineno}/{@code end_offset}.
 */
public final class ParseException extends PySyntaxError {
    /** The end_lineno / end_offset of an error CPython gives no end (None), as for a decoding error. */
    public static final int NO_END = Integer.MIN_VALUE;

    /** A generic "invalid syntax" (no rule matched), which the parser's second pass may replace. */
    boolean generic;

    /** A SyntaxError at one point: the end is the start, as CPython's RAISE_SYNTAX_ERROR gives for a point. */
    public ParseException(String message, int line, int column) {
        this("SyntaxError", message, line, column, line, column, null);
    }

    public ParseException(String pyClass, String message, int line, int column, int endLine, int endColumn,
                          String text) {
        super(pyClass, message, null, line, column, endLine, endColumn, text);
    }

    public int line() {
        return lineno();
    }

    public int column() {
        return offset();
    }

    @Override
    public String toString() {
        return pyClass() + ": " + getMessage() + " (line " + line() + ", column " + column() + ")";
    }
}
