package dev.jpy.vm.object;

import java.util.Arrays;

/** Calling a type: {@code type(x)}, builtin constructors, and __new__ + __init__ for classes made in Python. */
public final class TypeCall {
    private TypeCall() {}

    public static Object call(PyType t, Object[] args, PyTuple kwnames) {
        if (t == Types.TYPE && args.length == 1 && kwnames == null) return ((PyObject) args[0]).type();
        if (!t.heap && t.constructor != null) return t.constructor.call(args, kwnames);
        Object newFn = t.lookup("__new__");
        Object obj;
        if (newFn != null && !isBuiltin(newFn)) {
            Object f = newFn instanceof PyProperty p ? p.fget : newFn;
            Object[] a = new Object[args.length + 1];
            a[0] = t;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = Ops.call(f, a, kwnames);
            if (!Ops.isinstance(obj, t)) return obj;
        } else {
            obj = allocate(t, args, kwnames);
        }
        Object init = t.lookup("__init__");
        if (init != null && !(init instanceof PyBuiltin)) {
            Object[] a = new Object[args.length + 1];
            a[0] = obj;
            System.arraycopy(args, 0, a, 1, args.length);
            Object r = Ops.call(init, a, kwnames);
            if (r != PyNone.NONE) throw Errors.type("__init__() should return None, not '" + Errors.typeName(r) + "'");
        } else if (args.length > 0 && t.layout == PyType.Layout.OBJECT && (newFn == null || isBuiltin(newFn))) {
            throw Errors.type(t.name + "() takes no arguments");
        }
        return obj;
    }

    private static boolean isBuiltin(Object slot) {
        return slot instanceof PyBuiltin || slot instanceof PyProperty p && p.fget instanceof PyBuiltin;
    }

    /** A bare instance of t (object.__new__ / BaseException.__new__). */
    public static PyObject allocate(PyType t, Object[] args, PyTuple kwnames) {
        return switch (t.layout) {
            case EXCEPTION -> {
                if (t.isSubtype(Types.BASE_EXCEPTION_GROUP)) yield ExceptionGroups.create(t, args, kwnames);
                int n = args.length - (kwnames == null ? 0 : kwnames.items.length);
                yield new PyBaseException(t, PyTuple.of(Arrays.copyOf(args, n)));
            }
            case OBJECT -> new PyInstance(t);
            case BUILTIN -> throw Errors.type("jpy cannot subclass the builtin type of '" + t.name + "' yet");
        };
    }

    /** Builds a class as type(name, bases, ns) does, with the given metatype. */
    public static PyType newClass(PyType meta, String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) bases = new PyType[] {Types.OBJECT};
        PyType.Layout layout = PyType.Layout.OBJECT;
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) if (bases[j] == bases[i]) throw Errors.type("duplicate base class " + bases[i].name);
        }
        for (PyType b : bases) {
            if (b == Types.BOOL) throw Errors.type("type 'bool' is not an acceptable base type");
            for (PyType m : b.mro) {
                if (m.layout == PyType.Layout.EXCEPTION) { layout = PyType.Layout.EXCEPTION; break; }
                if (m.layout == PyType.Layout.BUILTIN && m != Types.OBJECT) { layout = PyType.Layout.BUILTIN; break; }
            }
            if (layout != PyType.Layout.OBJECT) break;
        }
        PyType t = new PyType(name, bases, layout, true);
        if (meta != Types.TYPE) t.setMetatype(meta);
        t.dict.map.putAll(ns.map);
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (t.dict.get(implicit) instanceof PyFunction f) t.put(implicit, new PyProperty(PyProperty.Kind.CLASSMETHOD, f));
        }
        Object slots = ns.get("__slots__");
        if (slots != null) {
            java.util.Set<String> names = new java.util.HashSet<>();
            boolean dict = false;
            for (Object n : slots instanceof PyStr s ? java.util.List.of(s) : Ops.toList(slots)) names.add(((PyStr) n).s);
            for (PyType b : bases) {
                if (b.heap && b.slots == null) dict = true;
                if (b.slots != null) names.addAll(b.slots);
            }
            if (!dict && !names.contains("__dict__")) t.slots = names;
        }
        Object mod = ns.get("__module__");
        if (mod instanceof PyStr s) t.module = s.s;
        Object eq = ns.get("__eq__");
        if (eq != null && ns.get("__hash__") == null) t.put("__hash__", PyNone.NONE);
        return t;
    }
}
