package dev.jpy.vm.object;

/**
 * A function written in Java. {@code method} functions live in a type's dict and bind their receiver as
 * the first argument. Arguments arrive vectorcall style: positional first, then the values of
 * {@code kwnames} (null when there are none).
 */
public final class PyBuiltin extends PyObject {
    /** The Java body of a builtin. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, PyTuple kwnames);
    }

    /**
     * A second entry point of a method that takes its receiver and at most two positional arguments: {@code n} of
     * them given (the others null), no array and no keywords, doing what {@link #body} does for such a call. The
     * call instruction uses it when set (dict.get, dict.items, ...).
     */
    @FunctionalInterface
    public interface Direct {
        Object call(int n, Object self, Object a, Object b);
    }

    public final String name;
    public final boolean method;
    public final Body body;
    /** For methods: the name of the type they belong to (for reprs and messages). */
    public String owner;
    /** Extra attributes of a builtin that carries state (a partial's args, an lru_cache's cache_info), or null. */
    public PyDict attrs;
    /** The array-free entry point of a method, or null (most builtins). */
    public Direct direct;

    public PyBuiltin(String name, boolean method, Body body) {
        this.name = name;
        this.method = method;
        this.body = body;
    }

    @Override public PyType type() { return method ? Types.METHOD_DESCRIPTOR : Types.BUILTIN_FUNCTION; }
}
