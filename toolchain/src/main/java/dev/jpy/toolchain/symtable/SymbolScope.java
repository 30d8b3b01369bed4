package dev.jpy.toolchain.symtable;

/** The resolved scope of a name in a block: CPython's LOCAL .. CELL (code 0 means unresolved). */
public enum SymbolScope {
    /** Not a symbol of the block (code 0). */
    NONE,
    LOCAL,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    FREE,
    CELL;

    /** CPython's numeric value (LOCAL = 1 ... CELL = 5). */
    public int code() {
        return ordinal();
    }

    private static final SymbolScope[] BY_CODE = values();

    /** The scope for CPython's numeric value. */
    public static SymbolScope of(int code) {
        return BY_CODE[code];
    }
}
