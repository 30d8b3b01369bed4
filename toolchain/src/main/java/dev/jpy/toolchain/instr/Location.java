package dev.jpy.toolchain.instr;

/**
 * A source range as the location table stores it: 1-based lines, 0-based UTF-8 byte columns.
 * {@link #NONE} (all -1) is CPython's {@code NO_LOCATION}: the instruction has no position of its own.
 */
public record Location(int lineno, int endLineno, int col, int endCol) {
    public static final Location NONE = new Location(-1, -1, -1, -1);

    public boolean isNone() { return lineno < 0 && endLineno < 0 && col < 0 && endCol < 0; }
}
