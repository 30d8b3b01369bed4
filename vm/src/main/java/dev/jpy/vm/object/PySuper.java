package dev.jpy.vm.object;

/** A super object: attribute lookups start after {@code cls} in the MRO of {@code self}'s type. */
public final class PySuper extends PyObject {
    public final PyType cls;
    public final Object self;

    public PySuper(PyType cls, Object self) {
        this.cls = cls;
        this.self = self;
    }

    @Override public PyType type() { return Types.SUPER; }
}
