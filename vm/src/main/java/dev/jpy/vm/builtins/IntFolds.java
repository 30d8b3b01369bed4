package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyTuple;
import java.util.List;

/**
 * min(), max() and sum() over a list or tuple of ints that fit a long (exact ints, no subclass), as Java longs: no
 * rich comparison or BINARY_OP dispatch per item. Each returns null as soon as an item (or an overflow) needs the
 * general path, which then starts over: nothing observable has happened (no Python code ran).
 */
final class IntFolds {
    private IntFolds() {}

    /** The items of an exact list or tuple, else null. */
    static List<Object> items(Object o) {
        if (o.getClass() == PyList.class) return ((PyList) o).items;
        if (o.getClass() == PyTuple.class) return java.util.Arrays.asList(((PyTuple) o).items);
        return null;
    }

    private static boolean small(Object o) { return o.getClass() == PyInt.class && ((PyInt) o).isSmall(); }

    /** The first largest (max) or smallest item, as max() and min() pick it; null: not all such ints, or empty. */
    static Object extreme(List<Object> items, boolean max) {
        int n = items.size();
        if (n == 0 || !small(items.get(0))) return null;
        int best = 0;
        long bv = ((PyInt) items.get(0)).v;
        for (int i = 1; i < n; i++) {
            Object x = items.get(i);
            if (!small(x)) return null;
            long v = ((PyInt) x).v;
            if (max ? v > bv : v < bv) {
                bv = v;
                best = i;
            }
        }
        return items.get(best);
    }

    /** start + the items; null: not all such ints, or the sum overflows a long. */
    static Object sum(List<Object> items, Object start) {
        if (!small(start)) return null;
        long acc = ((PyInt) start).v;
        for (int i = 0, n = items.size(); i < n; i++) {
            Object x = items.get(i);
            if (!small(x)) return null;
            long v = ((PyInt) x).v, r = acc + v;
            if (((acc ^ r) & (v ^ r)) < 0) return null;
            acc = r;
        }
        return PyInt.of(acc);
    }
}
