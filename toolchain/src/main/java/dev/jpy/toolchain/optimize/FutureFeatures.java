package dev.jpy.toolchain.optimize;

import dev.jpy.toolchain.ast.Ast;

/**
 * Whether a module starts with {@code from __future__ import annotations} (after an optional
 * docstring and other future imports), the one future feature the AST optimizer looks at.
 * The full check with its errors belongs to the symbol-table stage ({@code future.c}).
 */
public final class FutureFeatures {
    private FutureFeatures() { }

    public static boolean annotations(Ast.Mod mod) {
        if (!(mod instanceof Ast.Module m)) return false;
        boolean first = true;
        for (Ast.Stmt s : m.body()) {
            if (first && s instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                    && c.value() instanceof dev.jpy.marshal.model.PyStr) {
                first = false;
                continue;
            }
            first = false;
            if (!(s instanceof Ast.ImportFrom f) || !"__future__".equals(f.module())) return false;
            for (Ast.Alias a : f.names()) if (a.name().equals("annotations")) return true;
        }
        return false;
    }
}
