package dev.jpy.vm.object;

/** A slice object (start, stop, step; each may be None). */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return Types.SLICE; }

    /** Resolves against a sequence length: {start, stop, step, count}, as PySlice_AdjustIndices. */
    public long[] indices(long len) {
        long st = step == PyNone.NONE ? 1 : Ops.index(step);
        if (st == 0) throw Errors.value("slice step cannot be zero");
        long lo, hi;
        if (st > 0) { lo = 0; hi = len; } else { lo = -1; hi = len - 1; }
        long a = start == PyNone.NONE ? (st > 0 ? lo : hi) : clamp(Ops.index(start), len, lo, hi);
        long b = stop == PyNone.NONE ? (st > 0 ? hi : lo) : clamp(Ops.index(stop), len, lo, hi);
        long n;
        if (st > 0) n = a < b ? (b - a - 1) / st + 1 : 0;
        else n = b < a ? (a - b - 1) / (-st) + 1 : 0;
        return new long[] {a, b, st, n};
    }

    private static long clamp(long i, long len, long lo, long hi) {
        if (i < 0) { i += len; if (i < lo) i = lo; }
        else if (i > hi) i = hi;
        return i;
    }
}
