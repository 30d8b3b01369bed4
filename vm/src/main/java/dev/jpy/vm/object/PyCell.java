package dev.jpy.vm.object;

/** A cell: the box shared by a function and the closures that use one of its variables. */
public final class PyCell extends PyObject {
    /** The content, or null when empty. */
    public Object value;

    public PyCell(Object value) { this.value = value; }

    @Override public PyType type() { return Types.CELL; }
}
