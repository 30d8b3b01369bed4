package dev.jpy.vm.object;

/**
 * A dict in insertion order. Keys are run-time objects whose Java equals/hashCode follow Python's
 * {@code __eq__}/{@code __hash__} (1, 1.0 and True are the same key, as in CPython).
 */
public class PyDict extends PyObject {
    public final VersionedMap map;

    public PyDict() { this.map = new VersionedMap(); }

    /** A dict over a given map (type dicts use one that counts its changes). */
    PyDict(VersionedMap map) { this.map = map; }

    @Override public PyType type() { return Types.DICT; }

    public Object get(String key) { return map.get(PyStr.intern(key)); }

    public void put(String key, Object value) { map.put(PyStr.intern(key), value); }

    /** d[key] of dict itself (no __missing__): KeyError when absent, TypeError when key is unhashable. */
    public final Object getItem(Object key) {
        Object v = map.get(key);
        if (v != null) return v;
        Ops.checkHashable(key);
        throw Errors.keyError(key);
    }

    /** d[key] = value of dict itself. */
    public final void setItem(Object key, Object value) {
        Ops.checkHashable(key);
        map.put(key, value);
    }

    @Override public boolean equals(Object o) { return o == this; }

    @Override public int hashCode() { return System.identityHashCode(this); }
}
