package dev.jpy.vm.object;

import java.util.Set;

/**
 * Instance lay-outs of classes, as CPython's {@code best_base} and {@code solid_base} see them: which builtin types
 * may be subclassed, which bases may be combined ({@code class Bad(int, str)} is a lay-out conflict), and the
 * {@code __base__} a class gets.
 */
public final class Layouts {
    private Layouts() {}

    /** The builtin types CPython does not allow as a base (no Py_TPFLAGS_BASETYPE). */
    private static final Set<String> FINAL = Set.of("NoneType", "NotImplementedType", "UnionType", "async_generator",
            "bool", "builtin_function_or_method", "cell", "classmethod_descriptor", "code", "coroutine", "dict_items",
            "dict_keyiterator", "dict_keys", "dict_values", "ellipsis", "frame", "function", "generator",
            "getset_descriptor", "list_iterator", "mappingproxy", "member_descriptor", "memoryview", "method",
            "method-wrapper", "method_descriptor", "range", "range_iterator", "set_iterator", "slice",
            "str_ascii_iterator", "traceback", "tuple_iterator", "wrapper_descriptor");

    /** The builtin exceptions whose instances have fields beyond BaseException's (the others share its lay-out). */
    private static final Set<String> SOLID_EXCEPTIONS = Set.of("BaseException", "BaseExceptionGroup", "AttributeError",
            "ImportError", "NameError", "OSError", "StopIteration", "SyntaxError", "SystemExit", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeTranslateError");

    /**
     * The base whose lay-out a class with these bases extends (its {@code __base__}); raises CPython's TypeError
     * for a base that cannot be subclassed or for bases whose lay-outs conflict.
     */
    public static PyType bestBase(PyType[] bases) {
        PyType winner = null, base = null;
        for (PyType b : bases) {
            if (!b.heap && FINAL.contains(b.name)) throw Errors.type("type '" + b.name + "' is not an acceptable base type");
            PyType candidate = solid(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtype(candidate)) {
                // the winner's lay-out already extends this base's
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw Errors.type("multiple bases have instance lay-out conflict");
            }
        }
        return base != null ? base : Types.OBJECT;
    }

    /** The solid base of each class made in Python without slots of its own (an ancestor, so the key stays weak). */
    private static final java.util.Map<PyType, PyType> SOLID = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The most derived type along t's {@code __base__} chain that adds to the instance lay-out. */
    static PyType solid(PyType t) {
        if (t == Types.OBJECT) return t;
        if (t.heap) {
            if (ownSlots(t)) return t;
            PyType known = SOLID.get(t);
            if (known == null) SOLID.put(t, known = solid(bestBase(t.bases)));
            return known;
        }
        if (t.layout == PyType.Layout.EXCEPTION) return SOLID_EXCEPTIONS.contains(t.name) ? t : solid(t.bases[0]);
        return t == Types.BOOL ? Types.INT : t;
    }

    /** Whether a class's own {@code __slots__} name a slot other than __dict__ and __weakref__. */
    private static boolean ownSlots(PyType t) {
        Object slots = t.dict.map.get(SLOTS);
        if (slots == null) return false;
        if (slots instanceof PyStr s) return !s.s.equals("__dict__") && !s.s.equals("__weakref__");
        for (Object n : Ops.toList(slots)) {
            if (!(n instanceof PyStr s) || !s.s.equals("__dict__") && !s.s.equals("__weakref__")) return true;
        }
        return false;
    }

    private static final PyStr SLOTS = PyStr.intern("__slots__");
}
