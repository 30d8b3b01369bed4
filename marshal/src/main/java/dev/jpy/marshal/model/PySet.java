package dev.jpy.marshal.model;

import java.util.List;

/** A {@code set} ({@code '<'}): its elements in the order they were written. */
public record PySet(List<PyObj> items) implements PyObj {
    public PySet { items = List.copyOf(items); }
    @Override public String typeName() { return "set"; }
}
