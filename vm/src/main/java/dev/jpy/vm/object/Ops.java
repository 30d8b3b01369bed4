package dev.jpy.vm.object;

import dev.jpy.vm.interp.Interpreter;

/** The object protocol: attributes, calls, truth, hashing, equality, iteration and lengths. */
public final class Ops {
    private Ops() {}

    // ---------------------------------------------------------------- calls

    /** Calls {@code f} with positional args followed by the values of {@code kwnames} (may be null). */
    public static Object call(Object f, Object[] args, PyTuple kwnames) {
        if (f instanceof PyFunction fn) return Interpreter.callFunction(fn, args, kwnames);
        if (f instanceof PyBuiltin b) return b.body.call(args, kwnames);
        if (f instanceof PyMethod m) {
            Object[] a = new Object[args.length + 1];
            a[0] = m.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(m.func, a, kwnames);
        }
        if (f instanceof PyType t) {
            if (t.type() != Types.TYPE && t.type().lookup("__call__") instanceof PyFunction c) {
                Object[] a = new Object[args.length + 1];
                a[0] = t;
                System.arraycopy(args, 0, a, 1, args.length);
                return call(c, a, kwnames);
            }
            return TypeCall.call(t, args, kwnames);
        }
        if (f instanceof PyProperty p && p.kind == PyProperty.Kind.STATICMETHOD) return call(p.fget, args, kwnames);
        Object c = ((PyObject) f).type().lookup("__call__");
        if (c != null) return call(new PyMethod(c, f), args, kwnames);
        throw Errors.type(Errors.NOT_CALLABLE.formatted(Errors.typeName(f)));
    }

    public static Object call(Object f, Object... args) { return call(f, args, null); }

    /** Calls the special method {@code name} of o's type with o as first argument; null when the type has none. */
    public static Object callSpecial(Object o, String name, Object... args) {
        Object m = ((PyObject) o).type().lookup(name);
        if (m == null || m == PyNone.NONE) return null;
        Object[] a = new Object[args.length + 1];
        a[0] = o;
        System.arraycopy(args, 0, a, 1, args.length);
        if (m instanceof PyProperty p && p.kind == PyProperty.Kind.STATICMETHOD) return call(p.fget, args, null);
        return call(m, a, null);
    }

    public static boolean callable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyMethod || o instanceof PyType
                || o instanceof PyProperty p && p.kind == PyProperty.Kind.STATICMETHOD || ((PyObject) o).type().lookup("__call__") != null;
    }

    // ---------------------------------------------------------------- attributes

    public static Object getattr(Object o, PyStr name) {
        Object v;
        try {
            v = hooked(o, PyType.GETATTRIBUTE) ? callSpecial(o, "__getattribute__", name) : getattrOrNull(o, name);
        } catch (PyRaise e) { // an AttributeError raised by a property or descriptor also falls back to __getattr__
            Object ga = getattrHook(o);
            if (ga == null || !e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
            return call(ga, o, name);
        }
        if (v == null) {
            Object ga = getattrHook(o);
            if (ga != null) return call(ga, o, name);
            if (o instanceof PyModule m && m.dict.get("__getattr__") instanceof Object mga) return call(mga, name); // PEP 562
            throw Errors.attribute(o, name.s);
        }
        return v;
    }

    /** Whether o's class defines the attribute hook {@code bit} ({@link PyType#hooks()}) in Python. */
    private static boolean hooked(Object o, int bit) { // a class's metaclass may define them too
        return (o instanceof PyInstance || o instanceof Derived || o instanceof PyType) && (((PyObject) o).type().hooks() & bit) != 0;
    }

    /** object.__getattribute__: the generic lookup (descriptors, instance dict, class), with no __getattr__ fallback. */
    public static Object genericGetattr(Object o, PyStr name) {
        Object v = getattrOrNull(o, name);
        if (v == null) throw Errors.attribute(o, name.s);
        return v;
    }

    private static Object getattrHook(Object o) {
        if (o instanceof PyType t) return metaHook(t, "__getattr__");
        return o instanceof PyInstance || o instanceof Derived ? ((PyObject) o).type().lookup("__getattr__") : null;
    }

    /** The attribute, or null when it is missing (no AttributeError raised by this lookup itself). */
    public static Object getattrOrNull(Object o, PyStr name) {
        if (o instanceof PyType t) {
            Object ga = metaHook(t, "__getattribute__");
            return ga == null ? typeAttr(t, name) : call(ga, t, name);
        }
        if (o instanceof PyModule m) {
            Object v = m.dict.map.get(name);
            return v != null ? v : SpecialAttrs.get(o, name.s);
        }
        if (o instanceof PySuper sup) return dev.jpy.vm.interp.Supers.getattr(sup, name);
        PyType t = ((PyObject) o).type();
        Object desc = t.lookup(name);
        if (desc instanceof PyProperty p && p.kind == PyProperty.Kind.PROPERTY) {
            if (p.fget == null) throw Errors.raise(Types.ATTRIBUTE_ERROR, "property '" + name.s + "' of '" + t.name + "' object has no getter");
            return call(p.fget, o);
        }
        if (desc instanceof PyMember m) return m.get(o);
        boolean custom = desc instanceof PyInstance;
        if (custom && ((PyObject) desc).type().lookup("__set__") != null) return customGet(desc, o, t);
        PyDict idict = o instanceof PyInstance inst ? inst.dict : o instanceof Derived d ? d.instanceDict() : null;
        if (idict != null) {
            Object v = idict.map.get(name);
            if (v != null) return v;
        }
        if (custom) return customGet(desc, o, t);
        if (desc != null) return bind(desc, o, t);
        return SpecialAttrs.get(o, name.s);
    }

    /** A descriptor written in Python: its __get__(obj, type) when it has one, else itself. */
    private static Object customGet(Object desc, Object obj, PyType t) {
        Object r = callSpecial(desc, "__get__", obj, t);
        return r != null ? r : desc;
    }

    /** What a class attribute becomes when looked up on an instance. */
    static Object bind(Object desc, Object self, PyType t) {
        if (desc instanceof PyFunction) return new PyMethod(desc, self);
        if (desc instanceof PyBuiltin b && b.method) return new PyMethod(desc, self);
        if (desc instanceof PyProperty p) {
            if (p.kind == PyProperty.Kind.CLASSMETHOD) return new PyMethod(p.fget, t);
            if (p.kind == PyProperty.Kind.STATICMETHOD) return p.fget;
        }
        return desc;
    }

    /** type.__getattribute__: the class attribute, with no metaclass __getattribute__ or __getattr__ consulted. */
    public static Object typeGetattribute(PyType t, PyStr name) {
        Object v = typeAttr(t, name);
        if (v == null) throw Errors.attribute(t, name.s);
        return v;
    }

    static Object typeAttr(PyType t, PyStr name) {
        // type's __name__ and __qualname__ are data descriptors of the metatype: they win over the class dict
        if (name.s.equals("__name__") || name.s.equals("__qualname__") || name.s.equals("__dict__")) {
            Object special = SpecialAttrs.get(t, name.s);
            if (special != null) return special;
        }
        if (name.s.equals("__type_params__")) { // type's getset: the class's own PEP 695 parameters, else ()
            Object own = t.dict.map.get(name);
            return own != null ? own : PyTuple.EMPTY;
        }
        if (t.type().heap && t.type().lookup(name) instanceof PyProperty p && p.kind == PyProperty.Kind.PROPERTY && p.fget != null) {
            return call(p.fget, t);
        }
        Object v = t.lookup(name);
        if (v != null) {
            if (v instanceof PyInstance) return customGet(v, PyNone.NONE, t);
            if (v instanceof PyProperty p) {
                if (p.kind == PyProperty.Kind.CLASSMETHOD) return new PyMethod(p.fget, t);
                if (p.kind == PyProperty.Kind.STATICMETHOD) return p.fget;
            }
            return v;
        }
        Object meta = t.type().lookup(name);
        if (meta != null) return bind(meta, t, t.type());
        return SpecialAttrs.get(t, name.s);
    }

    /** For LOAD_ATTR with the method bit: the plain method of o's type to call with o as self, or null (then use getattr). */
    public static Object methodOrNull(Object o, PyStr name) {
        if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper || hooked(o, PyType.GETATTRIBUTE)) return null; // their own lookups
        Object desc = ((PyObject) o).type().lookup(name);
        if ((desc instanceof PyFunction || desc instanceof PyBuiltin b && b.method)
                && !(o instanceof PyInstance inst && inst.dict.map.containsKey(name))) {
            return desc;
        }
        return null;
    }

    public static void setattr(Object o, PyStr name, Object value) {
        if (hooked(o, PyType.SETATTR)) callSpecial(o, "__setattr__", name, value);
        else genericSetattr(o, name, value);
    }

    /** object.__setattr__: data descriptors of the class, then the instance dict (none for __slots__ instances). */
    public static void genericSetattr(Object o, PyStr name, Object value) {
        if (o instanceof PyType t) {
            Object sa = metaHook(t, "__setattr__");
            if (sa != null) call(sa, t, name, value);
            else typeSetattr(t, name, value);
            return;
        }
        setattrNoType(o, name, value);
    }

    /** A special method a metaclass written in Python defines for its classes (not a builtin one); null otherwise. */
    static Object metaHook(PyType t, String name) {
        if (!t.type().heap) return null;
        Object h = t.type().lookup(name);
        return h == null || h instanceof PyBuiltin ? null : h;
    }

    /** type.__setattr__: the class dict entry set, with no metaclass __setattr__ consulted. */
    public static void typeSetattr(PyType t, PyStr name, Object value) {
        if (t.type().heap && t.type().lookup(name) instanceof PyProperty p && p.kind == PyProperty.Kind.PROPERTY) {
            if (p.fset == null) throw Errors.raise(Types.ATTRIBUTE_ERROR, "property '" + name.s + "' of '" + t.type().name + "' object has no setter");
            call(p.fset, t, value);
            return;
        }
        {
            if (name.s.equals("__name__") && value instanceof PyStr s) {
                t.name = s.s;
                return;
            }
            t.dict.map.put(name, value);
        }
    }

    private static void setattrNoType(Object o, PyStr name, Object value) {
        if (o instanceof PyModule m) {
            m.dict.map.put(name, value);
            return;
        }
        PyType t = ((PyObject) o).type();
        Object desc = t.lookup(name);
        if (desc instanceof PyProperty p && p.kind == PyProperty.Kind.PROPERTY) {
            if (p.fset == null) throw noSetter(t, name);
            call(p.fset, o, value);
            return;
        }
        if (desc instanceof PyMember m) {
            m.set(o, value);
            return;
        }
        if (desc instanceof PyInstance && ((PyObject) desc).type().lookup("__set__") != null) {
            callSpecial(desc, "__set__", o, value);
            return;
        }
        if (o instanceof PyBaseException e && SpecialAttrs.setException(e, name.s, value)) return;
        if (desc == null && name.s.equals("__class__")) {
            Slots.assignClass(o, value);
            return;
        }
        if (o instanceof Derived && desc == null && numberAttr(o, name.s) instanceof PyRaise computed) throw computed;
        if ((o instanceof PyInstance || o instanceof Derived) && t != Types.OBJECT && t.slots == null) {
            (o instanceof PyInstance inst ? inst.dict : ((Derived) o).instanceDict()).map.put(name, value);
            return;
        }
        if (o instanceof PyFunction f) {
            if (name.s.equals("__name__") || name.s.equals("__qualname__")) { // the fields that reprs and call errors use
                if (!(value instanceof PyStr str)) throw Errors.type(name.s + " must be set to a string object");
                if (name.s.equals("__name__")) f.name = str.s;
                else f.qualname = str.s;
                return;
            }
            if (f.dict == null) f.dict = new PyDict();
            f.dict.map.put(name, value);
            return;
        }
        throw desc != null ? readOnly(o, name) : noDict(o, name);
    }

    /** A read-only property set: CPython's getset message for the C types written in Python here (PyType.tpName). */
    private static PyRaise noSetter(PyType t, PyStr name) {
        for (PyType c : t.mro) {
            if (c.dict.get(name.s) == null) continue;
            if (c.tpName != null) return Errors.raise(Types.ATTRIBUTE_ERROR, "attribute '" + name.s + "' of '" + c.tpName + "' objects is not writable");
            break;
        }
        return Errors.raise(Types.ATTRIBUTE_ERROR, "property '" + name.s + "' of '" + t.name + "' object has no setter");
    }

    private static PyRaise noDict(Object o, PyStr name) {
        PyRaise computed = numberAttr(o, name.s);
        if (computed != null) return computed;
        return Errors.raise(Types.ATTRIBUTE_ERROR, "'" + Errors.typeName(o) + "' object has no attribute '" + name.s + "' and no __dict__ for setting new attributes");
    }

    /** Setting or deleting real/imag/numerator/denominator (SpecialAttrs computes them): CPython's getset and member messages. */
    private static PyRaise numberAttr(Object o, String n) {
        boolean parts = n.equals("real") || n.equals("imag");
        String owner = o instanceof PyInt && (parts || n.equals("numerator") || n.equals("denominator")) ? "int"
                : o instanceof PyFloat && parts ? "float" : null;
        if (owner != null) return Errors.raise(Types.ATTRIBUTE_ERROR, "attribute '" + n + "' of '" + owner + "' objects is not writable");
        return o instanceof PyComplex && parts ? Errors.raise(Types.ATTRIBUTE_ERROR, "readonly attribute") : null;
    }

    /** Setting or deleting a class attribute through an instance that has no __dict__. */
    private static PyRaise readOnly(Object o, PyStr name) {
        return Errors.raise(Types.ATTRIBUTE_ERROR, "'" + Errors.typeName(o) + "' object attribute '" + name.s + "' is read-only");
    }

    public static void delattr(Object o, PyStr name) {
        if (o instanceof PyType t && metaHook(t, "__delattr__") instanceof Object da) call(da, t, name);
        else if (hooked(o, PyType.DELATTR)) callSpecial(o, "__delattr__", name);
        else genericDelattr(o, name);
    }

    /** object.__delattr__: data descriptors of the class, then the instance dict entry, with no class's own __delattr__. */
    public static void genericDelattr(Object o, PyStr name) {
        Object desc = o instanceof PyType ? null : ((PyObject) o).type().lookup(name);
        if (desc instanceof PyProperty p && p.kind == PyProperty.Kind.PROPERTY) {
            if (p.fdel == null) throw Errors.raise(Types.ATTRIBUTE_ERROR, "property '" + name.s + "' of '" + Errors.typeName(o) + "' object has no deleter");
            call(p.fdel, o);
            return;
        }
        if (desc instanceof PyMember m) {
            m.delete(o);
            return;
        }
        if (desc instanceof PyInstance dd && dd.type().lookup("__delete__") != null) {
            callSpecial(dd, "__delete__", o);
            return;
        }
        if (desc == null && name.s.equals("__class__")) throw Errors.type("can't delete __class__ attribute");
        PyDict d = o instanceof PyInstance i ? i.dict : o instanceof PyType t ? t.dict : o instanceof PyModule m ? m.dict
                : o instanceof Derived x ? x.instanceDict() : o instanceof PyFunction f ? (f.dict != null ? f.dict : new PyDict()) : null;
        if (d != null && !(o instanceof PyType) && ((PyObject) o).type().slots != null) d = null; // a __slots__ instance
        if (d == null) throw desc != null ? readOnly(o, name) : noDict(o, name);
        if (desc == null && numberAttr(o, name.s) instanceof PyRaise computed) throw computed;
        if (d.map.remove(name) == null) throw Errors.attribute(o, name.s);
    }

    // ---------------------------------------------------------------- truth, hash, equality

    /** bool(o): True, False and None inline (small enough for HotSpot to inline at every caller), the rest in {@link #truthyOther}. */
    public static boolean truthy(Object o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        return truthyOther(o);
    }

    private static boolean truthyOther(Object o) {
        if (o instanceof PyInt i) return i.signum() != 0;
        if (o instanceof PyStr s) return !s.s.isEmpty();
        if (o instanceof PyList l) return !l.items.isEmpty();
        if (o instanceof PyTuple t) return t.items.length != 0;
        if (o instanceof PyDict d) return !d.map.isEmpty();
        if (o instanceof PyFloat f) return f.v != 0;
        if (o instanceof PyComplex c) return c.re != 0 || c.im != 0;
        if (o instanceof PySet s) return !s.items.isEmpty();
        if (o instanceof PyRange r) return Ranges.truthy(r);
        if (o instanceof PyBytes b) return b.b.length != 0;
        if (o instanceof PyInstance || isMetaInstance(o)) {
            Object r = callSpecial(o, "__bool__");
            if (r != null) {
                if (!(r instanceof PyBool b)) throw Errors.type("__bool__ should return bool, returned " + Errors.typeName(r));
                return b.v != 0;
            }
            r = callSpecial(o, "__len__");
            if (r != null) {
                long n = index(r);
                if (n < 0) throw Errors.value("__len__() should return >= 0");
                return n != 0;
            }
        }
        return true;
    }

    /** Raises TypeError when o is unhashable (what dict and set operations check before using a key). */
    public static void checkHashable(Object o) {
        if (!(o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat)) hash(o);
    }

    public static long hash(Object o) {
        if (o instanceof Derived) {
            Object h = ((PyObject) o).type().lookup("__hash__");
            if (h == PyNone.NONE) throw Errors.type(Errors.UNHASHABLE.formatted(Errors.typeName(o)));
            if (Derived.override(o, "__hash__") != null) return index(call(h, o));
        }
        if (o instanceof PyInt i) return i.hash();
        if (o instanceof PyStr s) return s.pyHash();
        if (o instanceof PyFloat f) return dev.jpy.marshal.model.PyHash.ofDouble(f.v);
        if (o instanceof PyComplex c) return dev.jpy.marshal.model.PyHash.ofComplex(c.re, c.im);
        if (o instanceof PyTuple t) {
            long acc = 0x27D4EB2F165667C5L;
            for (Object x : t.items) {
                long lane = hash(x);
                acc += lane * 0xC2B2AE3D27D4EB4FL;
                acc = Long.rotateLeft(acc, 31);
                acc *= 0x9E3779B185EBCA87L;
            }
            acc += t.items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
            return acc == -1 ? 1546275796 : acc;
        }
        if (o instanceof GenericAlias || o instanceof TypeUnion) return o.hashCode();
        if (o instanceof PyRange r) return Ranges.hash(r);
        if (o instanceof PySlice s) return s.hash();
        if (o instanceof PySet s && s.frozen) return s.items.frozenHash();
        if (o instanceof PyByteArray) throw Errors.type(Errors.UNHASHABLE.formatted("bytearray"));
        if (o instanceof PyBytes b) return dev.jpy.marshal.model.PyHash.ofBytes(b.b);
        if (o == PyNone.NONE) return dev.jpy.marshal.model.PyHash.NONE;
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) throw Errors.type(Errors.UNHASHABLE.formatted(Errors.typeName(o)));
        if (o instanceof PyMemoryView m) return m.hash();
        if (o instanceof PyInstance || isMetaInstance(o)) {
            PyType t = ((PyObject) o).type();
            Object h = t.lookup("__hash__");
            if (h == PyNone.NONE) throw Errors.type(Errors.UNHASHABLE.formatted(t.name));
            if (h != null && !(h instanceof PyBuiltin)) return index(call(h, o));
        }
        return System.identityHashCode(o) >>> 4;
    }

    /** Equality used by dict keys: identity, then __eq__. */
    static boolean eqForKey(PyObject a, PyObject b) {
        if (a == b) return true;
        return Compare.eq(a, b);
    }

    // ---------------------------------------------------------------- numbers and sizes

    /** operator.index(o) as a Java long (OverflowError when it does not fit). */
    public static long index(Object o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) throw Errors.raise(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            return i.v;
        }
        return index(indexInt(o));
    }

    /** operator.index(o): an int itself, else the int its __index__ returns (CPython's errors otherwise). */
    public static PyInt indexInt(Object o) {
        if (o instanceof PyInt i) return i;
        Object r = o instanceof PyInstance || isMetaInstance(o) ? callSpecial(o, "__index__") : null;
        if (r instanceof PyInt i) return i;
        if (r != null) throw Errors.type("__index__ returned non-int (type " + Errors.typeName(r) + ")");
        throw Errors.type("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** A class whose metaclass is written in Python (its special methods come from the metaclass). */
    public static boolean isMetaInstance(Object o) { return o instanceof PyType t && t.type().heap; }

    public static long len(Object o) {
        if (o instanceof Derived && Derived.override(o, "__len__") != null) {
            long n = index(callSpecial(o, "__len__"));
            if (n < 0) throw Errors.value("__len__() should return >= 0");
            return n;
        }
        return lenBase(o);
    }

    public static long lenBase(Object o) {
        if (o instanceof PyList l) return l.items.size();
        if (o instanceof PyStr s) return s.length();
        if (o instanceof PyTuple t) return t.items.length;
        if (o instanceof PyDict d) return d.map.size();
        if (o instanceof PySet s) return s.items.size();
        if (o instanceof PyBytes b) return b.b.length;
        if (o instanceof PyRange r) return r.length();
        if (o instanceof Views.View v) return v.dict.map.size();
        if (o instanceof PyMemoryView m) return m.length();
        Object r = o instanceof PyInstance || isMetaInstance(o) ? callSpecial(o, "__len__") : null;
        if (r != null) {
            long n = index(r);
            if (n < 0) throw Errors.value("__len__() should return >= 0");
            return n;
        }
        throw Errors.type(Errors.NO_LEN.formatted(Errors.typeName(o)));
    }

    // ---------------------------------------------------------------- iteration

    public static Object iter(Object o) {
        if (o instanceof Derived) {
            Object r = Derived.call(o, "__iter__");
            if (r != null) return r;
        }
        return iterBase(o);
    }

    public static Object iterBase(Object o) {
        if (o instanceof PyList l) return new ListIter(l);
        if (o instanceof PyTuple t) return PyIter.ofArray(t.items, t.items.length, Types.TUPLE_ITERATOR);
        if (o instanceof PyRange r) return Ranges.iter(r);
        if (o instanceof PyIter it && it.iterable()) return it;
        if (o instanceof PyStr s) return s.iterator();
        if (o instanceof PyDict d) return new DictIter(d, Views.Kind.KEYS, Types.DICT_KEYITERATOR);
        if (o instanceof PySet s) return setIter(s.items);
        if (o instanceof Views.View v) return v.iterator();
        if (o instanceof GenericAlias g) return PyIter.ofArray(new Object[] {g.star()}, 1, Types.ITERATOR);
        if (o instanceof PyMemoryView m) return iterBase(new PyList(m.toList()));
        if (o instanceof PyBytes b) {
            Object[] a = new Object[b.b.length];
            for (int i = 0; i < a.length; i++) a[i] = PyInt.of(b.b[i] & 0xFF);
            return PyIter.ofArray(a, a.length, Types.ITERATOR);
        }
        Object r = callSpecial(o, "__iter__");
        if (r != null) return r;
        if (((PyObject) o).type().lookup("__getitem__") != null) return new PyIter(Types.ITERATOR) {
            long i;

            @Override public Object next() {
                try {
                    return Seq.getitem(o, PyInt.of(i++));
                } catch (PyRaise e) {
                    if (e.exc.type().isSubtype(Types.INDEX_ERROR) || e.exc.type().isSubtype(Types.STOP_ITERATION)) return null;
                    throw e;
                }
            }
        };
        throw Errors.type(Errors.NOT_ITERABLE.formatted(Errors.typeName(o)));
    }

    /** Walks a set's slots; a change of size meanwhile raises CPython's RuntimeError. */
    private static PyIter setIter(SetTable t) {
        return new PyIter(Types.SET_ITERATOR) {
            final int size = t.size();
            int slot, left = size;

            @Override public Object next() {
                if (left < 0) return null;
                if (t.size() != size) {
                    left = -1;
                    throw Errors.raise(Types.RUNTIME_ERROR, "Set changed size during iteration");
                }
                while (slot < t.capacity()) {
                    Object k = t.keyAt(slot++);
                    if (k != null) { left--; return k; }
                }
                left = -1;
                return null;
            }
        };
    }

    /** The next item of an iterator, or null when it is exhausted (StopIteration from __next__ is absorbed). */
    public static Object next(Object it) {
        if (it instanceof PyIter i && i.iterable()) return i.next();
        Object m = ((PyObject) it).type().lookup("__next__");
        if (m == null) throw Errors.type("'" + Errors.typeName(it) + "' object is not an iterator");
        try {
            return call(m, it);
        } catch (PyRaise e) {
            if (e.exc.type().isSubtype(Types.STOP_ITERATION)) return null;
            throw e;
        }
    }

    /** Collects an iterable into a Java list. */
    public static java.util.ArrayList<Object> toList(Object iterable) {
        if (iterable instanceof PyList l) return new java.util.ArrayList<>(l.items);
        if (iterable instanceof PyTuple t) return new java.util.ArrayList<>(java.util.Arrays.asList(t.items));
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        Object it = iter(iterable);
        for (Object x; (x = next(it)) != null; ) out.add(x);
        return out;
    }

    public static boolean isinstance(Object o, PyType t) { return ((PyObject) o).type().isSubtype(t); }

    public static String str(Object o) { return Repr.str(o); }

    public static String repr(Object o) { return Repr.repr(o); }
}
