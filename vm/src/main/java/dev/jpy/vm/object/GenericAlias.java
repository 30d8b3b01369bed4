package dev.jpy.vm.object;

/** {@code list[int]} and friends: a type with its arguments, repr'd as CPython's types.GenericAlias. */
public final class GenericAlias extends PyObject {
    public final PyType origin;
    public final Object args;

    private GenericAlias(PyType origin, Object args) {
        this.origin = origin;
        this.args = args;
    }

    static GenericAlias of(PyType t, Object args) { return new GenericAlias(t, args); }

    @Override public PyType type() { return Types.TYPE; }

    @Override public String toString() {
        Object[] a = args instanceof PyTuple t ? t.items : new Object[] {args};
        StringBuilder sb = new StringBuilder(origin.name).append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(a[i] instanceof PyType t ? (t.heap ? t.module + "." + t.name : t.name) : Repr.repr(a[i]));
        }
        return sb.append(']').toString();
    }
}
