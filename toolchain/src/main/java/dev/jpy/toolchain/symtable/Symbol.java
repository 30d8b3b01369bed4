package dev.jpy.toolchain.symtable;

/**
 * The per-name flag bits of a symbol-table block, with CPython 3.13's values
 * ({@code Include/internal/pycore_symtable.h}), and the resolved scope stored above them.
 *
 * <p>A symbol's flags word holds the {@code DEF_*}/{@code USE} bits in its low 12 bits and the
 * resolved {@link SymbolScope} in bits 12..15 ({@code flags >> SCOPE_OFFSET & SCOPE_MASK}), exactly
 * as CPython's {@code ste_symbols} dict values (and so {@code symtable}'s {@code _Symbol__flags}).
 */
public final class Symbol {
    private Symbol() { }

    /** Named in a {@code global} statement. */
    public static final int DEF_GLOBAL = 1;
    /** Bound in the block (assignment, def, class, for target, ...). */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter. */
    public static final int DEF_PARAM = 2 << 1;
    /** Named in a {@code nonlocal} statement. */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** Used (loaded) in the block. */
    public static final int USE = 2 << 3;
    /** A free variable from an inner block. */
    public static final int DEF_FREE = 2 << 4;
    /** A free variable of a class's method that the class passes through. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 2 << 7;
    /** A comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 2 << 8;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 2 << 9;
    /** A cell of an inlined (PEP 709) comprehension. */
    public static final int DEF_COMP_CELL = 2 << 10;

    /** Any kind of binding. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** Where the resolved scope sits in the flags word. */
    public static final int SCOPE_OFFSET = 12;
    /** Mask of the scope after shifting by {@link #SCOPE_OFFSET}. */
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    /** The resolved scope bits of a flags word (0 when unresolved). */
    public static int scopeBits(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }
}
