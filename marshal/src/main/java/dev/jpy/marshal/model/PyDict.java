package dev.jpy.marshal.model;

import java.util.List;

/** A {@code dict} ({@code '{'}): its key/value pairs in the order they were written. */
public record PyDict(List<Entry> entries) implements PyObj {
    public PyDict { entries = List.copyOf(entries); }

    /** One key/value pair. */
    public record Entry(PyObj key, PyObj value) {}

    @Override public String typeName() { return "dict"; }
}
