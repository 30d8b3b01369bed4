package dev.jpy.vm.object;

import java.util.List;

/** A slice object (start, stop, step; each may be None). */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override public PyType type() { return Types.SLICE; }

    @Override public boolean equals(Object o) { return o instanceof PySlice s && (s == this || parts().equals(s.parts())); }

    @Override public int hashCode() { return (int) hash(); }

    /** (start, stop, step): slices compare as these tuples do. */
    List<Object> parts() { return List.of(start, stop, step); }

    /** CPython's slice hash: the tuple hash's xxHash lanes over start, stop and step, without the length term. */
    public long hash() {
        long acc = 0x27D4EB2F165667C5L;
        for (Object x : parts()) {
            acc += Ops.hash(x) * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        return acc == -1 ? 1546275796 : acc;
    }

    /** Resolves against a sequence length: {start, stop, step, count}, as PySlice_AdjustIndices. */
    public long[] indices(long len) {
        long st = step == PyNone.NONE ? 1 : Math.max(-Long.MAX_VALUE, index(step));
        if (st == 0) throw Errors.value("slice step cannot be zero");
        long lo, hi;
        if (st > 0) { lo = 0; hi = len; } else { lo = -1; hi = len - 1; }
        long a = start == PyNone.NONE ? (st > 0 ? lo : hi) : clamp(index(start), len, lo, hi);
        long b = stop == PyNone.NONE ? (st > 0 ? hi : lo) : clamp(index(stop), len, lo, hi);
        long n;
        if (st > 0) n = a < b ? (b - a - 1) / st + 1 : 0;
        else n = b < a ? (a - b - 1) / (-st) + 1 : 0;
        return new long[] {a, b, st, n};
    }

    /** A slice bound as a long, an int beyond clipped to the long range (as CPython's _PyEval_SliceIndex). */
    private static long index(Object o) {
        if (!(o instanceof PyInt) && !(o instanceof PyInstance i && i.type().lookup("__index__") != null)) {
            throw Errors.type("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.indexInt(o);
        return i.isSmall() ? i.v : i.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    private static long clamp(long i, long len, long lo, long hi) {
        if (i < 0) { i += len; if (i < lo) i = lo; }
        else if (i > hi) i = hi;
        return i;
    }
}
