package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;

/** Helpers for Java builtins: defining them, checking argument counts, reading keyword arguments. */
public final class Args {
    private Args() {}

    /** Registers a builtin function in a module dict. */
    public static void def(PyDict d, String name, PyBuiltin.Body body) { d.put(name, new PyBuiltin(name, false, body)); }

    /** Registers a method (self is args[0]) in a type. */
    public static void method(PyType t, String name, PyBuiltin.Body body) {
        PyBuiltin b = new PyBuiltin(name, true, body);
        b.owner = t.name;
        t.put(name, b);
    }

    /** Registers a static method in a type. */
    public static void staticMethod(PyType t, String name, PyBuiltin.Body body) {
        t.put(name, new PyProperty(PyProperty.Kind.STATICMETHOD, new PyBuiltin(name, false, body)));
    }

    /** Number of positional arguments. */
    public static int npos(Object[] args, PyTuple kw) { return args.length - (kw == null ? 0 : kw.items.length); }

    /** Checks the positional count of a function that takes no keywords ("len() takes exactly one argument (2 given)"). */
    public static void count(String name, Object[] args, PyTuple kw, int min, int max) {
        if (kw != null && kw.items.length > 0) throw Errors.type(name + "() takes no keyword arguments");
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max && min == 1) throw Errors.type(name + "() takes exactly one argument (" + n + " given)");
        if (min == max && min == 0) throw Errors.type(name + "() takes no arguments (" + n + " given)");
        if (n < min) throw Errors.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        throw Errors.type(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** Checks the count for a method (self excluded from the numbers, as CPython's messages count). */
    public static void methodCount(String name, Object[] args, PyTuple kw, int min, int max) {
        if (kw != null && kw.items.length > 0) throw Errors.type(name + "() takes no keyword arguments");
        int n = args.length - 1;
        if (n >= min && n <= max) return;
        if (min == max && min == 0) throw Errors.type(name + "() takes no arguments (" + n + " given)");
        if (min == max && min == 1) throw Errors.type(name + "() takes exactly one argument (" + n + " given)");
        if (n < min) throw Errors.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        throw Errors.type(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /** A keyword argument's value, or null when not given. */
    public static Object kw(Object[] args, PyTuple kw, String name) {
        if (kw == null) return null;
        int npos = args.length - kw.items.length;
        for (int i = 0; i < kw.items.length; i++) if (((PyStr) kw.items[i]).s.equals(name)) return args[npos + i];
        return null;
    }

    /** Rejects keywords other than the allowed ones. */
    public static void onlyKeywords(String fname, PyTuple kw, String... allowed) {
        if (kw == null) return;
        outer:
        for (Object k : kw.items) {
            for (String a : allowed) if (((PyStr) k).s.equals(a)) continue outer;
            throw Errors.type(fname + "() got an unexpected keyword argument '" + ((PyStr) k).s + "'");
        }
    }

    public static PyStr str(Object o, String fname) {
        if (o instanceof PyStr s) return s;
        throw Errors.type(fname + " must be str, not " + Errors.typeName(o));
    }
}
