package dev.jpy.vm.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The map of a dict, laid out as CPython's compact dict: the entries (hash, key, value) in insertion order in
 * parallel arrays, and an open-addressed index of entry numbers probed as CPython probes. Keys compare by identity,
 * then the Java hash, then {@code equals} (which follows Python's {@code __eq__}). Every change bumps
 * {@link #version}; only a change of the set of keys or of the entry positions bumps {@link #keysVersion}, which
 * the interpreter's LOAD_GLOBAL caches are keyed by (they read the value at a cached position); a type's dict
 * ({@link TypeDict}) also bumps {@link PyType#version}, which invalidates all attribute caches. Deleted entries leave a null key until the
 * next resize compacts the arrays, so a Python iterator can walk the entries by position ({@link #limit},
 * {@link #keyAt}, {@link #valueAt}) and see the changes CPython's iterators see.
 */
public class VersionedMap extends AbstractMap<Object, Object> {
    /** Changes whenever the map may have changed. */
    public int version;
    /**
     * Changes whenever a key is added or removed or the entries move (resize, compaction, clear): while it holds,
     * a key's position ({@link #position}) stays valid and {@link #valueAt} there reads its current value.
     */
    public int keysVersion;

    /** Index slots: EMPTY (0, so a new index needs no fill), DUMMY (a deleted entry) or an entry number plus one. */
    private static final int EMPTY = 0, DUMMY = -1, MIN_INDEX = 8;
    private static final int[] NO_INDEX = new int[0];
    private static final Object[] NO_ENTRIES = new Object[0];

    /** Slots holding an entry number plus one, EMPTY or DUMMY; a power of two long, or empty. */
    private int[] index = NO_INDEX;
    private int[] hashes = NO_INDEX;
    private Object[] keys = NO_ENTRIES, values = NO_ENTRIES;
    /** Live entries; entries filled (live or deleted), which is also the number of non-EMPTY slots. */
    private int used, filled;

    /** Whether a change also bumps {@link PyType#version} (a type's dict). */
    private final boolean typeDict;

    public VersionedMap() { this(false); }

    private VersionedMap(boolean typeDict) { this.typeDict = typeDict; }

    /** Counts a change (a plain field test rather than an override, so that every caller inlines it). */
    final void changed() {
        version++;
        if (typeDict) PyType.version++;
    }

    /** The map of a type's dict. */
    static final class TypeDict extends VersionedMap {
        TypeDict() { super(true); }
    }

    // ---------------------------------------------------------------- lookups

    /**
     * The entry number of key, or -1. Keys of the same hash are compared by {@link #eq}, which may run Python's
     * __eq__ and change the dict (then the lookup starts again). (A value compare of exact ints inline here made C2
     * speculate on the key's class and deoptimize when the kind of key changed: slower than the call to equals.)
     */
    private int find(Object key, int h) {
        int[] idx = index, hs = hashes;
        Object[] ks = keys;
        int mask = idx.length - 1, i = h & mask;
        for (int perturb = h; idx.length > 0; ) {
            int e = idx[i] - 1;
            if (e >= 0) {
                Object k = ks[e];
                if (k == key) return e;
                if (hs[e] == h && eq(k, key)) {
                    if (idx != index || ks != keys || ks[e] != k) return find(key, h);  // __eq__ changed the dict: look again
                    return e;
                }
            } else if (e == EMPTY - 1) {
                return -1;
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return -1;
    }

    /** The slot of index that refers to entry e (which is live). */
    private int slotOf(int e, int h) {
        int mask = index.length - 1, i = h & mask;
        for (int perturb = h; index[i] != e + 1; ) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    /** The key's hash truncated to an int (the Java hashCode of a run-time object is its Python hash, cut). */
    private static int hash(Object key) { return key.hashCode(); }

    /** stored == probe as CPython's dict compares them (the stored key first, a subclass's __eq__ before its base's). */
    private static boolean eq(Object stored, Object probe) {
        Class<?> c = stored.getClass();
        if (c == probe.getClass() && (c == PyStr.class || c == PyInt.class)) return stored.equals(probe);
        if (stored instanceof Derived || probe instanceof Derived || stored instanceof PyInstance || probe instanceof PyInstance) return Ops.eqForKey((PyObject) stored, (PyObject) probe);
        return stored.equals(probe);
    }

    @Override public Object get(Object key) {
        int e = find(key, hash(key));
        return e < 0 ? null : values[e];
    }

    @Override public boolean containsKey(Object key) { return find(key, hash(key)) >= 0; }

    /** The entry position of key, or -1; valid while {@link #keysVersion} is unchanged. */
    public int position(Object key) { return find(key, hash(key)); }

    @Override public int size() { return used; }

    @Override public boolean isEmpty() { return used == 0; }

    // ---------------------------------------------------------------- changes

    @Override public Object put(Object key, Object value) {
        changed();
        int h = hash(key), e = find(key, h);
        if (e >= 0) {
            Object old = values[e];
            values[e] = value;
            return old;
        }
        insert(key, h, value);
        return null;
    }

    private void insert(Object key, int h, Object value) {
        if (filled >= keys.length) grow();
        keysVersion++;
        int e = filled++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        used++;
        index[freeSlot(index, h)] = e + 1;  // a new key may take a DUMMY slot only if the probe reaches it first
    }

    /** The first slot along h's probe sequence that holds no live entry (EMPTY or DUMMY). */
    private static int freeSlot(int[] idx, int h) {
        int mask = idx.length - 1, i = h & mask;
        for (int perturb = h; idx[i] > 0; ) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    /** Rebuilds the arrays for about three times the live entries (CPython's growth rate), dropping deleted ones. */
    private void grow() { rebuild(Math.max(used * 3, 1)); }

    private void rebuild(int want) {
        keysVersion++;
        int n = MIN_INDEX;
        while (n * 2 / 3 < want) n <<= 1;
        int cap = n * 2 / 3;
        if (used == filled) {  // no deleted entries: the entries move as they are
            hashes = Arrays.copyOf(hashes, cap);
            keys = Arrays.copyOf(keys, cap);
            values = Arrays.copyOf(values, cap);
        } else {
            int[] nh = new int[cap];
            Object[] nk = new Object[cap], nv = new Object[cap];
            int j = 0;
            for (int e = 0; e < filled; e++) {
                if (keys[e] == null) continue;
                nh[j] = hashes[e];
                nk[j] = keys[e];
                nv[j++] = values[e];
            }
            hashes = nh;
            keys = nk;
            values = nv;
            filled = j;
        }
        index = indexOf(hashes, filled, n);
    }

    /** A new index of n slots for the entries 0 to filled - 1 (no deleted ones) with these hashes. */
    private static int[] indexOf(int[] hs, int filled, int n) {
        int[] idx = new int[n];
        for (int e = 0; e < filled; e++) idx[freeSlot(idx, hs[e])] = e + 1;
        return idx;
    }

    @Override public Object remove(Object key) {
        changed();
        int h = hash(key), e = find(key, h);
        if (e < 0) return null;
        Object old = values[e];
        removeEntry(e);
        return old;
    }

    private void removeEntry(int e) {
        keysVersion++;
        index[slotOf(e, hashes[e])] = DUMMY;
        keys[e] = null;
        values[e] = null;
        used--;
    }

    @Override public void clear() {
        changed();
        keysVersion++;
        index = NO_INDEX;
        hashes = NO_INDEX;
        keys = values = NO_ENTRIES;
        used = filled = 0;
    }

    @Override public void putAll(Map<?, ?> m) {
        changed();
        if (filled == 0 && m instanceof VersionedMap v && v.used > 0 && v.used == v.filled) {  // a copy of a dict without deleted entries: its arrays
            keysVersion++;
            index = v.index.clone();
            hashes = v.hashes.clone();
            keys = v.keys.clone();
            values = v.values.clone();
            used = filled = v.used;
            return;
        }
        if (used == 0 && m instanceof VersionedMap v && v.used > 0) {
            rebuild(v.used);
            for (int e = 0; e < v.filled; e++) if (v.keys[e] != null) insert(v.keys[e], v.hashes[e], v.values[e]);
            return;
        }
        for (Map.Entry<?, ?> x : m.entrySet()) put(x.getKey(), x.getValue());
    }

    /** Makes room for n more entries at once (dict.update, dict(...) of a known size). */
    public void ensureCapacity(int n) {
        if (filled + n > keys.length) rebuild(used + n);
    }

    // ---------------------------------------------------------------- iteration by position

    /** Entry positions run from 0 below this; a position whose {@link #keyAt} is null holds a deleted entry. */
    public int limit() { return filled; }

    public Object keyAt(int e) { return keys[e]; }

    public Object valueAt(int e) { return values[e]; }

    /** Replaces the value of the live entry at position e (a cached {@link #position}): put of a key already there. */
    public void setValueAt(int e, Object value) {
        changed();
        values[e] = value;
    }

    /** The last live entry's position, or -1 (popitem). */
    public int lastPosition() {
        for (int e = filled - 1; e >= 0; e--) if (keys[e] != null) return e;
        return -1;
    }

    @Override public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override public Iterator<Map.Entry<Object, Object>> iterator() { return new Entries(); }

            @Override public int size() { return used; }

            @Override public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> x)) return false;
                int e = find(x.getKey(), hash(x.getKey()));
                return e >= 0 && java.util.Objects.equals(values[e], x.getValue());
            }

            @Override public void clear() { VersionedMap.this.clear(); }
        };
    }

    /** A Java iterator over the live entries; removal through it and setValue count as changes. */
    private final class Entries implements Iterator<Map.Entry<Object, Object>> {
        private final Object[] at = keys;
        private int next = skip(0), last = -1;

        private int skip(int e) {
            while (e < filled && keys[e] == null) e++;
            return e;
        }

        @Override public boolean hasNext() {
            check();
            return next < filled;
        }

        private void check() {
            if (keys != at) throw new java.util.ConcurrentModificationException();
        }

        @Override public Map.Entry<Object, Object> next() {
            if (!hasNext()) throw new NoSuchElementException();
            int e = last = next;
            next = skip(e + 1);
            return new Entry(e);
        }

        @Override public void remove() {
            check();
            if (last < 0 || keys[last] == null) throw new IllegalStateException();
            changed();
            removeEntry(last);
            last = -1;
        }
    }

    private final class Entry implements Map.Entry<Object, Object> {
        private final int e;
        private final Object key;

        Entry(int e) {
            this.e = e;
            this.key = keys[e];
        }

        @Override public Object getKey() { return key; }

        @Override public Object getValue() { return keys[e] == key ? values[e] : null; }

        @Override public Object setValue(Object v) {
            changed();
            Object old = values[e];
            if (keys[e] == key) values[e] = v;
            return old;
        }

        @Override public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> x && key.equals(x.getKey()) && java.util.Objects.equals(getValue(), x.getValue());
        }

        @Override public int hashCode() { return key.hashCode() ^ java.util.Objects.hashCode(getValue()); }
    }
}
