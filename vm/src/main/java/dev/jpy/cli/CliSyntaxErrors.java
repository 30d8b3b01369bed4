package dev.jpy.cli;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.errors.SyntaxErrorPrinter;
import dev.jpy.toolchain.parse.ParseException;

/** Turns what the parser or compiler throws into the {@link PySyntaxError} that the commands print. */
final class CliSyntaxErrors {
    private CliSyntaxErrors() {}

    /**
     * {@code e} as a PySyntaxError for {@code filename}, its text (when it has none) the offending line of
     * {@code source}; null if {@code e} is no syntax error. One without a line (null bytes; nesting too
     * deep, a MemoryError in CPython) gets neither file nor text, as CPython prints it without a File line.
     */
    static PySyntaxError of(RuntimeException e, String filename, String source) {
        if (e instanceof PySyntaxError p) {
            if (p.lineno() <= 0) return new PySyntaxError(p.pyClass(), p.msg(), null, 0, 0, 0, 0, null);
            return new PySyntaxError(p.pyClass(), p.msg(), p.filename() != null ? p.filename() : filename,
                    p.lineno(), p.offset(), p.endLineno(), p.endOffset(),
                    p.text() != null ? p.text() : line(source, p.lineno()));
        }
        return null;
    }

    /**
     * What CPython prints for {@code e}, raised decoding (see {@link dev.jpy.toolchain.parse.SourceBytes}),
     * parsing or compiling {@code source} as {@code filename}: a decoding failure at line 0 without a
     * source line, otherwise the SyntaxError block; null if {@code e} is no syntax error.
     */
    static String printed(RuntimeException e, String filename, String source) {
        if (e instanceof ParseException pe && pe.endLineno() == ParseException.NO_END) {
            return SyntaxErrorPrinter.format("SyntaxError", pe.getMessage(), filename, 0, -1, null, null, null);
        }
        PySyntaxError se = of(e, filename, source);
        return se == null ? null : SyntaxErrorPrinter.format(se);
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
