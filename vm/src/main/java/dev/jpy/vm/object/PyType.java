package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** A type: name, bases, the C3 method resolution order and the class dict. */
public final class PyType extends PyObject {
    /** How instances of a type are laid out in Java (inherited from the first base that has one). */
    public enum Layout { OBJECT, EXCEPTION, BUILTIN }

    public String name;
    public String module = "builtins";
    /** The name error messages print when it differs from {@code name}: CPython's tp_name of a C type written in Python here ("datetime.date"). */
    public String tpName;
    public PyType[] bases;
    public PyType[] mro;
    public final PyDict dict = new PyDict(new VersionedMap.TypeDict());
    public final Layout layout;
    /** Builds an instance of this builtin type from call arguments (null for classes made in Python). */
    public PyBuiltin.Body constructor;
    private PyType metatype;
    public final boolean heap;
    /** Non-null when instances have no __dict__ (the class and its bases define __slots__ without it): the class's own slot names. */
    public java.util.Set<String> slots;
    /** How many slot values instances carry (the member descriptors of the class and its bases index into them). */
    public int slotCount;
    /** The nearest class in the MRO that declared a nonempty __slots__ (this or a base), or null: the instance lay-out. */
    public PyType slotBase;

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

    /** {@link #hooks()} bits: the class (or a base) defines __getattribute__ / __setattr__ / __delattr__ in Python. */
    public static final int GETATTRIBUTE = 1, SETATTR = 2, DELATTR = 4;
    private static final PyStr[] HOOK_NAMES = {PyStr.intern("__getattribute__"), PyStr.intern("__setattr__"), PyStr.intern("__delattr__")};
    private int hooks, hooksVersion = -1;

    /**
     * Which of the attribute hooks instances must go through (an or of {@link #GETATTRIBUTE}, {@link #SETATTR},
     * {@link #DELATTR}): set when the MRO finds one that is not a builtin (object's). Valid for one type version,
     * so a hook assigned to a class later is seen by the inline caches, which are filled again.
     */
    public int hooks() {
        if (hooksVersion != version) {
            int h = 0;
            if (heap) {
                for (int i = 0; i < HOOK_NAMES.length; i++) {
                    Object v = lookup(HOOK_NAMES[i]);
                    if (v != null && !(v instanceof PyBuiltin)) h |= 1 << i;
                }
            }
            hooks = h;
            hooksVersion = version;
        }
        return hooks;
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
