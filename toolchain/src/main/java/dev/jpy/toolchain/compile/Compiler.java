package dev.jpy.toolchain.compile;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.optimize.AstOptimizer;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.symtable.SymbolTable;

/**
 * The compiler's entry points, stringing the stages together as CPython's {@code _PyAST_Compile}
 * does: parse, future features, AST optimization, symbol table, code generation (then flow graph and
 * assembly).
 */
public final class Compiler {
    private Compiler() { }

    /** Parse, optimize, build the symbol table and generate code for the module unit (compiler_codegen). */
    public static Codegen.Unit codegen(String source, String filename, int optimize) {
        Ast.Module parsed = Parser.parseModule(source, filename);
        SymbolTable pre = SymbolTable.build(parsed, filename, 0);
        Ast.Module mod = (Ast.Module) AstOptimizer.optimize(parsed, optimize, pre.future().annotations());
        SymbolTable st = SymbolTable.build(mod, filename, 0);
        return Codegen.module(mod, st, filename, source, optimize);
    }
}
