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
        return compile(source, filename, "exec", optimize);
    }

    /**
     * Compiles source in one of {@code compile()}'s modes, like {@code compile(source, filename, mode,
     * dont_inherit=True, optimize=optimize)}: {@code exec} (a module), {@code single} (one interactive
     * statement: the value of each expression statement at module level is printed, through
     * CALL_INTRINSIC_1 INTRINSIC_PRINT) or {@code eval} (one expression, whose value is returned).
     *
     * @throws IllegalArgumentException for another mode, with CPython's ValueError message
     * @throws dev.jpy.toolchain.parse.ParseException for a syntax error found by the parser
     * @throws dev.jpy.toolchain.errors.PySyntaxError for one found by the later stages
     * @throws UnsupportedOperationException for a construct whose code generation is not written yet
     */
    public static PyCode compile(String source, String filename, String mode, int optimize) {
        return compile(source, filename, mode, 0, optimize);
    }

    /**
     * As {@link #compile(String, String, String, int)} with {@code compile()}'s future flags: the
     * {@code CO_FUTURE_*} bits of {@code futureFlags} are on before the source's own future imports.
     */
    public static PyCode compile(String source, String filename, String mode, int futureFlags, int optimize) {
        Front f = front(source, filename, mode, futureFlags, optimize);
        Codegen.Unit unit = Codegen.module(f.mod, f.st, filename, source, optimize);
        return CodeAssembler.assemble(unit.seq(), unit.metadata(), f.st.future().features(), filename);
    }

    /** Parse, optimize, build the symbol table and generate code for the module unit (compiler_codegen). */
    public static Codegen.Unit codegen(String source, String filename, int optimize) {
        Front f = front(source, filename, "exec", 0, optimize);
        return Codegen.module(f.mod, f.st, filename, source, optimize);
    }

    private record Front(Ast.Mod mod, SymbolTable st) { }

    private static Front front(String source, String filename, String mode, int futureFlags, int optimize) {
        switch (mode) {
            case "exec", "eval", "single" -> { }
            case "func_type" -> throw new IllegalArgumentException("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        }
        Ast.Mod parsed = mode.equals("exec") ? Parser.parseModule(source, filename)
                : Parser.parseForCompile(source, filename, mode);
        Future future = Future.parse(parsed, filename, futureFlags);
        Ast.Mod mod = AstOptimizer.optimize(parsed, optimize, future.annotations());
        return new Front(mod, SymbolTable.build(mod, filename, futureFlags));
    }
}
