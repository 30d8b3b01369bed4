package dev.jpy.vm.object;

import java.math.BigInteger;

/**
 * A range. Its start, stop, step and length are Java longs ({@code big == null}) whenever they fit and iterating
 * cannot overflow, which is the fast path of FOR_ITER ({@link RangeIter}); a range beyond that
 * ({@code range(10 ** 20)}) keeps them as BigIntegers in {@link #big} and takes the rare paths of {@link Ranges}.
 */
public final class PyRange extends PyObject {
    /** Valid when {@link #big} is null. */
    public final long start, stop, step;
    /** The fields of a range that does not fit longs, else null. */
    public final Ranges.Big big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.big = null;
    }

    PyRange(Ranges.Big big) {
        this.start = this.stop = this.step = 0;
        this.big = big;
    }

    /** The number of items; OverflowError (as CPython's len()) when it does not fit a ssize_t. */
    public long length() {
        if (big != null) {
            if (big.len().bitLength() >= 64) throw Errors.overflow("Python int too large to convert to C ssize_t");
            return big.len().longValue();
        }
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public BigInteger bigStart() { return big != null ? big.start() : BigInteger.valueOf(start); }

    public BigInteger bigStop() { return big != null ? big.stop() : BigInteger.valueOf(stop); }

    public BigInteger bigStep() { return big != null ? big.step() : BigInteger.valueOf(step); }

    public BigInteger bigLength() { return big != null ? big.len() : BigInteger.valueOf(length()); }

    @Override public PyType type() { return Types.RANGE; }

    @Override public boolean equals(Object o) { return o instanceof PyRange r && Ranges.equal(this, r); }

    @Override public int hashCode() { return (int) Ranges.hash(this); }
}
