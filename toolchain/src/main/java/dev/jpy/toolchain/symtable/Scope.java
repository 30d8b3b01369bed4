package dev.jpy.toolchain.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of the symbol table: CPython 3.13's {@code PySTEntryObject}. Built by
 * {@link SymbolTable#build}; read-only for its users (the setters are package-private).
 *
 * <p>{@link #symbols()} maps each name to its flags word in insertion order (CPython's
 * {@code ste_symbols}); after analysis the word carries the resolved scope too
 * ({@link Symbol#scopeBits}). {@link #varnames()} lists the parameters in definition order
 * (CPython's {@code ste_varnames}): codegen starts {@code co_varnames} with it.
 */
public final class Scope {
    private final BlockType type;
    private final String name;
    private final Object key;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** (mangled name, location) of global/nonlocal statements, for error positions. */
    final List<Directive> directives = new ArrayList<>();
    /** CPython's ste_mangled_names: null, or the only names mangled in this block. */
    Set<String> mangledNames;
    /** Error-message context of a TYPE_VARIABLE_BOUND block ("a TypeVar bound", ...). */
    String scopeInfo;

    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean compInlined;
    boolean compIterTarget;
    boolean canSeeClassScope;
    int compIterExpr;

    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) { }

    Scope(BlockType type, String name, Object key, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.type = type;
        this.name = name;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** The kind of block. */
    public BlockType type() { return type; }

    /** The block's name: {@code top}, the function/class name, {@code lambda}, {@code listcomp}, ... */
    public String name() { return name; }

    /** The key this block is registered under (an AST node, or a {@link BlockKey}). */
    public Object key() { return key; }

    public int lineno() { return lineno; }
    public int colOffset() { return colOffset; }
    public int endLineno() { return endLineno; }
    public int endColOffset() { return endColOffset; }

    /** Name to flags word (DEF_* bits and resolved scope), in insertion order. Unmodifiable view. */
    public Map<String, Integer> symbols() { return Collections.unmodifiableMap(symbols); }

    /** The symbol names in insertion order. */
    public List<String> names() { return List.copyOf(symbols.keySet()); }

    /** The parameters (and implicit {@code .0}, {@code .defaults}, ...) in order: CPython's ste_varnames. */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }

    /** The child blocks in source order (children of inlined comprehensions spliced in, as CPython does). */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The full flags word of {@code name} (0 if it is not a symbol here): CPython's {@code _PyST_GetSymbol}. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** True if {@code name}'s flags include every bit of {@code flag}. */
    public boolean has(String name, int flag) {
        return (flags(name) & flag) == flag;
    }

    /** The resolved scope of {@code name} ({@link SymbolScope#NONE} if absent): CPython's {@code _PyST_GetScope}. */
    public SymbolScope scopeOf(String name) {
        return SymbolScope.of(Symbol.scopeBits(flags(name)));
    }

    /** A function, lambda, comprehension, or one of the PEP 695 blocks (CPython's {@code _PyST_IsFunctionLike}). */
    public boolean isFunctionLike() {
        return type == BlockType.FUNCTION || type == BlockType.TYPE_VARIABLE_BOUND
                || type == BlockType.TYPE_ALIAS || type == BlockType.TYPE_PARAMETERS;
    }

    /** Inside a function-like block (ste_nested). */
    public boolean isNested() { return nested; }
    /** Has free variables (ste_free). */
    public boolean hasFree() { return free; }
    /** A child block has free variables (ste_child_free). */
    public boolean childFree() { return childFree; }
    /** Contains yield / is a generator expression (ste_generator). */
    public boolean isGenerator() { return generator; }
    /** async def, or contains await / async comprehension (ste_coroutine). */
    public boolean isCoroutine() { return coroutine; }
    /** Which comprehension this block is (ste_comprehension). */
    public ComprehensionKind comprehension() { return comprehension; }
    /** Has {@code *args} (ste_varargs). */
    public boolean hasVarargs() { return varargs; }
    /** Has {@code **kwargs} (ste_varkeywords). */
    public boolean hasVarkeywords() { return varkeywords; }
    /** Contains {@code return value} (ste_returns_value). */
    public boolean returnsValue() { return returnsValue; }
    /** A class whose methods use {@code __class__} or {@code super}: needs the implicit cell. */
    public boolean needsClassClosure() { return needsClassClosure; }
    /** A class whose annotation scopes need {@code __classdict__}. */
    public boolean needsClassDict() { return needsClassdict; }
    /** A PEP 709 inlined comprehension (ste_comp_inlined). */
    public boolean isCompInlined() { return compInlined; }
    /** An annotation/type-parameter scope that sees the enclosing class's names. */
    public boolean canSeeClassScope() { return canSeeClassScope; }
    /** The set of names that get mangled here, or null when every private name does (ste_mangled_names). */
    public Set<String> mangledNames() { return mangledNames == null ? null : Collections.unmodifiableSet(mangledNames); }

    /** CPython's {@code _Py_MaybeMangle}: mangle {@code name} for class {@code privateName} as this block does. */
    public String maybeMangle(String privateName, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return Mangle.mangle(privateName, name);
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + " " + type + ", line " + lineno + ">";
    }
}
