package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import java.util.Comparator;

/**
 * Sort fast paths: when every key is an int that fits a long, or every key is a float and none is NaN, the
 * keys compare as Java numbers without the rich-comparison dispatch (same order and stability as Python's).
 */
final class SortKeys {
    private SortKeys() {}

    /** A comparator of key indexes for these keys, or null when they need the general comparison. */
    static Comparator<Integer> fast(Object[] keys, boolean rev) {
        int n = keys.length;
        if (n > 0 && keys[0].getClass() == PyInt.class) { // exact ints only: a subclass may define its own __lt__
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != PyInt.class || !((PyInt) keys[i]).isSmall()) return null;
                PyInt k = (PyInt) keys[i];
                v[i] = k.v;
            }
            return rev ? (x, y) -> Long.compare(v[y], v[x]) : (x, y) -> Long.compare(v[x], v[y]);
        }
        if (n > 0 && keys[0].getClass() == PyFloat.class) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                if (keys[i].getClass() != PyFloat.class || Double.isNaN(((PyFloat) keys[i]).v)) return null;
                PyFloat k = (PyFloat) keys[i];
                v[i] = k.v;
            }
            // < and > rather than Double.compare, so that -0.0 and 0.0 are equal as in Python
            return rev ? (x, y) -> cmp(v[y], v[x]) : (x, y) -> cmp(v[x], v[y]);
        }
        return null;
    }

    private static int cmp(double a, double b) { return a < b ? -1 : a > b ? 1 : 0; }

    private static final Comparator<Object> ASC = (p, q) -> Long.compare(((PyInt) p).v, ((PyInt) q).v), DESC = ASC.reversed();

    /**
     * Sorts a list of plain ints that fit a long (no key) in place, stably, moving the objects themselves: no index
     * array, no boxing. False (the list untouched) when some item is not such an int.
     */
    static boolean sortInts(java.util.List<Object> items, boolean rev) {
        int n = items.size();
        if (n == 0 || items.get(0).getClass() != PyInt.class) return false;
        Object[] a = items.toArray();
        for (Object o : a) if (o.getClass() != PyInt.class || !((PyInt) o).isSmall()) return false;
        java.util.Arrays.sort(a, rev ? DESC : ASC);
        for (int i = 0; i < n; i++) items.set(i, a[i]);
        return true;
    }
}
