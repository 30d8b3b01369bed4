package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** A type: name, bases, the C3 method resolution order and the class dict. */
public final class PyType extends PyObject {
    /** How instances of a type are laid out in Java (inherited from the first base that has one). */
    public enum Layout { OBJECT, EXCEPTION, BUILTIN }

    public String name;
    public String module = "builtins";
    public PyType[] bases;
    public PyType[] mro;
    public final PyDict dict = new PyDict(new VersionedMap.TypeDict());
    public final Layout layout;
    /** Builds an instance of this builtin type from call arguments (null for classes made in Python). */
    public PyBuiltin.Body constructor;
    private PyType metatype;
    public final boolean heap;
    /** The attribute names instances may set when the class and its bases define __slots__ (null: instances have a dict). */
    public java.util.Set<String> slots;

    public PyType(String name, PyType[] bases, Layout layout, boolean heap) {
        this.name = name;
        this.bases = bases;
        this.layout = layout;
        this.heap = heap;
        this.mro = computeMro();
        for (PyType b : bases) b.subclasses.add(new java.lang.ref.WeakReference<>(this));
    }

    /** The direct subclasses, in creation order (type.__subclasses__); weak, as in CPython. */
    public final java.util.List<java.lang.ref.WeakReference<PyType>> subclasses = new java.util.ArrayList<>();

    @Override public PyType type() { return metatype != null ? metatype : Types.TYPE; }

    public void setMetatype(PyType m) { this.metatype = m; }

    /** Bumped by every change to any type's dict; the lookup caches below are valid for one version. */
    static int version;

    /** The current type version: inline caches keyed by it are valid until any type dict changes. */
    public static int version() { return version; }
    private static final Object MISSING = new Object();
    private java.util.HashMap<PyStr, Object> cache;
    private int cacheVersion = -1;

    /** Looks a name up along the MRO; null when absent. Cached per type until any type dict changes. */
    public Object lookup(PyStr name) {
        java.util.HashMap<PyStr, Object> c = cache;
        if (c == null || cacheVersion != version) {
            if (c == null) cache = c = new java.util.HashMap<>();
            else c.clear();
            cacheVersion = version;
        }
        Object v = c.get(name);
        if (v == null) {
            v = lookupMro(name);
            c.put(name, v == null ? MISSING : v);
            return v;
        }
        return v == MISSING ? null : v;
    }

    private Object lookupMro(PyStr name) {
        for (PyType t : mro) {
            Object v = t.dict.map.get(name);
            if (v != null) return v;
        }
        return null;
    }

    public Object lookup(String name) { return lookup(PyStr.intern(name)); }

    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    public void put(String name, Object value) { dict.put(name, value); }

    private PyType[] computeMro() {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro)));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(this);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out.toArray(new PyType[0]);
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType cand = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) if (o.indexOf(cand) > 0) { inTail = true; break; }
                if (!inTail) { next = cand; break; }
            }
            if (next == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
                for (int i = 0; i < bases.length; i++) sb.append(i == 0 ? " " : ", ").append(bases[i].name);
                throw Errors.type(sb.toString());
            }
            out.add(next);
            for (List<PyType> s : seqs) if (s.get(0) == next) s.remove(0);
        }
    }
}
