package dev.jpy.marshal.model;

/**
 * A code object in an older layout: Python 2.7, 3.6–3.7, or 3.8–3.10. Fields are in marshal order;
 * those a layout lacks ({@code posOnlyArgCount} before 3.8, {@code kwOnlyArgCount} in 2.7) are zero.
 * The object fields stay generic because Python 2 stores names and file names as byte strings.
 * {@code lineInfo} is {@code co_lnotab} (before 3.10) or {@code co_linetable} (3.10).
 */
public record PyLegacyCode(
        Layout layout,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int nlocals,
        int stackSize,
        int flags,
        PyObj code,
        PyObj consts,
        PyObj names,
        PyObj varnames,
        PyObj freevars,
        PyObj cellvars,
        PyObj filename,
        PyObj name,
        int firstLineNo,
        PyObj lineInfo) implements PyObj {

    /** Which fields a layout has. */
    public enum Layout {
        /** Python 2.7: no kw-only or positional-only counts. */
        PY27(false, false),
        /** Python 3.0–3.7: kw-only count, no positional-only count. */
        PY30(true, false),
        /** Python 3.8–3.10: both counts. */
        PY38(true, true);

        public final boolean hasKwOnly;
        public final boolean hasPosOnly;

        Layout(boolean hasKwOnly, boolean hasPosOnly) {
            this.hasKwOnly = hasKwOnly;
            this.hasPosOnly = hasPosOnly;
        }
    }

    @Override public String typeName() { return "code"; }
}
