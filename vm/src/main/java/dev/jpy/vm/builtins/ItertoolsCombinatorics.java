package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import java.util.ArrayList;
import java.util.List;

/** itertools.product, permutations, combinations and combinations_with_replacement, in CPython's lexicographic order. */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {}

    /** Steps an index vector to the next arrangement; false when there is none. */
    private interface Stepper {
        boolean advance(int[] idx);
    }

    static void install(PyDict d) {
        PyType product = ItertoolsModule.type(d, "itertools", "product", null);
        product.constructor = (a, k) -> {
            Args.onlyKeywords("product", k, "repeat");
            Object rep = Args.kw(a, k, "repeat");
            long repeat = rep == null ? 1 : Ops.index(rep);
            if (repeat < 0) throw Errors.value("repeat argument cannot be negative");
            int npos = Args.npos(a, k);
            List<Object[]> pools = new ArrayList<>();
            for (int i = 0; i < npos; i++) pools.add(Ops.toList(a[i]).toArray());
            List<Object[]> all = new ArrayList<>();
            for (long r = 0; r < repeat; r++) all.addAll(pools);
            Object[][] p = all.toArray(new Object[0][]);
            for (Object[] pool : p) if (pool.length == 0) return arrangements(product, p, new int[0], true, idx -> false);
            return arrangements(product, p, new int[p.length], false, idx -> {
                for (int i = idx.length - 1; i >= 0; i--) {
                    if (++idx[i] < p[i].length) return true;
                    idx[i] = 0;
                }
                return false;
            });
        };
        PyType permutations = ItertoolsModule.type(d, "itertools", "permutations", null);
        permutations.constructor = (a, k) -> {
            Args.onlyKeywords("permutations", k, "iterable", "r");
            Object[] pool = Ops.toList(ItertoolsModule.required("permutations", a, k, 0, "iterable")).toArray();
            Object ro = ItertoolsModule.optional(a, k, 1, "r");
            int r = ro == null || ro == PyNone.NONE ? pool.length : size(ro);
            return permutations(permutations, pool, r);
        };
        PyType combinations = ItertoolsModule.type(d, "itertools", "combinations", null);
        combinations.constructor = (a, k) -> {
            Args.onlyKeywords("combinations", k, "iterable", "r");
            Object[] pool = Ops.toList(ItertoolsModule.required("combinations", a, k, 0, "iterable")).toArray();
            int r = size(ItertoolsModule.required("combinations", a, k, 1, "r")), n = pool.length;
            int[] start = new int[r];
            for (int i = 0; i < r; i++) start[i] = i;
            return arrangements(combinations, pools(pool, r), start, r > n, idx -> {
                int i = r - 1;
                while (i >= 0 && idx[i] == i + n - r) i--;
                if (i < 0) return false;
                idx[i]++;
                for (int j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
                return true;
            });
        };
        PyType cwr = ItertoolsModule.type(d, "itertools", "combinations_with_replacement", null);
        cwr.constructor = (a, k) -> {
            Args.onlyKeywords("combinations_with_replacement", k, "iterable", "r");
            Object[] pool = Ops.toList(ItertoolsModule.required("combinations_with_replacement", a, k, 0, "iterable")).toArray();
            int r = size(ItertoolsModule.required("combinations_with_replacement", a, k, 1, "r")), n = pool.length;
            return arrangements(cwr, pools(pool, r), new int[r], n == 0 && r > 0, idx -> {
                int i = r - 1;
                while (i >= 0 && idx[i] == n - 1) i--;
                if (i < 0) return false;
                int v = idx[i] + 1;
                for (int j = i; j < r; j++) idx[j] = v;
                return true;
            });
        };
    }

    private static int size(Object o) {
        long r = Ops.index(o);
        if (r < 0) throw Errors.value("r must be non-negative");
        return (int) Math.min(r, Integer.MAX_VALUE);
    }

    private static Object[][] pools(Object[] pool, int r) {
        Object[][] p = new Object[r][];
        java.util.Arrays.fill(p, pool);
        return p;
    }

    /** Yields (pools[i][idx[i]] ...) for idx, then for each index vector the stepper produces. */
    private static PyIter arrangements(PyType t, Object[][] pools, int[] start, boolean empty, Stepper step) {
        return new PyIter(t) {
            final int[] idx = start;
            boolean done = empty, first = true;

            @Override public Object next() {
                if (done) return null;
                if (!first && !step.advance(idx)) { done = true; return null; }
                first = false;
                Object[] row = new Object[idx.length];
                for (int i = 0; i < idx.length; i++) row[i] = pools[i][idx[i]];
                return PyTuple.of(row);
            }
        };
    }

    /** r-length permutations by the cycles method, so the order is CPython's. */
    private static PyIter permutations(PyType t, Object[] pool, int r) {
        int n = pool.length;
        return new PyIter(t) {
            final int[] indices = new int[n], cycles = new int[Math.max(r, 0)];
            boolean done = r > n, first = true;

            {
                for (int i = 0; i < n; i++) indices[i] = i;
                for (int i = 0; i < r && r <= n; i++) cycles[i] = n - i;
            }

            @Override public Object next() {
                if (done) return null;
                if (!first && !advance()) { done = true; return null; }
                first = false;
                Object[] row = new Object[r];
                for (int i = 0; i < r; i++) row[i] = pool[indices[i]];
                return PyTuple.of(row);
            }

            private boolean advance() {
                for (int i = r - 1; i >= 0; i--) {
                    if (--cycles[i] == 0) {
                        int moved = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = moved;
                        cycles[i] = n - i;
                    } else {
                        int j = n - cycles[i], tmp = indices[i];
                        indices[i] = indices[j];
                        indices[j] = tmp;
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
