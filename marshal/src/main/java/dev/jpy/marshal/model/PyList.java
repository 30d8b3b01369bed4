package dev.jpy.marshal.model;

import java.util.List;

/** A {@code list} ({@code '['}). */
public record PyList(List<PyObj> items) implements PyObj {
    public PyList { items = List.copyOf(items); }
    @Override public String typeName() { return "list"; }
}
