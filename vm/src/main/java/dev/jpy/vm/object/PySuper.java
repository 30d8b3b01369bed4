package dev.jpy.vm.object;

/**
 * A super object: attribute lookups start after {@code cls} in the MRO of {@code objType} (self's type, or self
 * when it is a class); {@code self} and {@code objType} are null for an unbound {@code super(cls)}.
 */
public final class PySuper extends PyObject {
    public final PyType cls;
    public final Object self;
    public final PyType objType;

    public PySuper(PyType cls, Object self, PyType objType) {
        this.cls = cls;
        this.self = self;
        this.objType = objType;
    }

    @Override public PyType type() { return Types.SUPER; }

    /** CPython's repr: {@code <super: <class 'B'>, <B object>>}. */
    public String repr() {
        return "<super: <class '" + cls.name + "'>, " + (objType == null ? "NULL" : "<" + objType.name + " object>") + ">";
    }
}
