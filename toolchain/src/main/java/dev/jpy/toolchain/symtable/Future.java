package dev.jpy.toolchain.symtable;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.util.List;

/**
 * The {@code from __future__ import ...} statements at the top of a module: CPython 3.13's
 * {@code Python/future.c}. {@link #parse} gives the CO_FUTURE_* flags they turn on and the position
 * of the last one; codegen uses {@link #checkLateImport} for the "must occur at the beginning"
 * error, which CPython raises while generating code, not here.
 *
 * @param features the CO_FUTURE_* bits (e.g. {@link #CO_FUTURE_ANNOTATIONS})
 * @param lineno line of the last future statement (-1 if none); with colOffset it is
 *               CPython's {@code ff_location}
 * @param colOffset its column (UTF-8 byte offset, -1 if none)
 */
public record Future(int features, int lineno, int colOffset) {
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /** Feature names that are accepted and (now) mean nothing. */
    private static final List<String> MANDATORY = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    /** True if {@code from __future__ import annotations} (or the flag) is on. */
    public boolean annotations() {
        return (features & CO_FUTURE_ANNOTATIONS) != 0;
    }

    /**
     * Reads the leading future statements of {@code mod} (after an optional docstring), like
     * CPython's {@code _PyFuture_FromAST}; {@code flags} are ORed into the features (the compile flags).
     *
     * @throws PySyntaxError "not a chance" ({@code braces}) or "future feature X is not defined"
     */
    public static Future parse(Ast.Mod mod, String filename, int flags) {
        List<Ast.Stmt> body = switch (mod) {
            case Ast.Module m -> m.body();
            case Ast.Interactive i -> i.body();
            default -> List.of();
        };
        int features = flags;
        int lineno = -1;
        int col = -1;
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Ast.ImportFrom s) || !isFutureImport(s)) {
                break;
            }
            features |= checkFeatures(s, filename);
            lineno = s.lineno();
            col = s.colOffset();
        }
        return new Future(features, lineno, col);
    }

    /** {@code from __future__ import ...} with no leading dots. */
    public static boolean isFutureImport(Ast.ImportFrom s) {
        return "__future__".equals(s.module()) && (s.level() == null || s.level() == 0);
    }

    /**
     * CPython's codegen check: a future import that is not one of the leading ones raises
     * "from __future__ imports must occur at the beginning of the file" at the statement.
     */
    public void checkLateImport(Ast.ImportFrom s, String filename) {
        if (!isFutureImport(s)) {
            return;
        }
        boolean after = s.lineno() > lineno || (s.lineno() == lineno && s.colOffset() > colOffset);
        if (after) {
            throw new PySyntaxError("SyntaxError", "from __future__ imports must occur at the beginning of the file",
                    filename, s.lineno(), s.colOffset() + 1, endLine(s.endLineno(), s.lineno()),
                    s.endColOffset() == null ? -1 : s.endColOffset() + 1, null);
        }
    }

    private static int checkFeatures(Ast.ImportFrom s, String filename) {
        int features = 0;
        for (Ast.Alias a : s.names()) {
            String f = a.name();
            if (MANDATORY.contains(f)) {
                continue;
            }
            switch (f) {
                case "barry_as_FLUFL" -> features |= CO_FUTURE_BARRY_AS_BDFL;
                case "annotations" -> features |= CO_FUTURE_ANNOTATIONS;
                case "braces" -> throw pointError("not a chance", filename, s);
                default -> throw pointError("future feature " + f + " is not defined", filename, s);
            }
        }
        return features;
    }

    /** CPython's PyErr_SyntaxLocationObject: a start position only (end_offset None, here -1). */
    private static PySyntaxError pointError(String msg, String filename, Ast.ImportFrom s) {
        return new PySyntaxError("SyntaxError", msg, filename, s.lineno(), s.colOffset() + 1, s.lineno(), -1, null);
    }

    private static int endLine(Integer end, int dflt) {
        return end == null ? dflt : end;
    }

    private static boolean hasDocstring(List<Ast.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Ast.ExprStmt e
                && e.value() instanceof Ast.Constant c && c.value() instanceof dev.jpy.marshal.model.PyStr;
    }
}
