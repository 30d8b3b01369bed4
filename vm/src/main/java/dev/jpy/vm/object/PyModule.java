package dev.jpy.vm.object;

/** A module: a name and its globals. */
public final class PyModule extends PyObject {
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
    }

    @Override public PyType type() { return Types.MODULE; }
}
