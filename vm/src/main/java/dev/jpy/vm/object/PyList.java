package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** A list, backed by a Java ArrayList. */
public class PyList extends PyObject {
    public final ArrayList<Object> items;

    public PyList() { this.items = new ArrayList<>(); }

    public PyList(List<Object> items) { this.items = new ArrayList<>(items); }

    private PyList(ArrayList<Object> items, boolean adopt) { this.items = items; }

    /** A list that takes over {@code items} (a fresh list nobody else holds): no copy. */
    public static PyList wrap(ArrayList<Object> items) { return new PyList(items, true); }

    @Override public PyType type() { return Types.LIST; }

    @Override public boolean equals(Object o) { return o == this; }

    @Override public int hashCode() { return System.identityHashCode(this); }
}
