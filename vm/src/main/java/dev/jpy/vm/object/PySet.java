package dev.jpy.vm.object;

/** A set or a frozenset, over a hash table laid out as CPython's, so iteration order is CPython's. */
public class PySet extends PyObject {
    public final SetTable items = new SetTable();
    public final boolean frozen;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    @Override public boolean equals(Object o) { return o instanceof PySet s && frozen && s.frozen ? s.items.equals(items) : o == this; }

    @Override public int hashCode() { return frozen ? (int) items.frozenHash() : System.identityHashCode(this); }
}
