package dev.jpy.marshal.model;

import java.util.List;

/**
 * A {@code frozenset} ({@code '>'}): its elements in the order they were written. CPython iterates a
 * loaded frozenset in hash-table order, not in this order.
 */
public record PyFrozenSet(List<PyObj> items) implements PyObj {
    public PyFrozenSet { items = List.copyOf(items); }
    @Override public String typeName() { return "frozenset"; }
}
