package dev.jpy.vm.object;

/** Raising Python exceptions from Java, and CPython's exact run-time messages as named constants. */
public final class Errors {
    private Errors() {}

    public static final String NAME_NOT_DEFINED = "name '%s' is not defined";
    public static final String LOCAL_UNBOUND = "cannot access local variable '%s' where it is not associated with a value";
    public static final String FREE_UNBOUND = "cannot access free variable '%s' where it is not associated with a value in enclosing scope";
    public static final String NO_ATTRIBUTE = "'%s' object has no attribute '%s'";
    public static final String TYPE_NO_ATTRIBUTE = "type object '%s' has no attribute '%s'";
    public static final String MODULE_NO_ATTRIBUTE = "module '%s' has no attribute '%s'";
    public static final String NOT_CALLABLE = "'%s' object is not callable";
    public static final String NOT_ITERABLE = "'%s' object is not iterable";
    public static final String NOT_SUBSCRIPTABLE = "'%s' object is not subscriptable";
    public static final String NO_LEN = "object of type '%s' has no len()";
    public static final String UNSUPPORTED_BINOP = "unsupported operand type(s) for %s: '%s' and '%s'";
    public static final String BAD_UNARY = "bad operand type for unary %s: '%s'";
    public static final String UNORDERABLE = "'%s' not supported between instances of '%s' and '%s'";
    public static final String DIVISION_BY_ZERO = "division by zero";
    public static final String INT_DIVISION_BY_ZERO = "integer division or modulo by zero";
    public static final String INT_MODULO_BY_ZERO = "integer modulo by zero";
    public static final String FLOAT_DIVISION_BY_ZERO = "float division by zero";
    public static final String FLOAT_MODULO_BY_ZERO = "float modulo by zero";
    public static final String FLOAT_FLOORDIV_BY_ZERO = "float floor division by zero";
    public static final String INDEX_OUT_OF_RANGE = "%s index out of range";
    public static final String INDICES_MUST_BE = "%s indices must be integers or slices, not %s";
    public static final String UNHASHABLE = "unhashable type: '%s'";
    public static final String INVALID_INT_LITERAL = "invalid literal for int() with base %d: %s";
    public static final String CANNOT_UNPACK = "cannot unpack non-iterable %s object";
    public static final String TOO_MANY_TO_UNPACK = "too many values to unpack (expected %d)";
    public static final String NOT_ENOUGH_TO_UNPACK = "not enough values to unpack (expected %d, got %d)";
    public static final String CATCH_NOT_EXCEPTION = "catching classes that do not inherit from BaseException is not allowed";
    public static final String RAISE_NOT_EXCEPTION = "exceptions must derive from BaseException";
    public static final String CAN_ONLY_CONCAT = "can only concatenate %s (not \"%s\") to %s";
    public static final String RECURSION = "maximum recursion depth exceeded";

    public static PyRaise raise(PyType type, String message) {
        return new PyBaseException(type, PyTuple.of(new PyStr(message))).raise();
    }

    public static PyRaise type(String message) { return raise(Types.TYPE_ERROR, message); }

    public static PyRaise value(String message) { return raise(Types.VALUE_ERROR, message); }

    public static PyRaise overflow(String message) { return raise(Types.OVERFLOW_ERROR, message); }

    public static PyRaise zeroDivision(String message) { return raise(Types.ZERO_DIVISION_ERROR, message); }

    public static PyRaise index(String message) { return raise(Types.INDEX_ERROR, message); }

    public static PyRaise name(String name) { return raise(Types.NAME_ERROR, NAME_NOT_DEFINED.formatted(name)); }

    public static PyRaise attribute(Object obj, String name) {
        PyRaise r = obj instanceof PyType t ? raise(Types.ATTRIBUTE_ERROR, TYPE_NO_ATTRIBUTE.formatted(printedName(t), name))
                : obj instanceof PyModule m ? raise(Types.ATTRIBUTE_ERROR, moduleNoAttribute(m, name))
                : raise(Types.ATTRIBUTE_ERROR, NO_ATTRIBUTE.formatted(typeName(obj), name));
        r.exc.attrObj = obj;
        r.exc.attrName = name;
        return r;
    }

    /** CPython's module getattr message, which names a module still running its body (a circular import). */
    private static String moduleNoAttribute(PyModule m, String name) {
        if (m.dict.get("__spec__") instanceof PyInstance spec) {
            Object init = spec.dict.get("_initializing");
            if (init != null && Ops.truthy(init)) {
                if (possiblyShadowing(spec)) {
                    return MODULE_NO_ATTRIBUTE.formatted(m.name, name) + " (consider renaming '" + Ops.str(spec.dict.get("origin"))
                            + "' if it has the same name as a third-party module you intended to import)";
                }
                return "partially initialized module '" + m.name + "' has no attribute '" + name + "' (most likely due to a circular import)";
            }
            if (spec.dict.get("_uninitialized_submodules") instanceof PyList l && l.items.contains(new PyStr(name))) {
                return "cannot access submodule '" + name + "' of module '" + m.name + "' (most likely due to a circular import)";
            }
        }
        return MODULE_NO_ATTRIBUTE.formatted(m.name, name);
    }

    /** CPython 3.13's {@code _PyModule_IsPossiblyShadowing}: the module's file is in {@code sys.path[0]}. */
    private static boolean possiblyShadowing(PyInstance spec) {
        if (!(spec.dict.get("origin") instanceof PyStr origin)) return false;
        var path = dev.jpy.vm.interp.VmState.get().path.items;
        if (path.isEmpty() || !(path.get(0) instanceof PyStr first)) return false;
        java.nio.file.Path root = java.nio.file.Path.of(first.s.isEmpty() ? "." : first.s).toAbsolutePath().normalize();
        java.nio.file.Path dir = java.nio.file.Path.of(origin.s).toAbsolutePath().getParent();
        return dir != null && dir.normalize().equals(root);
    }

    public static PyRaise keyError(Object key) {
        return new PyBaseException(Types.KEY_ERROR, PyTuple.of(key)).raise();
    }

    public static String typeName(Object o) { return printedName(((PyObject) o).type()); }

    /** A type's name in error messages: its tp_name when set (a C type of CPython's written in Python here), else its name. */
    public static String printedName(PyType t) { return t.tpName != null ? t.tpName : t.name; }
}
