package dev.jpy.toolchain.symtable;

import dev.jpy.marshal.util.BigStack;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Node;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of one module: CPython 3.13's {@code struct symtable} ({@code Python/symtable.c}).
 * {@link #build} runs CPython's two passes: {@link SymtableVisitor} collects the raw DEF_ and USE
 * facts per block, then {@link ScopeAnalyzer} resolves every name to LOCAL, GLOBAL_EXPLICIT,
 * GLOBAL_IMPLICIT, FREE or CELL, inlines comprehensions (PEP 709) and marks the implicit
 * {@code __class__} / {@code __classdict__} cells.
 *
 * <p>Blocks are found with {@link #lookup(Object)} by AST node identity, or by a {@link BlockKey}
 * for the PEP 695 and annotation blocks that CPython keys by other pointers.
 */
public final class SymbolTable {
    /** Stack for the two recursive passes: the deepest tree the parser accepts fits. */
    private static final long STACK_BYTES = 256L << 20;

    private final String filename;
    private final Future future;
    private Scope top;
    /** Blocks keyed by their AST node (identity). */
    private final Map<Node, Scope> byNode = new IdentityHashMap<>();
    private final Map<Node, Scope> typeParams = new IdentityHashMap<>();
    private final Map<Node, Scope> bounds = new IdentityHashMap<>();
    private final Map<Node, Scope> typeVarDefaults = new IdentityHashMap<>();
    private final Map<Node, Scope> annotations = new IdentityHashMap<>();

    private SymbolTable(String filename, Future future) {
        this.filename = filename;
        this.future = future;
    }

    /**
     * Builds the symbol table of {@code module} (an {@code Ast.Module}, {@code Interactive} or
     * {@code Expression}). Reads the module's future statements first ({@link Future#parse}), ORing
     * {@code futureFlags} (the compile flags, e.g. {@link Future#CO_FUTURE_ANNOTATIONS}) into them.
     *
     * @throws PySyntaxError with CPython's message and 1-based range for future.c and symtable.c errors
     */
    public static SymbolTable build(Ast.Mod module, String filename, int futureFlags) {
        Future future = Future.parse(module, filename, futureFlags);
        SymbolTable st = new SymbolTable(filename, future);
        return BigStack.call(() -> {
            st.top = new SymtableVisitor(st).visitModule(module);
            new ScopeAnalyzer(st).analyze(st.top);
            return st;
        }, STACK_BYTES, "jpy-symtable");
    }

    /** The module block. */
    public Scope top() {
        return top;
    }

    /** The future features in force (from the module and the flags given to {@link #build}). */
    public Future future() {
        return future;
    }

    /** The filename given to {@link #build}, used in errors. */
    public String filename() {
        return filename;
    }

    /**
     * The block for {@code key}: an AST node (Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda,
     * ListComp, SetComp, DictComp, GeneratorExp, TypeAlias) or a {@link BlockKey}; null if there is none.
     */
    public Scope lookup(Object key) {
        return switch (key) {
            case BlockKey.TypeParams k -> typeParams.get(k.node());
            case BlockKey.Bound k -> bounds.get(k.node());
            case BlockKey.TypeVarDefault k -> typeVarDefaults.get(k.node());
            case BlockKey.Annotation k -> annotations.get(k.node());
            case Node n -> byNode.get(n);
            default -> null;
        };
    }

    /** Like {@link #lookup(Object)} but fails loudly (CPython: "unknown symbol table entry"). */
    public Scope require(Object key) {
        Scope s = lookup(key);
        if (s == null) {
            throw new IllegalStateException("unknown symbol table entry for " + key);
        }
        return s;
    }

    /** CPython's {@code _Py_Mangle}; see {@link Mangle#mangle}. */
    public static String mangle(String privateName, String name) {
        return Mangle.mangle(privateName, name);
    }

    /** Registers a new block under its key (called by the visitor). */
    void register(Object key, Scope scope) {
        switch (key) {
            case BlockKey.TypeParams k -> typeParams.put(k.node(), scope);
            case BlockKey.Bound k -> bounds.put(k.node(), scope);
            case BlockKey.TypeVarDefault k -> typeVarDefaults.put(k.node(), scope);
            case BlockKey.Annotation k -> annotations.put(k.node(), scope);
            case Node n -> byNode.put(n, scope);
            default -> throw new IllegalArgumentException("bad block key " + key);
        }
    }

    /** A SyntaxError at a CPython AST range (0-based columns become 1-based offsets). */
    PySyntaxError error(String msg, int lineno, int colOffset, Integer endLineno, Integer endColOffset) {
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1,
                endLineno == null ? lineno : endLineno, endColOffset == null ? -1 : endColOffset + 1, null);
    }
}
