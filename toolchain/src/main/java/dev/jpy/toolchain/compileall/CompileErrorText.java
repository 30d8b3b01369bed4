package dev.jpy.toolchain.compileall;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.tokenize.SourceDecoder;

/**
 * The message {@code py_compile.PyCompileError} carries for a source that does not compile: for a
 * plain SyntaxError the {@code traceback.format_exception_only} block (File line, source line, carets,
 * {@code SyntaxError: msg}); for its subclasses and other errors {@code Sorry: Class: str(exc)}.
 *
 * <p>A small local printer: the full one ({@code errors.SyntaxErrorPrinter}) lives in another branch.
 */
final class CompileErrorText {
    private CompileErrorText() {}

    /** The message for {@code e}, raised while compiling {@code source} under the name {@code file}. */
    static String of(RuntimeException e, String file, String source) {
        if (e instanceof PySyntaxError s) {
            if (!s.pyClass().equals("SyntaxError")) {
                return "Sorry: " + s.pyClass() + ": " + s.msg() + " (" + PyPaths.basename(file) + ", line " + s.lineno() + ")";
            }
            // Errors after parsing take their text from the file by name, as PyErr_ProgramTextObject does:
            // with -d naming a file that does not exist, no source line is shown.
            return block(s.msg(), file, s.lineno(), s.offset(), s.endLineno(), s.endOffset(),
                    line(programText(file), s.lineno()));
        }
        if (e instanceof ParseException p) {
            return block(p.getMessage(), file, p.line(), p.column(), p.line(), 0, line(source, p.line()));
        }
        if (e instanceof SourceDecoder.DecodeException d) {
            return "  File \"" + file + "\", line 0\nSyntaxError: " + d.getMessage() + "\n";
        }
        return "Sorry: " + e.getClass().getSimpleName() + ": jpy cannot compile this yet: " + e.getMessage();
    }

    private static String programText(String file) {
        try {
            return SourceDecoder.decode(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file)), file).text();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String line(String source, int lineno) {
        if (source == null || lineno < 1) return null;
        String[] lines = source.split("\n", -1);
        return lineno <= lines.length ? lines[lineno - 1] : null;
    }

    private static String block(String msg, String file, int lineno, int offset, int endLineno, int endOffset, String text) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(file).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String rtext = text.replaceAll("[\r\n]+$", "");
            int spaces = 0;
            while (spaces < rtext.length() && (rtext.charAt(spaces) == ' ' || rtext.charAt(spaces) == '\f')) spaces++;
            sb.append("    ").append(rtext.substring(spaces)).append('\n');
            int len = rtext.codePointCount(0, rtext.length());
            if (offset > 0) {
                int start = Math.min(offset, len + 1);
                int end = endLineno == lineno && endOffset > 0 ? Math.min(endOffset, len + 1) : endLineno > lineno ? len + 1 : start;
                if (end <= start) end = start + 1;
                int col = start - 1 - spaces;
                if (col >= 0) {
                    sb.append("    ");
                    for (int i = 0; i < col; i++) {
                        char c = spaces + i < rtext.length() ? rtext.charAt(spaces + i) : ' ';
                        sb.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    sb.append("^".repeat(end - start)).append('\n');
                }
            }
        }
        return sb.append("SyntaxError: ").append(msg).append('\n').toString();
    }
}
