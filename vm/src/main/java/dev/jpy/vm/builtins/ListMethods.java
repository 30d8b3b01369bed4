package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The methods of list and tuple. */
final class ListMethods {
    private ListMethods() {}

    static ArrayList<Object> items(Object[] a) { return ((PyList) a[0]).items; }

    static void install() {
        var t = Types.LIST;
        Args.method(t, "append", (a, k) -> { Args.methodCount("list.append", a, k, 1, 1); items(a).add(a[1]); return PyNone.NONE; });
        Args.method(t, "extend", (a, k) -> { items(a).addAll(Ops.toList(a[1])); return PyNone.NONE; });
        Args.method(t, "insert", (a, k) -> {
            List<Object> l = items(a);
            long i = Ops.index(a[1]);
            if (i < 0) i = Math.max(0, i + l.size());
            l.add((int) Math.min(i, l.size()), a[2]);
            return PyNone.NONE;
        });
        Args.method(t, "pop", (a, k) -> {
            List<Object> l = items(a);
            if (l.isEmpty()) throw Errors.index("pop from empty list");
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (i < 0) i += l.size();
            if (i < 0 || i >= l.size()) throw Errors.index("pop index out of range");
            return l.remove((int) i);
        });
        Args.method(t, "remove", (a, k) -> {
            List<Object> l = items(a);
            for (int i = 0; i < l.size(); i++) {
                if (Compare.eq(l.get(i), a[1])) { l.remove(i); return PyNone.NONE; }
            }
            throw Errors.value("list.remove(x): x not in list");
        });
        Args.method(t, "index", (a, k) -> {
            Args.methodCount("index", a, k, 1, 3);
            List<Object> l = items(a);
            long[] r = searchRange(a, l.size());
            for (int i = (int) r[0]; i < Math.min(r[1], l.size()); i++) if (Compare.eq(l.get(i), a[1])) return PyInt.of(i);
            throw Errors.value(Ops.repr(a[1]) + " is not in list");
        });
        Args.method(t, "count", (a, k) -> PyInt.of(items(a).stream().filter(x -> Compare.eq(x, a[1])).count()));
        Args.method(t, "reverse", (a, k) -> { Collections.reverse(items(a)); return PyNone.NONE; });
        Args.method(t, "clear", (a, k) -> { items(a).clear(); return PyNone.NONE; });
        Args.method(t, "copy", (a, k) -> new PyList(items(a)));
        Args.method(t, "sort", (a, k) -> {
            if (Args.npos(a, k) > 1) throw Errors.type("sort() takes no positional arguments");
            Args.onlyKeywords("sort", k, "key", "reverse");
            sort((PyList) a[0], Args.kw(a, k, "key"), Args.kw(a, k, "reverse"));
            return PyNone.NONE;
        });
        Args.method(Types.TUPLE, "index", (a, k) -> {
            Args.methodCount("index", a, k, 1, 3);
            Object[] l = ((PyTuple) a[0]).items;
            long[] r = searchRange(a, l.length);
            for (int i = (int) r[0]; i < r[1]; i++) if (Compare.eq(l[i], a[1])) return PyInt.of(i);
            throw Errors.value("tuple.index(x): x not in tuple");
        });
        Args.method(Types.TUPLE, "count", (a, k) -> {
            int c = 0;
            for (Object x : ((PyTuple) a[0]).items) if (Compare.eq(x, a[1])) c++;
            return PyInt.of(c);
        });
    }

    /** The optional start and stop arguments of index(value, start, stop), clamped to 0..len like a slice's. */
    private static long[] searchRange(Object[] a, int len) {
        return new dev.jpy.vm.object.PySlice(a.length > 2 ? a[2] : PyNone.NONE, a.length > 3 ? a[3] : PyNone.NONE, PyNone.NONE).indices(len);
    }

    /**
     * Python's list.sort: stable, with or without reverse. As in CPython the list looks empty while the keys are
     * computed and compared; a change made meanwhile is dropped and reported as "list modified during sort".
     */
    static void sort(PyList l, Object key, Object reverse) {
        boolean rev = reverse != null && Ops.truthy(reverse);
        List<Object> items = l.items;
        boolean noKey = key == null || key == PyNone.NONE;
        if (noKey && SortKeys.sortInts(items, rev)) return;
        Object[] values = items.toArray();
        items.clear();
        boolean done = false;
        try {
            Object[] keys = values;
            if (!noKey) {
                keys = new Object[values.length];
                for (int i = 0; i < values.length; i++) keys[i] = Ops.call(key, values[i]);
            }
            java.util.Comparator<Integer> cmp = SortKeys.fast(keys, rev);
            if (cmp == null) ListSort.sort(keys, values, rev);
            else sortIndexes(values, cmp);
            done = true;
        } finally {
            boolean modified = !items.isEmpty();
            items.clear();
            Collections.addAll(items, values);
            if (done && modified) throw Errors.value("list modified during sort");
        }
    }

    /** Permutes values by a stable sort of their indexes under cmp (a total order: the result is the algorithm's). */
    private static void sortIndexes(Object[] values, java.util.Comparator<Integer> cmp) {
        int n = values.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        java.util.Arrays.sort(idx, cmp);
        Object[] old = values.clone();
        for (int i = 0; i < n; i++) values[i] = old[idx[i]];
    }

    static boolean isStopIteration(PyRaise e) { return e.exc.type().isSubtype(Types.STOP_ITERATION); }
}
