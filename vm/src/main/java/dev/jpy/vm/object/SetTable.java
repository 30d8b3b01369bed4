package dev.jpy.vm.object;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The hash table of a set or frozenset, filled, probed, emptied and resized as CPython 3.13's
 * {@code Objects/setobject.c} does, so that iteration (slot 0 upward) gives CPython's order.
 *
 * <p>A key goes to slot {@code hash & mask}; a taken slot is followed by up to {@link #LINEAR_PROBES}
 * neighbours (when they lie inside the table), then the probe jumps to {@code (i * 5 + 1 + perturb) & mask}
 * with {@code perturb >>= 5}. A removed key leaves a dummy (hash -1); an add that then meets an empty slot
 * takes the last dummy it passed instead, if any. After an add
 * into a never-used slot, {@code fill * 5 >= mask * 3} grows the table to the smallest power of two above
 * {@code used * 4} ({@code used * 2} past 50000), reinserting the keys in slot order. Keys compare by identity,
 * then equal hash and Python {@code ==}.
 */
public final class SetTable extends AbstractSet<Object> {
    public static final int MIN_SIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();

    private Object[] keys;
    private long[] hashes;
    private int mask, fill, used, finger;
    /** Bumped by every change in size, so iterators can detect "Set changed size during iteration". */
    public int version;

    public SetTable() { reset(MIN_SIZE); }

    private void reset(int size) {
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used = 0;
    }

    @Override public int size() { return used; }

    @Override public boolean add(Object key) { return addHashed(key, Ops.hash(key)); }

    @Override public boolean contains(Object key) { return find(key, Ops.hash(key)) >= 0; }

    @Override public boolean remove(Object key) { return discard(key, Ops.hash(key)); }

    @Override public void clear() {
        reset(MIN_SIZE);
        version++;
    }

    /** Adds a key whose hash is known; false when an equal key is already there. */
    public boolean addHashed(Object key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        int freeslot = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        version++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    version++;
                    if ((long) fill * 5 >= (long) m * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return true;
                }
                if (k == DUMMY) {
                    freeslot = j; // CPython 3.13 keeps the last dummy passed, not the first
                } else if (hashes[j] == hash && (k == key || Compare.eq(k, key))) {
                    return false;
                }
                if (probes-- == 0) break;
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** The slot of a key equal to {@code key}, or -1. */
    private int find(Object key, long hash) {
        int m = mask;
        int i = (int) (hash & m);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[j] == hash && (k == key || Compare.eq(k, key))) return j;
                if (probes-- == 0) break;
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    public boolean containsHashed(Object key, long hash) { return find(key, hash) >= 0; }

    public boolean discard(Object key, long hash) {
        int j = find(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    /** set.pop(): the first live slot from the finger on. */
    public Object pop() {
        if (used == 0) throw new NoSuchElementException();
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) i = (i + 1) & mask;
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        version++;
        finger = i + 1;
        return k;
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) size <<= 1;
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = used;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used = n;
        for (int s = 0; s < oldKeys.length; s++) {
            Object k = oldKeys[s];
            if (k != null && k != DUMMY) insertClean(k, oldHashes[s]);
        }
    }

    /** Puts a key known to be absent into the first empty slot of its probe sequence (no dummies exist). */
    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) { keys[j] = key; hashes[j] = hash; return; }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_merge: adds every key of another table, as set.update(other_set) and set(other_set) do. */
    public void merge(SetTable other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = used = other.used;
            for (int s = 0; s <= other.mask; s++) {
                Object k = other.keys[s];
                if (k != null && k != DUMMY) insertClean(k, other.hashes[s]);
            }
            version++;
            return;
        }
        for (int s = 0; s <= other.mask; s++) {
            Object k = other.keys[s];
            if (k != null && k != DUMMY) addHashed(k, other.hashes[s]);
        }
    }

    /** After a difference update: rebuilds the table when over a quarter of its slots are dummies. */
    public void shrinkIfSparse() {
        if (fill - used > mask / 4) resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Takes over another table's slots (set_swap_bodies, as {@code &=} does). */
    public void replaceWith(SetTable o) {
        keys = o.keys;
        hashes = o.hashes;
        mask = o.mask;
        fill = o.fill;
        used = o.used;
        version++;
    }

    /** The resize set.update(dict) does before adding the dict's keys. */
    public void presize(int extra) {
        if ((long) (fill + extra) * 5 >= (long) mask * 3) resize((used + extra) * 2);
    }

    /** The number of slots (the set algorithms walk them in order with keyAt/hashAt). */
    public int capacity() { return mask + 1; }

    /** The key in slot s, or null for an empty or dummy slot. */
    public Object keyAt(int s) {
        Object k = keys[s];
        return k == DUMMY ? null : k;
    }

    public long hashAt(int s) { return hashes[s]; }

    /** hash(frozenset): the shuffled hashes of the keys xor-ed, mixed with the size (frozenset_hash). */
    public long frozenHash() {
        long h = 0;
        for (int s = 0; s <= mask; s++) if (keyAt(s) != null) h ^= shuffle(hashes[s]);
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    @Override public Iterator<Object> iterator() {
        return new Iterator<>() {
            int s = advance(0), last = -1;

            private int advance(int from) {
                while (from <= mask && keyAt(from) == null) from++;
                return from;
            }

            @Override public boolean hasNext() { return s <= mask; }

            @Override public Object next() {
                if (s > mask) throw new NoSuchElementException();
                last = s;
                Object k = keys[s];
                s = advance(s + 1);
                return k;
            }

            @Override public void remove() { discard(keys[last], hashes[last]); }
        };
    }
}
