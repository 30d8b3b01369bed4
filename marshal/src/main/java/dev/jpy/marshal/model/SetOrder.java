package dev.jpy.marshal.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which CPython 3.13 iterates a set or frozenset, found by replaying how
 * {@code Objects/setobject.c} fills its hash table.
 *
 * <p>{@code marshal.loads} builds a set or frozenset by starting from an empty one and adding the
 * elements one at a time in the order the file stores them, and {@code frozenset(iterable)} does the
 * same for a tuple or list; iteration then walks the table from slot 0 up. The table starts with 8
 * slots. An element goes to slot {@code hash & mask}; if that is taken, the next
 * {@value #LINEAR_PROBES} slots are tried as well when they lie inside the table, and then the
 * probe jumps to {@code (i * 5 + 1 + perturb) & mask} with {@code perturb} (the hash, unsigned)
 * shifted right by 5 on each jump. An element equal to one already there (same hash, then Python
 * {@code ==}) is not added. When {@code 5 * fill >= 3 * mask} after an insertion, the table grows to
 * the smallest power of two above {@code 4 * used} ({@code 2 * used} past 50000 elements) and the
 * elements are put in again in their old slot order. Nothing is ever removed here, so there are no
 * dummy slots.
 *
 * <p>Hashes come from {@link PyHash}, so sets holding {@code Ellipsis}, {@code StopIteration} or a NaN
 * (which CPython hashes by address) get an order that CPython need not agree with.
 */
public final class SetOrder {
    private SetOrder() {}

    /** Slots tried one after another before the probe jumps ({@code LINEAR_PROBES}). */
    public static final int LINEAR_PROBES = 9;
    /** Right shift of {@code perturb} per jump ({@code PERTURB_SHIFT}). */
    public static final int PERTURB_SHIFT = 5;
    /** Slots of a new set ({@code PySet_MINSIZE}). */
    public static final int MIN_SIZE = 8;

    /**
     * The elements of the set built by adding {@code insertionOrder} one at a time, in CPython's
     * iteration order; of equal elements only the first added is kept.
     */
    public static List<PyObj> iterationOrder(List<PyObj> insertionOrder) {
        Table t = new Table();
        for (PyObj o : insertionOrder) t.add(o, PyHash.hash(o));
        List<PyObj> out = new ArrayList<>(t.used);
        for (PyObj k : t.keys) if (k != null) out.add(k);
        return out;
    }

    /** The hash table of a set, without removal. */
    private static final class Table {
        PyObj[] keys = new PyObj[MIN_SIZE];
        long[] hashes = new long[MIN_SIZE];
        int mask = MIN_SIZE - 1;
        int fill;
        int used;

        void add(PyObj key, long hash) {
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObj k = keys[j];
                    if (k == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (hashes[j] == hash && (k == key || equal(k, key))) return;
                    if (probes-- == 0) break;
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }

        private void resize(int minUsed) {
            int size = MIN_SIZE;
            while (size <= minUsed) size <<= 1;
            PyObj[] oldKeys = keys;
            long[] oldHashes = hashes;
            keys = new PyObj[size];
            hashes = new long[size];
            mask = size - 1;
            fill = used;
            for (int s = 0; s < oldKeys.length; s++) if (oldKeys[s] != null) insertClean(oldKeys[s], oldHashes[s]);
        }

        /** Puts a key known to be absent into the first free slot of its probe sequence. */
        private void insertClean(PyObj key, long hash) {
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                if (keys[i] == null) {
                    keys[i] = key;
                    hashes[i] = hash;
                    return;
                }
                if (i + LINEAR_PROBES <= mask) {
                    for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                        if (keys[j] == null) {
                            keys[j] = key;
                            hashes[j] = hash;
                            return;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /**
     * {@code PyObject_RichCompareBool(a, b, Py_EQ)}: Python's {@code a == b} with the shortcut that
     * the same object is equal to itself, for the model's values, as a set lookup asks it once the hashes agree:
     * numbers compare by value across bool, int, float and complex ({@code 1 == 1.0 == True == 1+0j},
     * NaN equals nothing); str, bytes and the singletons by content; tuples item by item (an item
     * that is the same Java object counts as equal, as CPython's identity shortcut does);
     * frozensets as sets. Code objects compare structurally.
     */
    public static boolean equal(PyObj a, PyObj b) {
        if (a == b) return true; // PyObject_RichCompareBool's identity shortcut
        if (isNumber(a)) return isNumber(b) && numEqual(a, b);
        return switch (a) {
            case PyStr s -> b instanceof PyStr t && s.equals(t);
            case PyBytes s -> b instanceof PyBytes t && s.equals(t);
            case PyNone n -> b instanceof PyNone;
            case PyEllipsis e -> b instanceof PyEllipsis;
            case PyStopIteration s -> b instanceof PyStopIteration;
            case PyNull n -> b instanceof PyNull;
            case PyTuple t -> b instanceof PyTuple u && seqEqual(t.items(), u.items());
            case PyList t -> b instanceof PyList u && seqEqual(t.items(), u.items());
            case PyFrozenSet s -> setEqual(s.items(), b);
            case PySet s -> setEqual(s.items(), b);
            case PyDict d -> b instanceof PyDict e && dictEqual(d, e);
            default -> a.equals(b);
        };
    }

    private static boolean seqEqual(List<PyObj> x, List<PyObj> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) {
            PyObj p = x.get(i), q = y.get(i);
            if (p != q && !equal(p, q)) return false;
        }
        return true;
    }

    private static boolean setEqual(List<PyObj> items, PyObj other) {
        List<PyObj> otherItems;
        if (other instanceof PyFrozenSet f) otherItems = f.items();
        else if (other instanceof PySet s) otherItems = s.items();
        else return false;
        List<PyObj> x = PyHash.distinct(items), y = PyHash.distinct(otherItems);
        if (x.size() != y.size()) return false;
        long[] hy = new long[y.size()];
        for (int i = 0; i < hy.length; i++) hy[i] = PyHash.hash(y.get(i));
        outer:
        for (PyObj p : x) {
            long h = PyHash.hash(p);
            for (int i = 0; i < hy.length; i++) if (hy[i] == h && (p == y.get(i) || equal(p, y.get(i)))) continue outer;
            return false;
        }
        return true;
    }

    private static boolean dictEqual(PyDict d, PyDict e) {
        if (d.entries().size() != e.entries().size()) return false;
        outer:
        for (PyDict.Entry x : d.entries()) {
            for (PyDict.Entry y : e.entries()) {
                if (equal(x.key(), y.key())) {
                    if (!equal(x.value(), y.value())) return false;
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isNumber(PyObj o) {
        return o instanceof PyBool || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static boolean numEqual(PyObj a, PyObj b) {
        // complex: compare both parts; the other side's imaginary part is 0
        if (a instanceof PyComplex || b instanceof PyComplex) {
            double ai = a instanceof PyComplex c ? c.imag() : 0.0;
            double bi = b instanceof PyComplex c ? c.imag() : 0.0;
            if (ai != bi) return false;
            if (a instanceof PyComplex c && b instanceof PyComplex d) return c.real() == d.real();
            if (a instanceof PyComplex c) return realEqual(c.real(), b);
            return realEqual(((PyComplex) b).real(), a);
        }
        if (a instanceof PyFloat f) return realEqual(f.value(), b);
        if (b instanceof PyFloat f) return realEqual(f.value(), a);
        return intValue(a).equals(intValue(b));
    }

    /** {@code x == o} for a float x and a bool, int or float o. */
    private static boolean realEqual(double x, PyObj o) {
        if (o instanceof PyFloat f) return x == f.value();
        if (Double.isNaN(x) || Double.isInfinite(x)) return false;
        if (o instanceof PyInt i && i.fitsLong()) {
            long v = i.longValue();
            // exact when v fits in 53 bits; otherwise compare exactly below
            if (Math.abs(v) < (1L << 53)) return x == (double) v;
        }
        if (x != Math.rint(x)) return false;
        return new BigDecimal(x).toBigIntegerExact().equals(intValue(o));
    }

    private static BigInteger intValue(PyObj o) {
        if (o instanceof PyBool b) return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        return ((PyInt) o).bigValue();
    }
}
