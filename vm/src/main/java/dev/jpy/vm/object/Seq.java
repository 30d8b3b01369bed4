package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** Subscripting, slicing, membership and repetition for the builtin containers and for __getitem__ classes. */
public final class Seq {
    private Seq() {}

    /**
     * A class without __class_getitem__ that CPython refuses to subscript: the core scalar builtins, and classes of the
     * main program with no builtin base (jpy's own library classes still default to a GenericAlias).
     */
    private static boolean notGeneric(PyType t) {
        if (!t.heap) {
            return t == Types.INT || t == Types.FLOAT || t == Types.COMPLEX || t == Types.STR || t == Types.BYTES || t == Types.BOOL
                    || t == Types.OBJECT || t == Types.RANGE || t == Types.SLICE;
        }
        if (!t.module.equals("__main__")) return false;
        for (PyType b : t.mro) if (!b.heap && b != Types.OBJECT) return false;
        return true;
    }

    /**
     * c[start:end] (BINARY_SLICE): a str is sliced by {@link PyStr#slice(Object, Object)} (no slice object for int or
     * None bounds); kept under C1's inlining size (35 bytes), so that HotSpot does not compile it on its own.
     */
    public static Object slice(Object c, Object start, Object end) {
        return c.getClass() == PyStr.class ? ((PyStr) c).slice(start, end) : sliceOther(c, start, end);
    }

    private static Object sliceOther(Object c, Object start, Object end) { return getitem(c, new PySlice(start, end, PyNone.NONE)); }

    /** c[key]: an exact dict's own lookup first (kept under C1's inlining size, 35 bytes), then everything else. */
    public static Object getitem(Object c, Object key) {
        return c.getClass() == PyDict.class ? ((PyDict) c).getItem(key) : getitemOther(c, key);
    }

    private static Object getitemOther(Object c, Object key) {
        if (key.getClass() == PyInt.class) { // an exact list, tuple or str by an exact int: not through getitemBase's many cases
            Class<?> k = c.getClass();
            if (k == PyList.class) return ((PyList) c).items.get(checkIndex((PyInt) key, ((PyList) c).items.size(), "list"));
            if (k == PyTuple.class) return ((PyTuple) c).items[checkIndex((PyInt) key, ((PyTuple) c).items.length, "tuple")];
            if (k == PyStr.class) return PyStr.ofCodePoint(((PyStr) c).codePointAt(checkIndex((PyInt) key, ((PyStr) c).length(), "string")));
        }
        if (c instanceof Derived) {
            Object r = Derived.call(c, "__getitem__", key);
            if (r != null) return r;
        }
        return getitemBase(c, key);
    }

    private static final PyStr INDEX = PyStr.intern("__index__");

    /** Subscription by the builtin types themselves (list.__getitem__, dict.__getitem__, ...). */
    public static Object getitemBase(Object c, Object key) {
        if ((key instanceof PyInstance || Ops.isMetaInstance(key)) && !(c instanceof PyDict) && (c instanceof PyList || c instanceof PyTuple || c instanceof PyStr || c instanceof PyRange || c instanceof PyBytes)
                && ((PyObject) key).type().lookup(INDEX) != null) {
            key = Ops.indexInt(key);
        }
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) return l.items.get(checkIndex(i, l.items.size(), "list"));
            if (key instanceof PySlice s) return PyList.wrap(slice(l.items, s));
            throw Errors.type(Errors.INDICES_MUST_BE.formatted("list", Errors.typeName(key)));
        }
        if (c instanceof PyDict d) {
            Object v = d.map.get(key);
            if (v != null) return v;
            Ops.checkHashable(key);
            if (c instanceof Derived && Derived.override(c, "__missing__") != null) return Ops.callSpecial(c, "__missing__", key);
            throw Errors.keyError(key);
        }
        if (c instanceof PyTuple t) {
            if (key instanceof PyInt i) return t.items[checkIndex(i, t.items.length, "tuple")];
            if (key instanceof PySlice s) return PyTuple.of(slice(List.of(t.items), s).toArray());
            throw Errors.type(Errors.INDICES_MUST_BE.formatted("tuple", Errors.typeName(key)));
        }
        if (c instanceof PyStr s) {
            if (key instanceof PyInt i) {
                int cp = s.codePointAt(checkIndex(i, s.length(), "string"));
                return PyStr.ofCodePoint(cp);
            }
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(s.length());
                if (r[2] == 1) return s.slice((int) r[0], (int) Math.max(r[0], r[1]));
                StringBuilder sb = new StringBuilder();
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) sb.appendCodePoint(s.codePointAt((int) i));
                return PyStr.of(sb.toString());
            }
            throw Errors.type("string indices must be integers, not '" + Errors.typeName(key) + "'");
        }
        if (c instanceof PyRange r) return Ranges.getitem(r, key);
        if (c instanceof PyBytes b) {
            if (key instanceof PyInt i) return PyInt.of(b.b[checkIndex(i, b.b.length, b instanceof PyByteArray ? "bytearray" : "")] & 0xFF);
            if (key instanceof PySlice s) {
                List<Object> l = new ArrayList<>();
                for (byte x : b.b) l.add(x);
                List<Object> part = slice(l, s);
                byte[] out = new byte[part.size()];
                for (int i = 0; i < out.length; i++) out[i] = (Byte) part.get(i);
                return PyByteArray.like(b, out);
            }
        }
        if (c instanceof GenericAlias g) return g.subscript(key);
        if (c instanceof PyType t) {
            if (t.type() != Types.TYPE && t.type().lookup("__getitem__") != null) return Ops.callSpecial(t, "__getitem__", key);
            Object cg = t.lookup("__class_getitem__");
            if (cg instanceof PyProperty p) return Ops.call(p.fget, t, key);
            if (notGeneric(t)) throw Errors.type("type '" + t.name + "' is not subscriptable");
            return GenericAlias.of(t, key);
        }
        if (c instanceof PyMemoryView m) return m.getitem(key);
        Object r = c instanceof PyInstance ? Ops.callSpecial(c, "__getitem__", key) : null;
        if (r != null) return r;
        throw Errors.type(Errors.NOT_SUBSCRIPTABLE.formatted(Errors.typeName(c)));
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int checkIndex(PyInt i, int size, String what) {
        if (!i.isSmall()) throw Errors.index("cannot fit 'int' into an index-sized integer"); // beyond Py_ssize_t
        long k = i.v;
        if (k < 0) k += size;
        if (k < 0 || k >= size) throw Errors.index(what.isEmpty() ? "index out of range" : Errors.INDEX_OUT_OF_RANGE.formatted(what));
        return (int) k;
    }

    public static ArrayList<Object> slice(List<Object> items, PySlice s) {
        long[] r = s.indices(items.size());
        if (r[2] == 1) return new ArrayList<>(items.subList((int) r[0], (int) Math.max(r[0], r[1])));
        ArrayList<Object> out = new ArrayList<>((int) r[3]);
        for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) out.add(items.get((int) i));
        return out;
    }

    /** c[key] = value, as {@link #getitem}. */
    public static void setitem(Object c, Object key, Object value) {
        if (c.getClass() == PyDict.class) ((PyDict) c).setItem(key, value);
        else setitemOther(c, key, value);
    }

    private static void setitemOther(Object c, Object key, Object value) {
        if (c instanceof Derived && Derived.call(c, "__setitem__", key, value) != null) return;
        setitemBase(c, key, value);
    }

    public static void setitemBase(Object c, Object key, Object value) {
        if (c instanceof PyByteArray ba) {
            ByteArrays.setitem(ba, key, value);
            return;
        }
        if (c instanceof PyDict d) {
            d.setItem(key, value);
            return;
        }
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) {
                l.items.set(checkIndex(i, l.items.size(), "list assignment"), value);
                return;
            }
            if (key instanceof PySlice s) {
                long[] r = s.indices(l.items.size());
                List<Object> vals = Ops.toList(value);
                if (r[2] == 1) {
                    int from = (int) r[0], to = (int) Math.max(r[0], r[1]);
                    l.items.subList(from, to).clear();
                    l.items.addAll(from, vals);
                    return;
                }
                if (vals.size() != r[3]) throw Errors.value("attempt to assign sequence of size " + vals.size() + " to extended slice of size " + r[3]);
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) l.items.set((int) i, vals.get((int) k));
                return;
            }
            throw Errors.type(Errors.INDICES_MUST_BE.formatted("list", Errors.typeName(key)));
        }
        if (c instanceof PyMemoryView m) {
            m.setitem(key, value);
            return;
        }
        if ((c instanceof PyInstance || Ops.isMetaInstance(c)) && Ops.callSpecial(c, "__setitem__", key, value) != null) return;
        throw Errors.type("'" + Errors.typeName(c) + "' object does not support item assignment");
    }

    public static void delitem(Object c, Object key) {
        if (c instanceof Derived && Derived.call(c, "__delitem__", key) != null) return;
        delitemBase(c, key);
    }

    public static void delitemBase(Object c, Object key) {
        if (c instanceof PyByteArray ba) {
            ByteArrays.delitem(ba, key);
            return;
        }
        if (c instanceof PyDict d) {
            if (d.map.remove(key) == null) throw Errors.keyError(key);
            return;
        }
        if (c instanceof PyList l) {
            if (key instanceof PyInt i) {
                l.items.remove(checkIndex(i, l.items.size(), "list assignment"));
                return;
            }
            if (key instanceof PySlice s) {
                long[] r = s.indices(l.items.size());
                List<Integer> idx = new ArrayList<>();
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) idx.add((int) i);
                idx.sort(java.util.Collections.reverseOrder());
                for (int i : idx) l.items.remove(i);
                return;
            }
        }
        if ((c instanceof PyInstance || Ops.isMetaInstance(c)) && Ops.callSpecial(c, "__delitem__", key) != null) return;
        throw Errors.type("'" + Errors.typeName(c) + "' object doesn't support item deletion");
    }

    public static boolean contains(Object c, Object x) {
        if (c instanceof Derived) {
            Object r = Derived.call(c, "__contains__", x);
            if (r != null) return Ops.truthy(r);
        }
        return containsBase(c, x);
    }

    public static boolean containsBase(Object c, Object x) {
        if (c instanceof PyBytes b) {
            if (x instanceof PyBytes sub) return indexOf(b.b, sub.b) >= 0;
            if (!(x instanceof PyInt)) throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(x) + "'");
            long v = Ops.index(x);
            if (v < 0 || v > 255) throw Errors.value("byte must be in range(0, 256)");
            for (byte y : b.b) if ((y & 0xFF) == v) return true;
            return false;
        }
        if (c instanceof PyDict d) {
            Ops.checkHashable(x);
            return d.map.containsKey(x);
        }
        if (c instanceof PySet s) {
            Ops.checkHashable(x);
            return s.items.contains(x);
        }
        if (c instanceof PyStr s) {
            if (!(x instanceof PyStr y)) throw Errors.type("'in <string>' requires string as left operand, not " + Errors.typeName(x));
            return s.indexOf(y.s, 0) >= 0;
        }
        if (c instanceof PyList l) {
            for (Object o : l.items) if (Compare.eq(o, x)) return true;
            return false;
        }
        if (c instanceof PyTuple t) {
            for (Object o : t.items) if (Compare.eq(o, x)) return true;
            return false;
        }
        if (c instanceof PyRange r && x instanceof PyInt i && !(x instanceof Derived)) return Ranges.contains(r, i);
        if (c instanceof Views.View v) {
            if (v.kind == Views.Kind.KEYS) return v.dict.map.containsKey(x);
            if (v.kind == Views.Kind.ITEMS) {  // a (key, value) pair: one lookup, as CPython's dictitems_contains
                if (!(x instanceof PyTuple t) || t.items.length != 2) return false;
                Ops.checkHashable(t.items[0]);
                Object found = v.dict.map.get(t.items[0]);
                return found != null && Compare.eq(found, t.items[1]);
            }
            VersionedMap m = v.dict.map;
            for (int e = 0; e < m.limit(); e++) if (m.keyAt(e) != null && Compare.eq(m.valueAt(e), x)) return true;
            return false;
        }
        if (c instanceof PyInstance || Ops.isMetaInstance(c)) {
            Object r = Ops.callSpecial(c, "__contains__", x);
            if (r != null) return Ops.truthy(r);
        }
        boolean scalar = c instanceof PyInt || c instanceof PyFloat || c instanceof PyNone || c instanceof PyComplex || c instanceof PyFunction;
        if (scalar || c instanceof PyInstance i && i.type().lookup("__iter__") == null && i.type().lookup("__getitem__") == null) {
            throw Errors.type("argument of type '" + Errors.typeName(c) + "' is not iterable");
        }
        Object it = Ops.iter(c);
        for (Object o; (o = Ops.next(it)) != null; ) if (Compare.eq(o, x)) return true;
        return false;
    }

    static Object repeat(Object a, PyInt n) {
        long k = Math.max(0, n.isSmall() ? n.v : 0);
        if (a instanceof PyStr s) return PyStr.of(s.s.repeat((int) k));
        if (a instanceof PyList l) {
            PyList r = new PyList();
            for (long i = 0; i < k; i++) r.items.addAll(l.items);
            return r;
        }
        if (a instanceof PyTuple t) {
            List<Object> r = new ArrayList<>();
            for (long i = 0; i < k; i++) r.addAll(List.of(t.items));
            return PyTuple.of(r.toArray());
        }
        if (a instanceof PyBytes b) {
            byte[] r = new byte[(int) (b.b.length * k)];
            for (int i = 0; i < k; i++) System.arraycopy(b.b, 0, r, i * b.b.length, b.b.length);
            return PyByteArray.like(b, r);
        }
        return null;
    }
}
