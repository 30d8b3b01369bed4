package dev.jpy.vm.object;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone("None", "NoneType");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented", "NotImplementedType");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis", "ellipsis");

    public final String repr;
    private final String typeName;
    private PyType type;

    private PyNone(String repr, String typeName) {
        this.repr = repr;
        this.typeName = typeName;
    }

    @Override public PyType type() {
        if (type == null) type = Types.singletonType(typeName);
        return type;
    }
}
