package dev.jpy.marshal.model;

import java.util.List;

/** A {@code tuple} ({@code '('} or the small form {@code ')'}). */
public record PyTuple(List<PyObj> items) implements PyObj {
    public static final PyTuple EMPTY = new PyTuple(List.of());
    public PyTuple { items = List.copyOf(items); }
    public static PyTuple of(PyObj... items) { return new PyTuple(List.of(items)); }
    public int size() { return items.size(); }
    public PyObj get(int i) { return items.get(i); }
    @Override public String typeName() { return "tuple"; }
}
