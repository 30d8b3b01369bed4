package dev.jpy.cli;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.ParseException;

/** Turns what the parser throws into the {@link PySyntaxError} that the commands print. */
final class CliSyntaxErrors {
    private CliSyntaxErrors() {}

    /**
     * {@code e} as a PySyntaxError for {@code filename}, its text the offending line of {@code source};
     * null if {@code e} is no syntax error. A {@link ParseException} carries no end, so it gets one caret.
     */
    static PySyntaxError of(RuntimeException e, String filename, String source) {
        if (e instanceof PySyntaxError p) return p;
        if (e instanceof ParseException p) {
            if (p.line() <= 0) {
                // no position (null bytes; nesting too deep, a MemoryError in CPython): no File line
                String cls = p.getMessage().startsWith("Parser stack overflowed") ? "MemoryError" : "SyntaxError";
                return new PySyntaxError(cls, p.getMessage(), null, 0, 0, 0, 0, null);
            }
            return new PySyntaxError("SyntaxError", p.getMessage(), filename, p.line(), p.column(), p.line(), 0,
                    line(source, p.line()));
        }
        return null;
    }

    /** Line {@code lineno} (1-based) of {@code source} with its newline, or null past the end. */
    static String line(String source, int lineno) {
        if (source == null) return null;
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            start = source.indexOf('\n', start) + 1;
            if (start == 0) return null;
        }
        if (start >= source.length() && lineno > 1) return null;
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end + 1);
    }
}
