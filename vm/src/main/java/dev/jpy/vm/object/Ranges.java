package dev.jpy.vm.object;

import java.math.BigInteger;

/**
 * The operations of range objects beyond iteration of a long-sized one: construction, indexing and slicing,
 * membership, index/count, equality, hash, repr, reversed(), and every operation on a range that does not fit
 * Java longs ({@code range(10 ** 20)}), done on BigIntegers as CPython does on its ints.
 */
public final class Ranges {
    private Ranges() {}

    /** start, stop, step and length of a range that does not fit longs. */
    public record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger len) {}

    /** The iterator of a range beyond longs (CPython's longrange_iterator). */
    static final PyType LONG_ITERATOR = new PyType("longrange_iterator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    private static final long SAFE = 1L << 61;

    /** range(start, stop, step) of ints; step must not be zero. */
    public static PyRange make(PyInt start, PyInt stop, PyInt step) {
        if (start.isSmall() && stop.isSmall() && step.isSmall() && safe(start.v) && safe(stop.v) && safe(step.v)) {
            return new PyRange(start.v, stop.v, step.v);
        }
        return make(start.bigValue(), stop.bigValue(), step.bigValue());
    }

    private static boolean safe(long v) { return v >= -SAFE && v <= SAFE; }

    /**
     * range(start, stop, step) of BigIntegers: a long-sized range when start, stop, step, the length and
     * stop - start fit longs and stepping past the last item cannot overflow (the bounds of CPython's fast iterator).
     */
    public static PyRange make(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len = length(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && fits(len) && fits(stop.subtract(start)) && fits(stop.add(step))) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(new Big(start, stop, step, len));
    }

    private static boolean fits(BigInteger b) { return b.bitLength() < 64; }

    private static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) return BigInteger.ZERO;
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** r[key] for an int or a slice. */
    public static Object getitem(PyRange r, Object key) {
        if (key instanceof PyInt i) {
            if (r.big == null && i.isSmall()) {
                long len = r.length(), k = i.v < 0 ? i.v + len : i.v;
                if (k < 0 || k >= len) throw outOfRange();
                return PyInt.of(r.start + k * r.step);
            }
            BigInteger k = i.bigValue();
            if (k.signum() < 0) k = k.add(r.bigLength());
            if (k.signum() < 0 || k.compareTo(r.bigLength()) >= 0) throw outOfRange();
            return PyInt.of(item(r, k));
        }
        if (key instanceof PySlice s) {
            BigInteger[] x = indices(s, r.bigLength());
            return make(item(r, x[0]), item(r, x[1]), x[2].multiply(r.bigStep()));
        }
        throw Errors.type(Errors.INDICES_MUST_BE.formatted("range", Errors.typeName(key)));
    }

    private static PyRaise outOfRange() { return Errors.index(Errors.INDEX_OUT_OF_RANGE.formatted("range object")); }

    private static BigInteger item(PyRange r, BigInteger k) { return r.bigStart().add(k.multiply(r.bigStep())); }

    /** slice.indices(length) for any int length, as CPython's _PySlice_GetLongIndices: {start, stop, step}. */
    public static BigInteger[] indices(PySlice s, BigInteger len) {
        BigInteger step = s.step == PyNone.NONE ? BigInteger.ONE : sliceIndex(s.step);
        if (step.signum() == 0) throw Errors.value("slice step cannot be zero");
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO, upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = s.start == PyNone.NONE ? (neg ? upper : lower) : clamp(sliceIndex(s.start), len, lower, upper);
        BigInteger stop = s.stop == PyNone.NONE ? (neg ? lower : upper) : clamp(sliceIndex(s.stop), len, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger sliceIndex(Object o) {
        if (!(o instanceof PyInt) && !(o instanceof PyInstance i && i.type().lookup("__index__") != null)) {
            throw Errors.type("slice indices must be integers or None or have an __index__ method");
        }
        return Ops.indexInt(o).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger len, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** The position of the int v in r, or null when r does not hold it. */
    public static BigInteger position(PyRange r, PyInt v) {
        BigInteger[] qr = v.bigValue().subtract(r.bigStart()).divideAndRemainder(r.bigStep());
        return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(r.bigLength()) < 0 ? qr[0] : null;
    }

    /** {@code v in r} for an int v. */
    public static boolean contains(PyRange r, PyInt v) {
        if (r.big == null && v.isSmall()) {
            long x = v.v;
            if (r.step > 0 ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
            return (x - r.start) % r.step == 0;
        }
        return position(r, v) != null;
    }

    /** range == range: the same items (same length, and the same start and step where they matter). */
    public static boolean equal(PyRange a, PyRange b) {
        BigInteger len = a.bigLength();
        if (!len.equals(b.bigLength())) return false;
        if (len.signum() == 0) return true;
        if (!a.bigStart().equals(b.bigStart())) return false;
        return len.equals(BigInteger.ONE) || a.bigStep().equals(b.bigStep());
    }

    /** hash(range): the hash of (len, start, step), with None for what the length makes irrelevant. */
    public static long hash(PyRange r) {
        BigInteger len = r.bigLength();
        Object start = len.signum() == 0 ? PyNone.NONE : PyInt.of(r.bigStart());
        Object step = len.signum() == 0 || len.equals(BigInteger.ONE) ? PyNone.NONE : PyInt.of(r.bigStep());
        return Ops.hash(PyTuple.of(PyInt.of(len), start, step));
    }

    public static String repr(PyRange r) {
        BigInteger step = r.bigStep();
        return "range(" + r.bigStart() + ", " + r.bigStop() + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    public static boolean truthy(PyRange r) { return r.big != null ? r.big.len().signum() != 0 : r.length() != 0; }

    /** iter(r): the fast long iterator, or a BigInteger one for a range beyond longs. */
    public static PyIter iter(PyRange r) {
        if (r.big == null) return new RangeIter(r);
        Big b = r.big;
        return new PyIter(LONG_ITERATOR) {
            BigInteger cur = b.start(), left = b.len();

            @Override public Object next() {
                if (left.signum() <= 0) return null;
                left = left.subtract(BigInteger.ONE);
                BigInteger v = cur;
                cur = cur.add(b.step());
                return PyInt.of(v);
            }
        };
    }

    /** reversed(r): an iterator over the range that runs from its last item backwards. */
    public static PyIter reversed(PyRange r) {
        BigInteger step = r.bigStep(), last = item(r, r.bigLength().subtract(BigInteger.ONE));
        return iter(make(last, r.bigStart().subtract(step), step.negate()));
    }

    /** The number of items of r equal to v (an int is found by arithmetic, anything else by ==). */
    public static long count(PyRange r, Object v) {
        if (v instanceof PyInt i && !(v instanceof Derived)) return position(r, i) != null ? 1 : 0;
        long n = 0;
        PyIter it = iter(r);
        for (Object x; (x = it.next()) != null; ) if (Compare.eq(x, v)) n++;
        return n;
    }

    /** r.index(v): the position of v, or ValueError. */
    public static PyInt index(PyRange r, Object v) {
        if (v instanceof PyInt i && !(v instanceof Derived)) {
            BigInteger at = position(r, i);
            if (at == null) throw Errors.value(Ops.repr(v) + " is not in range");
            return PyInt.of(at);
        }
        PyIter it = iter(r);
        long n = 0;
        for (Object x; (x = it.next()) != null; n++) if (Compare.eq(x, v)) return PyInt.of(n);
        throw Errors.value("sequence.index(x): x not in sequence");
    }
}
