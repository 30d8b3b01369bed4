package dev.jpy.vm.run;

import dev.jpy.toolchain.errors.CompileWarnings;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiler's SyntaxWarnings ({@link CompileWarnings}) issued as CPython issues them while compiling: through
 * {@code warnings.warn_explicit(message, SyntaxWarning, filename, lineno)}, so the filters (-W, PYTHONWARNINGS)
 * show, hide or raise them; a warning the filters turn into an error becomes the SyntaxError CPython raises instead,
 * located at the string token.
 */
public final class SyntaxWarnings {
    private SyntaxWarnings() {}

    /** Issues the warnings of a compilation of {@code filename}; {@code source} is its text when it is no file (else null). */
    public static void issue(List<CompileWarnings.Warning> warnings, String filename, String source) {
        if (warnings.isEmpty()) return;
        Object warnExplicit = Ops.getattr(ImportSystem.gcdImport("warnings", null, 0), PyStr.intern("warn_explicit"));
        for (CompileWarnings.Warning w : warnings) {
            try {
                Ops.call(warnExplicit, new PyStr(w.message()), Types.SYNTAX_WARNING, new PyStr(filename), PyInt.of(w.lineno()));
            } catch (PyRaise r) {
                if (!r.exc.type().isSubtype(Types.SYNTAX_WARNING)) throw r;
                PySyntaxError e = new PySyntaxError("SyntaxError", w.message(), filename, w.lineno(), w.col() + 1, w.endLineno(), w.endCol() + 1, null);
                throw source == null ? SyntaxErrors.toPython(e, Path.of(filename)) : SyntaxErrors.fromCompile(e, filename, source, "exec");
            }
        }
    }
}
