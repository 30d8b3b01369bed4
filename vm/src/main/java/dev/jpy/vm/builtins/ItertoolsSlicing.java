package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/** itertools.islice, groupby, tee and zip_longest: the iterators that slice, group, copy or pad. */
final class ItertoolsSlicing {
    private ItertoolsSlicing() {}

    static void install(PyDict d) {
        PyType islice = ItertoolsModule.type(d, "itertools", "islice", null);
        islice.constructor = (a, k) -> islice(islice, a, k);
        PyType grouper = ItertoolsModule.type(null, "itertools", "_grouper", null);
        PyType groupby = ItertoolsModule.type(d, "itertools", "groupby", null);
        groupby.constructor = (a, k) -> {
            Args.onlyKeywords("groupby", k, "iterable", "key");
            Object it = Ops.iter(ItertoolsModule.required("groupby", a, k, 0, "iterable"));
            Object key = ItertoolsModule.optional(a, k, 1, "key");
            return new GroupBy(groupby, grouper, it, key == null || key == PyNone.NONE ? null : key);
        };
        PyType tee = ItertoolsModule.type(null, "itertools", "_tee", null);
        dev.jpy.vm.builtins.Args.def(d, "tee", (a, k) -> {
            ItertoolsModule.exact("tee", a, k, 1, 2);
            long n = a.length > 1 ? Ops.index(a[1]) : 2;
            if (n < 0) throw Errors.value("n must be >= 0");
            Object src = Ops.iter(a[0]);
            List<ArrayDeque<Object>> queues = new ArrayList<>();
            Object[] out = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                ArrayDeque<Object> q = new ArrayDeque<>();
                queues.add(q);
                out[i] = new PyIter(tee) {
                    @Override public Object next() {
                        if (!q.isEmpty()) return q.poll();
                        Object v = Ops.next(src);
                        if (v != null) for (ArrayDeque<Object> other : queues) if (other != q) other.add(v);
                        return v;
                    }
                };
            }
            return PyTuple.of(out);
        });
        PyType zipLongest = ItertoolsModule.type(d, "itertools", "zip_longest", null);
        zipLongest.constructor = (a, k) -> {
            Args.onlyKeywords("zip_longest", k, "fillvalue");
            Object fv = Args.kw(a, k, "fillvalue");
            Object fill = fv == null ? PyNone.NONE : fv;
            int n = Args.npos(a, k);
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) its[i] = Ops.iter(a[i]);
            return new PyIter(zipLongest) {
                int active = n;

                @Override public Object next() {
                    if (active == 0) return null;
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = its[i] == null ? null : Ops.next(its[i]);
                        if (v == null && its[i] != null) {
                            its[i] = null;
                            if (--active == 0) return null;
                        }
                        row[i] = v == null ? fill : v;
                    }
                    return PyTuple.of(row);
                }
            };
        };
    }

    private static final String STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static Object islice(PyType t, Object[] a, PyTuple k) {
        ItertoolsModule.exact("islice", a, k, 2, 4);
        Object it = Ops.iter(a[0]);
        long start = 0, step = 1, stop;
        if (a.length == 2) {
            stop = bound(a[1], STOP_MSG);
        } else {
            start = a[1] == PyNone.NONE ? 0 : bound(a[1], INDEX_MSG);
            stop = bound(a[2], STOP_MSG);
            if (a.length == 4 && a[3] != PyNone.NONE) {
                step = a[3] instanceof PyInt i && i.isSmall() ? i.v : -1;
                if (step < 1) throw Errors.value("Step for islice() must be a positive integer or None.");
            }
        }
        long first = start, stride = step, end = stop;
        return new PyIter(t) {
            long next = first, cnt;

            @Override public Object next() {
                while (cnt < next) {
                    if (Ops.next(it) == null) { next = cnt; return null; }
                    cnt++;
                }
                if (end != -1 && cnt >= end) return null;
                Object v = Ops.next(it);
                if (v == null) return null;
                cnt++;
                next += stride;
                if (end != -1 && next > end) next = end;
                return v;
            }
        };
    }

    /** An islice bound: -1 for None, else a non-negative int. */
    private static long bound(Object o, String msg) {
        if (o == PyNone.NONE) return -1;
        if (!(o instanceof PyInt i)) throw Errors.value(msg);
        long v = i.isSmall() ? i.v : i.signum() < 0 ? -1 : Long.MAX_VALUE;
        if (v < 0) throw Errors.value(msg);
        return v;
    }

    /** groupby's state: the current key and value, shared with the group iterators it hands out. */
    private static final class GroupBy extends PyIter {
        final PyType grouperType;
        final Object it, key;
        Object tgtKey, currKey, currValue;
        PyIter currGrouper;

        GroupBy(PyType t, PyType grouperType, Object it, Object key) {
            super(t);
            this.grouperType = grouperType;
            this.it = it;
            this.key = key;
        }

        boolean step() {
            Object v = Ops.next(it);
            if (v == null) return false;
            currKey = key == null ? v : Ops.call(key, v);
            currValue = v;
            return true;
        }

        @Override public Object next() {
            currGrouper = null;
            while (true) {
                if (currKey != null && (tgtKey == null || !Compare.eq(tgtKey, currKey))) break;
                if (!step()) return null;
            }
            tgtKey = currKey;
            Object target = tgtKey;
            PyIter g = new PyIter(grouperType) {
                @Override public Object next() {
                    if (currGrouper != this) return null;
                    if (currValue == null && !step()) return null;
                    if (!Compare.eq(target, currKey)) return null;
                    Object r = currValue;
                    currValue = null;
                    return r;
                }
            };
            currGrouper = g;
            return PyTuple.of(currKey, g);
        }
    }
}
