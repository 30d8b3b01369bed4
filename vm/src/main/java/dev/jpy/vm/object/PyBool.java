package dev.jpy.vm.object;

/** True and False: ints 1 and 0 of type bool. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

    private PyBool(long v) { super(v); }

    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }

    @Override public PyType type() { return Types.BOOL; }

    @Override public String toString() { return v != 0 ? "True" : "False"; }
}
