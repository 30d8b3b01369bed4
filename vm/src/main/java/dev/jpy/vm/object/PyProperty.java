package dev.jpy.vm.object;

/** property, classmethod and staticmethod objects: descriptors around a function. */
public final class PyProperty extends PyObject {
    public enum Kind { PROPERTY, CLASSMETHOD, STATICMETHOD }

    public final Kind kind;
    public Object fget, fset, fdel;
    /** A property's doc= argument, or null to take the getter's docstring. */
    public Object doc;

    public PyProperty(Kind kind, Object fget) {
        this.kind = kind;
        this.fget = fget;
    }

    @Override public PyType type() {
        return switch (kind) {
            case PROPERTY -> Types.PROPERTY;
            case CLASSMETHOD -> Types.CLASSMETHOD;
            case STATICMETHOD -> Types.STATICMETHOD;
        };
    }
}
