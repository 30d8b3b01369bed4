package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.assemble.CodeAssembler;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.optimize.AstOptimizer;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.symtable.Future;
import dev.jpy.toolchain.symtable.SymbolTable;

/**
 * The compiler's entry points, stringing the stages together as CPython's {@code _PyAST_Compile}
 * does: parse, future features, AST optimization, symbol table, code generation, then flow graph and
 * assembly.
 */
public final class Compiler {
    private Compiler() { }

    /**
     * Compiles a module's source to its code object, like {@code compile(source, filename, 'exec',
     * optimize=optimize)}.
     *
     * @throws dev.jpy.toolchain.parse.ParseException for a syntax error found by the parser
     * @throws dev.jpy.toolchain.errors.PySyntaxError for one found by the later stages
     * @throws UnsupportedOperationException for a construct whose code generation is not written yet
     */
    public static PyCode compile(String source, String filename, int optimize) {
        Front f = front(source, filename, optimize);
        Codegen.Unit unit = Codegen.module(f.mod, f.st, filename, source, optimize);
        return CodeAssembler.assemble(unit.seq(), unit.metadata(), f.st.future().features(), filename);
    }

    /** Parse, optimize, build the symbol table and generate code for the module unit (compiler_codegen). */
    public static Codegen.Unit codegen(String source, String filename, int optimize) {
        Front f = front(source, filename, optimize);
        return Codegen.module(f.mod, f.st, filename, source, optimize);
    }

    private record Front(Ast.Module mod, SymbolTable st) { }

    private static Front front(String source, String filename, int optimize) {
        Ast.Module parsed = Parser.parseModule(source, filename);
        Future future = Future.parse(parsed, filename, 0);
        Ast.Module mod = (Ast.Module) AstOptimizer.optimize(parsed, optimize, future.annotations());
        return new Front(mod, SymbolTable.build(mod, filename, 0));
    }
}
