package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Seq;

/** The bisect module: binary search and insertion in a sorted sequence, with lo, hi and key. */
final class BisectModule implements NativeModule {
    @Override public String name() { return "bisect"; }

    @Override public void init(PyDict d) {
        for (String side : new String[] {"left", "right"}) {
            boolean right = side.equals("right");
            Args.def(d, "bisect_" + side, (a, k) -> PyInt.of(search("bisect_" + side, a, k, right, false)));
            Args.def(d, "insort_" + side, (a, k) -> {
                long at = search("insort_" + side, a, k, right, true);
                if (a[0] instanceof PyList l) l.items.add((int) at, a[1]);
                else Ops.call(Ops.getattr(a[0], PyStr.intern("insert")), PyInt.of(at), a[1]);
                return PyNone.NONE;
            });
        }
        d.put("bisect", d.get("bisect_right"));
        d.put("insort", d.get("insort_right"));
    }

    /** The insertion point of x in a[lo:hi]: after equal items (right) or before them (left). */
    private static long search(String name, Object[] a, PyTuple k, boolean right, boolean insort) {
        Args.onlyKeywords(name, k, "a", "x", "lo", "hi", "key");
        Object seq = ItertoolsModule.required(name, a, k, 0, "a"), x = ItertoolsModule.required(name, a, k, 1, "x");
        Object loArg = ItertoolsModule.optional(a, k, 2, "lo"), hiArg = ItertoolsModule.optional(a, k, 3, "hi");
        Object key = Args.kw(a, k, "key");
        if (key == PyNone.NONE) key = null;
        long lo = loArg == null ? 0 : Ops.index(loArg);
        if (lo < 0) throw Errors.value("lo must be non-negative");
        long hi = hiArg == null || hiArg == PyNone.NONE ? -1 : Ops.index(hiArg);
        if (hi == -1) hi = Ops.len(seq);
        Object probe = insort && key != null ? Ops.call(key, x) : x;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Seq.getitem(seq, PyInt.of(mid));
            if (key != null) item = Ops.call(key, item);
            boolean goLeft = right ? HeapqModule.less(probe, item) : !HeapqModule.less(item, probe);
            if (goLeft) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
