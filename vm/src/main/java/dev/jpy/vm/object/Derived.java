package dev.jpy.vm.object;


/**
 * An instance of a class that subclasses a builtin type ({@code class D(dict)}, {@code class S(str)}, ...): it is
 * the builtin's Java value (so every builtin method and fast path accepts it) with a heap type and an instance
 * dict. The protocols ({@link Seq}, {@link Repr}, {@link Arith}, {@link Compare}, {@link Ops}) first ask
 * {@link #override} whether the class replaced the special method with one written in Python.
 */
public interface Derived {
    PyDict instanceDict();

    /** The values of the __slots__ members of the instance's class (null until one is set; int, tuple and bytes
     * subclasses can have no members, as in CPython). */
    default Object[] slotValues() { return null; }

    default void setSlotValues(Object[] values) {
        throw Errors.type("nonempty __slots__ not supported for subtype of '" + solidBase(((PyObject) this).type()).name + "'");
    }

    /** The method {@code name} when o's class defines it in Python (not inherited from a builtin type), else null. */
    static Object override(Object o, String name) {
        Object v = ((PyObject) o).type().lookup(name);
        if (v == null || v instanceof PyBuiltin || v instanceof PyProperty p && p.fget instanceof PyBuiltin) return null;
        return v;
    }

    /**
     * Key equality in a dict for a subclass of int, float or str with its own __eq__: that method decides (true when
     * it says equal); false when the class has none (then the builtin value comparison applies).
     */
    static boolean keyEquals(PyObject self, Object o) {
        return Derived.override(self, "__eq__") != null && o instanceof PyObject p && Compare.eq(self, p);
    }

    /**
     * The Java hash of a dict key that subclasses int, float or str: the builtin's own when the class keeps the
     * builtin __hash__ or its __hash__ gives the builtin's value (so that it meets equal plain keys), else its own.
     */
    static int keyHash(PyObject self, int builtin) {
        Object h = Derived.override(self, "__hash__");
        if (h == PyNone.NONE) throw Errors.type(Errors.UNHASHABLE.formatted(self.type().name));
        if (h == null) return builtin;
        long v = Ops.index(Ops.call(h, self));
        long own = self instanceof PyStr s ? new PyStr(s.s).pyHash() : self instanceof PyInt i ? i.hash() : dev.jpy.marshal.model.PyHash.ofDouble(((PyFloat) self).v);
        return v == own ? builtin : (int) v; // builtin keys hash in Java as (int) of their Python hash
    }

    /** Calls the Python-level override of {@code name} on o; null when there is none. */
    static Object call(Object o, String name, Object... args) {
        return override(o, name) == null ? null : Ops.callSpecial(o, name, args);
    }

    /** The builtin type whose Java layout instances of t use (the first builtin type in t's MRO). */
    static PyType solidBase(PyType t) {
        for (PyType b : t.mro) if (!b.heap && b != Types.OBJECT) return b;
        return Types.OBJECT;
    }

    /** An instance of heap type t holding the value of the builtin {@code base} (list, dict and set start empty). */
    static PyObject wrap(PyType t, Object base) {
        return switch (base) {
            case PyBool b -> throw Errors.type("type 'bool' is not an acceptable base type");
            case PyInt i -> new IntSub(t, i);
            case PyFloat f -> new FloatSub(t, f.v);
            case PyStr s -> new StrSub(t, s.s);
            case PyByteArray b -> throw Errors.type("jpy cannot subclass the builtin type 'bytearray' yet");
            case PyBytes b -> new BytesSub(t, b.b);
            case PyTuple tu -> new TupleSub(t, tu.items);
            case PyList l -> new ListSub(t);
            case PyDict d -> new DictSub(t);
            case PySet s -> {
                SetSub r = new SetSub(t, s.frozen);
                if (s.frozen) r.items.merge(s.items);
                yield r;
            }
            default -> throw Errors.type("jpy cannot subclass the builtin type '" + ((PyObject) base).type().name + "' yet");
        };
    }

    final class IntSub extends PyInt implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        IntSub(PyType type, PyInt value) {
            super(value);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        @Override public boolean equals(Object o) { return keyEquals(this, o) ? true : Derived.override(this, "__eq__") == null && super.equals(o); }

        @Override public int hashCode() { return keyHash(this, super.hashCode()); }
    }

    final class FloatSub extends PyFloat implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        FloatSub(PyType type, double v) {
            super(v);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        private Object[] slotValues;

        @Override public Object[] slotValues() { return slotValues; }

        @Override public void setSlotValues(Object[] values) { slotValues = values; }

        @Override public boolean equals(Object o) { return keyEquals(this, o) ? true : Derived.override(this, "__eq__") == null && super.equals(o); }

        @Override public int hashCode() { return keyHash(this, super.hashCode()); }
    }

    final class StrSub extends PyStr implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        StrSub(PyType type, String s) {
            super(s);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        private Object[] slotValues;

        @Override public Object[] slotValues() { return slotValues; }

        @Override public void setSlotValues(Object[] values) { slotValues = values; }

        @Override public boolean equals(Object o) { return keyEquals(this, o) ? true : Derived.override(this, "__eq__") == null && super.equals(o); }

        @Override public int hashCode() { return keyHash(this, super.hashCode()); }
    }

    final class BytesSub extends PyBytes implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        BytesSub(PyType type, byte[] b) {
            super(b);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }
    }

    final class TupleSub extends PyTuple implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        TupleSub(PyType type, Object[] items) {
            super(items);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }
    }

    final class ListSub extends PyList implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        ListSub(PyType type) { this.type = type; }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        private Object[] slotValues;

        @Override public Object[] slotValues() { return slotValues; }

        @Override public void setSlotValues(Object[] values) { slotValues = values; }
    }

    final class DictSub extends PyDict implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        DictSub(PyType type) { this.type = type; }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        private Object[] slotValues;

        @Override public Object[] slotValues() { return slotValues; }

        @Override public void setSlotValues(Object[] values) { slotValues = values; }
    }

    final class SetSub extends PySet implements Derived {
        private final PyType type;
        private final PyDict dict = new PyDict();

        SetSub(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
        }

        @Override public PyType type() { return type; }

        @Override public PyDict instanceDict() { return dict; }

        private Object[] slotValues;

        @Override public Object[] slotValues() { return slotValues; }

        @Override public void setSlotValues(Object[] values) { slotValues = values; }
    }
}
