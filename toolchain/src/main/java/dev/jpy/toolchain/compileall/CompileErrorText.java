package dev.jpy.toolchain.compileall;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.errors.SyntaxErrorPrinter;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.tokenize.SourceDecoder;

/**
 * The message {@code py_compile.PyCompileError} carries for a source that does not compile: for a
 * plain SyntaxError the {@code traceback.format_exception_only} block (File line, source line, carets,
 * {@code SyntaxError: msg}); for its subclasses and other errors {@code Sorry: Class: str(exc)}.
 */
final class CompileErrorText {
    private CompileErrorText() {}

    /** The message for {@code e}, raised while compiling {@code source} under the name {@code file}. */
    static String of(RuntimeException e, String file, String source) {
        if (e instanceof ParseException p && p.endLineno() == ParseException.NO_END) {
            // source bytes compile() cannot decode: line 0, no source line
            return "  File \"" + file + "\", line 0\nSyntaxError: " + p.msg() + "\n";
        }
        if (e instanceof PySyntaxError s) {
            if (!s.pyClass().equals("SyntaxError")) {
                return "Sorry: " + s.pyClass() + ": " + s.msg() + " (" + PyPaths.basename(file) + ", line " + s.lineno() + ")";
            }
            // The parser and tokenizer know the line from the source itself; errors after parsing take it from
            // the file by name, as PyErr_ProgramTextObject does: with -d naming a missing file, no line shows.
            String text = !(s instanceof ParseException) ? line(programText(file), s.lineno())
                    : s.text() != null ? s.text() : line(source, s.lineno());
            return SyntaxErrorPrinter.format(s.pyClass(), s.msg(), file, s.lineno(), s.offset(), s.endLineno(),
                    s.endOffset(), text);
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
}
