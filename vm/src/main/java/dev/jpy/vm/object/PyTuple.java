package dev.jpy.vm.object;

import java.util.Arrays;

/** A tuple: an immutable array of objects. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object[] items) { this.items = items; }

    public static PyTuple of(Object... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    public int size() { return items.length; }

    @Override public PyType type() { return Types.TUPLE; }

    @Override public boolean equals(Object o) { return o instanceof PyTuple t && Arrays.equals(t.items, items); }

    @Override public int hashCode() { return (int) Ops.hash(this); }
}
