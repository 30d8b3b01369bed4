package dev.jpy.vm.object;

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
        if (t.layout == PyType.Layout.EXCEPTION && init instanceof PyBuiltin && obj instanceof PyBaseException e
                && (newFn != null && !isBuiltin(newFn) || t.isSubtype(Types.BASE_EXCEPTION_GROUP))) {
            ExceptionKinds.init(e, args, kwnames); // BaseException.__init__: the call's args, no keywords (__new__ took any)
            return obj;
        }
        if (init != null && (!(init instanceof PyBuiltin) || t.layout == PyType.Layout.BUILTIN && init != Types.OBJECT.dict.get("__init__"))) {
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
            case EXCEPTION -> t.isSubtype(Types.BASE_EXCEPTION_GROUP) ? ExceptionGroups.create(t, args, kwnames) : ExceptionKinds.create(t, args, kwnames);
            case OBJECT -> new PyInstance(t);
            case BUILTIN -> allocateBuiltin(t, args, kwnames);
        };
    }

    /** An instance of a heap subclass of a builtin type: the base's value (list, dict, set: empty until __init__). */
    private static PyObject allocateBuiltin(PyType t, Object[] args, PyTuple kwnames) {
        PyType base = Derived.solidBase(t);
        if (base == Types.TYPE) {
            Object[] a = new Object[args.length + 1];
            a[0] = t;
            System.arraycopy(args, 0, a, 1, args.length);
            return (PyObject) Ops.call(((PyProperty) Types.TYPE.dict.get("__new__")).fget, a, kwnames);
        }
        if (base.constructor == null) throw Errors.type("jpy cannot subclass the builtin type '" + base.name + "' yet");
        boolean empty = base == Types.LIST || base == Types.DICT || base == Types.SET;
        return Derived.wrap(t, base.constructor.call(empty ? new Object[0] : args, empty ? null : kwnames));
    }

    private static final PyBuiltin INSTANCE_DICT = new PyBuiltin("__dict__", false, (a, k) -> SpecialAttrs.get(a[0], "__dict__"));
    private static final PyBuiltin NO_WEAKREF = new PyBuiltin("__weakref__", false, (a, k) -> PyNone.NONE);

    /** The __dict__ and __weakref__ attributes a class gets when no base has them (not for int, tuple, bytes). */
    private static void addInstanceDescriptors(PyType t) {
        boolean hasDict = t.layout == PyType.Layout.EXCEPTION, hasWeak = false;
        for (int i = 1; i < t.mro.length; i++) {
            PyType b = t.mro[i];
            hasDict |= b.dict.get("__dict__") != null;
            hasWeak |= b.dict.get("__weakref__") != null || b == Types.INT || b == Types.TUPLE || b == Types.BYTES;
        }
        if (!hasDict) addDictDescriptor(t);
        if (!hasWeak) addWeakrefDescriptor(t);
    }

    /** o.__dict__ = d on an instance of a Python class (a dict subclass is accepted, as in CPython). */
    private static final PyBuiltin SET_INSTANCE_DICT = new PyBuiltin("__dict__", false, (a, k) -> {
        if (!(a[1] instanceof PyDict d)) throw Errors.type("__dict__ must be set to a dictionary, not a '" + Errors.typeName(a[1]) + "'");
        if (!(a[0] instanceof PyInstance i)) throw Errors.raise(Types.ATTRIBUTE_ERROR, "property '__dict__' of '" + Errors.typeName(a[0]) + "' object has no setter");
        i.dict = d;
        return PyNone.NONE;
    });

    static void addDictDescriptor(PyType t) {
        PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, INSTANCE_DICT);
        p.fset = SET_INSTANCE_DICT;
        t.put("__dict__", p);
    }

    static void addWeakrefDescriptor(PyType t) { t.put("__weakref__", new PyProperty(PyProperty.Kind.PROPERTY, NO_WEAKREF)); }

    /** Builds a class as type(name, bases, ns) does, with the given metatype. */
    public static PyType newClass(PyType meta, String name, PyType[] bases, PyDict ns) {
        if (bases.length == 0) bases = new PyType[] {Types.OBJECT};
        PyType.Layout layout = PyType.Layout.OBJECT;
        Layouts.bestBase(bases);
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) if (bases[j] == bases[i]) throw Errors.type("duplicate base class " + bases[i].name);
        }
        for (PyType b : bases) {
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
        if (slots != null) Slots.setUp(t, slots, ns);
        else {
            Slots.inherit(t);
            addInstanceDescriptors(t);
        }
        if (t.dict.get("__doc__") == null) t.put("__doc__", PyNone.NONE);
        Object mod = ns.get("__module__");
        if (mod instanceof PyStr s) t.module = s.s;
        Object eq = ns.get("__eq__");
        if (eq != null && ns.get("__hash__") == null) t.put("__hash__", PyNone.NONE);
        return t;
    }
}
