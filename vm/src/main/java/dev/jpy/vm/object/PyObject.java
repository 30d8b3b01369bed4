package dev.jpy.vm.object;

/** The base of every Python value at run time: each object knows its type. */
public abstract class PyObject {
    /** {@code type(self)}. */
    public abstract PyType type();
}
