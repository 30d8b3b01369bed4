package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** The heapq module: a binary min-heap on a list with CPython's sift order, and nlargest/nsmallest/merge. */
final class HeapqModule implements NativeModule {
    @Override public String name() { return "heapq"; }

    @Override public void init(PyDict d) {
        Args.def(d, "heappush", (a, k) -> {
            ItertoolsModule.exact("heappush", a, k, 2, 2);
            List<Object> h = heap(a[0], "heappush() argument 1");
            h.add(a[1]);
            siftDown(h, 0, h.size() - 1);
            return PyNone.NONE;
        });
        Args.def(d, "heappop", (a, k) -> {
            Args.count("heappop", a, k, 1, 1);
            List<Object> h = heap(a[0], "heappop() argument");
            if (h.isEmpty()) throw Errors.index("index out of range");
            Object last = h.remove(h.size() - 1);
            if (h.isEmpty()) return last;
            Object top = h.get(0);
            h.set(0, last);
            siftUp(h, 0);
            return top;
        });
        Args.def(d, "heapreplace", (a, k) -> {
            ItertoolsModule.exact("heapreplace", a, k, 2, 2);
            List<Object> h = heap(a[0], "heapreplace() argument 1");
            if (h.isEmpty()) throw Errors.index("index out of range");
            Object top = h.get(0);
            h.set(0, a[1]);
            siftUp(h, 0);
            return top;
        });
        Args.def(d, "heappushpop", (a, k) -> {
            ItertoolsModule.exact("heappushpop", a, k, 2, 2);
            List<Object> h = heap(a[0], "heappushpop() argument 1");
            Object item = a[1];
            if (!h.isEmpty() && less(h.get(0), item)) {
                Object top = h.get(0);
                h.set(0, item);
                siftUp(h, 0);
                return top;
            }
            return item;
        });
        Args.def(d, "heapify", (a, k) -> {
            Args.count("heapify", a, k, 1, 1);
            List<Object> h = heap(a[0], "heapify() argument");
            for (int i = h.size() / 2 - 1; i >= 0; i--) siftUp(h, i);
            return PyNone.NONE;
        });
        Args.def(d, "nlargest", (a, k) -> firstN(a, k, "nlargest", true));
        Args.def(d, "nsmallest", (a, k) -> firstN(a, k, "nsmallest", false));
        Args.def(d, "merge", (a, k) -> {
            Args.onlyKeywords("merge", k, "key", "reverse");
            List<Object> all = new ArrayList<>();
            for (int i = 0; i < Args.npos(a, k); i++) all.addAll(Ops.toList(a[i]));
            PyList l = new PyList(all);
            ListMethods.sort(l, Args.kw(a, k, "key"), Args.kw(a, k, "reverse"));
            return Ops.iter(l);
        });
    }

    private static List<Object> heap(Object o, String what) {
        if (o instanceof PyList l) return l.items;
        throw Errors.type(what + " must be list, not " + Errors.typeName(o));
    }

    static boolean less(Object a, Object b) { return Compare.compareBool(Compare.LT, a, b); }

    /** Moves the item at pos up towards start while it is smaller than its parent. */
    private static void siftDown(List<Object> h, int start, int pos) {
        Object item = h.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = h.get(parentPos);
            if (!less(item, parent)) break;
            h.set(pos, parent);
            pos = parentPos;
        }
        h.set(pos, item);
    }

    /** Moves the smaller child up until a leaf is reached, then sifts the item down from there (CPython's bottom-up variant). */
    private static void siftUp(List<Object> h, int pos) {
        int end = h.size(), start = pos, child = 2 * pos + 1;
        Object item = h.get(pos);
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(h.get(child), h.get(right))) child = right;
            h.set(pos, h.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        h.set(pos, item);
        siftDown(h, start, pos);
    }

    /** nlargest/nsmallest: as sorted(iterable, key=key, reverse=largest)[:n], which CPython's result equals. */
    private static Object firstN(Object[] a, PyTuple k, String name, boolean largest) {
        Args.onlyKeywords(name, k, "n", "iterable", "key");
        long n = Ops.index(ItertoolsModule.required(name, a, k, 0, "n"));
        PyList l = new PyList(Ops.toList(ItertoolsModule.required(name, a, k, 1, "iterable")));
        Object key = ItertoolsModule.optional(a, k, 2, "key");
        ListMethods.sort(l, key == PyNone.NONE ? null : key, largest ? dev.jpy.vm.object.PyBool.TRUE : null);
        return new PyList(l.items.subList(0, (int) Math.max(0, Math.min(n, l.items.size()))));
    }
}
