package dev.jpy.marshal.model;

/** The bits of {@code co_localspluskinds} (CPython's {@code CO_FAST_*}). */
public final class LocalKind {
    private LocalKind() {}

    /** Slot for a variable hidden from {@code locals()} (inlined comprehension iteration vars). */
    public static final int HIDDEN = 0x10;
    /** An argument or plain local. */
    public static final int LOCAL = 0x20;
    /** A variable captured by an inner scope. */
    public static final int CELL = 0x40;
    /** A variable captured from an outer scope. */
    public static final int FREE = 0x80;

    /** "local|cell" style text for a kind byte. */
    public static String describe(int kind) {
        StringBuilder sb = new StringBuilder();
        if ((kind & HIDDEN) != 0) sb.append("hidden|");
        if ((kind & LOCAL) != 0) sb.append("local|");
        if ((kind & CELL) != 0) sb.append("cell|");
        if ((kind & FREE) != 0) sb.append("free|");
        int rest = kind & ~(HIDDEN | LOCAL | CELL | FREE);
        if (rest != 0) sb.append(String.format("0x%02x|", rest));
        return sb.length() == 0 ? "0" : sb.substring(0, sb.length() - 1);
    }
}
