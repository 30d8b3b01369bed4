package dev.jpy.vm.object;

import java.util.LinkedHashSet;

/** A set or a frozenset (insertion order stands in for CPython's hash order for now). */
public final class PySet extends PyObject {
    public final LinkedHashSet<Object> items = new LinkedHashSet<>();
    public final boolean frozen;

    public PySet(boolean frozen) { this.frozen = frozen; }

    @Override public PyType type() { return frozen ? Types.FROZENSET : Types.SET; }

    @Override public boolean equals(Object o) { return o instanceof PySet s && frozen && s.frozen ? s.items.equals(items) : o == this; }

    @Override public int hashCode() { return frozen ? items.hashCode() : System.identityHashCode(this); }
}
