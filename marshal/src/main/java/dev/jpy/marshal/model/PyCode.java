package dev.jpy.marshal.model;

/**
 * A code object in the layout of CPython 3.11 to 3.13, every field in marshal order.
 *
 * <p>{@code code} holds the unspecialised instructions (two bytes each, CACHE entries zeroed);
 * {@code localsPlusNames} and {@code localsPlusKinds} list arguments, locals, cells and free
 * variables together with their {@link LocalKind} bits; {@code lineTable} is the location table
 * (see {@code dev.jpy.marshal.code.LocationTable}) and {@code exceptionTable} the exception table
 * (see {@code dev.jpy.marshal.code.ExceptionTable}).
 */
public record PyCode(
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int stackSize,
        int flags,
        PyBytes code,
        PyTuple consts,
        PyTuple names,
        PyTuple localsPlusNames,
        PyBytes localsPlusKinds,
        PyStr filename,
        PyStr name,
        PyStr qualname,
        int firstLineNo,
        PyBytes lineTable,
        PyBytes exceptionTable) implements PyObj {

    @Override public String typeName() { return "code"; }

    /**
     * A hash of a few components only (equal code objects still hash alike): the record's own hash walks
     * the constants, nested code objects included, so keying maps by a module's code objects (the compiler's
     * constant tables) would cost time proportional to the whole tree on every lookup.
     */
    @Override public int hashCode() {
        return ((name.hashCode() * 31 + qualname.hashCode()) * 31 + firstLineNo) * 31 + code.hashCode();
    }

    /** The name of local slot {@code i} (what {@code co._varname_from_oparg(i)} returns). */
    public String localName(int i) {
        return ((PyStr) localsPlusNames.get(i)).value();
    }

    /** The {@link LocalKind} bits of local slot {@code i}. */
    public int localKind(int i) {
        return localsPlusKinds.get(i);
    }

    /** {@code co_nlocals}: slots that are plain locals or arguments (cells of arguments included). */
    public int nlocals() {
        int n = 0;
        for (int i = 0; i < localsPlusKinds.length(); i++) if ((localKind(i) & LocalKind.LOCAL) != 0) n++;
        return n;
    }

    /** Names of the slots whose kind has any of {@code mask}'s bits, in slot order. */
    public java.util.List<String> localNames(int mask) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < localsPlusKinds.length(); i++) if ((localKind(i) & mask) != 0) out.add(localName(i));
        return out;
    }

    /** {@code co_varnames}: the LOCAL slots. */
    public java.util.List<String> varnames() { return localNames(LocalKind.LOCAL); }

    /** {@code co_cellvars}: CELL slots (a cell that is also an argument is listed here too). */
    public java.util.List<String> cellvars() { return localNames(LocalKind.CELL); }

    /** {@code co_freevars}: FREE slots. */
    public java.util.List<String> freevars() { return localNames(LocalKind.FREE); }
}
