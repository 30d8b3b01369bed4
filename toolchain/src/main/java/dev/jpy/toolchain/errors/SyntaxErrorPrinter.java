package dev.jpy.toolchain.errors;

/**
 * Formats a SyntaxError the way CPython 3.13 prints an uncaught one ({@code python3.13 X.py}): the
 * {@code File "X", line N} line, the offending source line with its leading spaces stripped, a caret
 * line from {@code offset} to {@code end_offset}, and {@code Class: msg}.
 *
 * <p>Follows {@code traceback.TracebackException._format_syntax_error} (no colour): columns are code
 * points, tabs and other whitespace before the caret are kept for alignment, an error spanning lines
 * is underlined to the end of its first line.
 */
public final class SyntaxErrorPrinter {
    private SyntaxErrorPrinter() {}

    /**
     * The printed form of {@code e}, each line ending in a newline. A {@code lineno} of 0 or less means
     * CPython gave none (then there is no File line and the filename follows the message).
     */
    public static String format(PySyntaxError e) {
        return format(e.pyClass(), e.msg(), e.filename(), e.lineno() > 0 ? e.lineno() : null,
                e.offset(), e.endLineno(), e.endOffset(), e.text());
    }

    /**
     * The printed form of a SyntaxError with the given attributes; null stands for Python's None
     * ({@code filename} null prints as {@code <string>}).
     */
    public static String format(String pyClass, String msg, String filename, Integer lineno, Integer offset,
                                Integer endLineno, Integer endOffset, String text) {
        StringBuilder sb = new StringBuilder();
        String suffix = "";
        if (lineno != null) {
            sb.append("  File \"").append(filename == null || filename.isEmpty() ? "<string>" : filename)
                    .append("\", line ").append(lineno).append('\n');
        } else if (filename != null) {
            suffix = " (" + filename + ")";
        }
        if (text != null) appendSourceAndCarets(sb, text, lineno, offset, endLineno, endOffset);
        sb.append(pyClass).append(": ").append(msg == null || msg.isEmpty() ? "<no detail available>" : msg)
                .append(suffix).append('\n');
        return sb.toString();
    }

    private static void appendSourceAndCarets(StringBuilder sb, String text, Integer lineno, Integer offset,
                                              Integer endLineno, Integer endOffset) {
        int[] rtext = stripTrailing(text.codePoints().toArray());
        int spaces = 0;
        while (spaces < rtext.length && (rtext[spaces] == ' ' || rtext[spaces] == '\n' || rtext[spaces] == '\f')) {
            spaces++;
        }
        String ltext = new String(rtext, spaces, rtext.length - spaces);
        sb.append("    ").append(ltext).append('\n');
        if (offset == null) return;
        int textLen = text.codePointCount(0, text.length());
        int start = offset;
        int end;
        if (java.util.Objects.equals(lineno, endLineno)) {
            end = endOffset == null || endOffset == 0 ? start : endOffset;
        } else {
            end = rtext.length + 1;
        }
        if (!text.isEmpty() && start > textLen) start = rtext.length + 1;
        if (!text.isEmpty() && end > textLen) end = rtext.length + 1;
        if (start >= end || end < 0) end = start + 1;
        int colno = start - 1 - spaces;
        int endColno = end - 1 - spaces;
        if (colno < 0) return;
        sb.append("    ");
        for (int i = spaces; i < Math.min(colno + spaces, rtext.length); i++) {
            sb.appendCodePoint(isPySpace(rtext[i]) ? rtext[i] : ' ');
        }
        sb.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
    }

    /** {@code text.rstrip('\n')} on code points. */
    private static int[] stripTrailing(int[] cps) {
        int n = cps.length;
        while (n > 0 && cps[n - 1] == '\n') n--;
        return n == cps.length ? cps : java.util.Arrays.copyOf(cps, n);
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isPySpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }
}
