package dev.jpy.toolchain.errors;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) raised by any stage of the
 * toolchain, carrying the attributes CPython's SyntaxError has: {@code lineno}, {@code offset},
 * {@code end_lineno}, {@code end_offset} (1-based; offsets count code points as CPython reports them,
 * 0 or -1 where CPython gives none) and the {@code text} of the offending line (may be null).
 *
 * <p>The one sink for compile-time errors, in the role of CPython's {@code _PyCompile_Error} and
 * {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE}.
 */
public class PySyntaxError extends RuntimeException {
    /** The Python exception class: SyntaxError, IndentationError or TabError. */
    private final String pyClass;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String pyClass, String message, String filename,
                         int lineno, int offset, int endLineno, int endOffset, String text) {
        super(message);
        this.pyClass = pyClass;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public String pyClass() { return pyClass; }
    public String msg() { return getMessage(); }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    @Override
    public String toString() {
        return pyClass + ": " + getMessage() + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
