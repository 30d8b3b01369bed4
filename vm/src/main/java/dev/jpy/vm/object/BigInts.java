package dev.jpy.vm.object;

/**
 * int arithmetic past a long on magnitudes ({@link Mag}): +, -, * by a short factor, // and % by a one-word divisor,
 * and comparison, with CPython's floor semantics. Each returns null when BigInteger should do it instead.
 */
final class BigInts {
    private BigInts() {}

    /** Products with a factor of at most this many words are done here; longer ones go to BigInteger's Karatsuba. */
    private static final int SCHOOLBOOK = 40;

    /** a OP b for ADD, SUB, MUL, MOD, FLOORDIV; null for other ops and for cases left to BigInteger. */
    static PyInt op(int op, PyInt a, PyInt b) {
        switch (op) {
            case Numbers.ADD: return add(a, b, false);
            case Numbers.SUB: return add(a, b, true);
            case Numbers.MUL: return mul(a, b);
            case Numbers.MOD, Numbers.FLOORDIV: return divSmall(op, a, b);
            default: return null;
        }
    }

    /** a + b, or a - b when {@code negate}. */
    static PyInt add(PyInt a, PyInt b, boolean negate) {
        int sa = a.signum(), sb = negate ? -b.signum() : b.signum();
        if (sb == 0) return plain(a);
        if (sa == 0) return negate ? negate(b) : plain(b);
        int[] x = a.magAny(), y = b.magAny();
        if (sa == sb) return PyInt.of(sa, Mag.add(x, y));
        int c = Mag.compare(x, y);
        if (c == 0) return PyInt.of(0);
        return c > 0 ? PyInt.of(sa, Mag.sub(x, y)) : PyInt.of(sb, Mag.sub(y, x));
    }

    /** The value of a as an exact int (not a bool or an instance of a subclass). */
    static PyInt plain(PyInt a) {
        if (a.getClass() == PyInt.class) return a;
        return a.wide == 0 ? PyInt.of(a.v) : new PyInt(a);
    }

    static PyInt negate(PyInt a) {
        if (a.wide == 0) return a.v != Long.MIN_VALUE ? PyInt.of(-a.v) : new PyInt(1, Mag.ofLong(a.v));
        return PyInt.of(-a.wide, a.mag());
    }

    static PyInt mul(PyInt a, PyInt b) {
        int sa = a.signum(), sb = b.signum();
        if (sa == 0 || sb == 0) return PyInt.of(0);
        int w = word(b); // a big value times a one-word int (r *= i): no magnitude made for the small factor
        if (w != 0 && a.wide != 0) return PyInt.of(sa * sb, Mag.mul1(a.mag(), w));
        w = word(a);
        if (w != 0 && b.wide != 0) return PyInt.of(sa * sb, Mag.mul1(b.mag(), w));
        int[] x = a.magAny(), y = b.magAny();
        if (x.length < y.length) { int[] t = x; x = y; y = t; }
        if (y.length > SCHOOLBOOK) return null;
        return PyInt.of(sa * sb, Mag.mul(x, y));
    }

    /** |a| for a nonzero int a of one word, else 0. */
    private static int word(PyInt a) {
        return a.wide == 0 && a.v != Long.MIN_VALUE && Math.abs(a.v) <= Mag.MASK ? (int) Math.abs(a.v) : 0;
    }

    /** a // b or a % b for a divisor b of one word; null for a longer one. */
    static PyInt divSmall(int op, PyInt a, PyInt b) {
        int w = word(b);
        if (w == 0 || a.wide == 0) return null; // a small a: Numbers' long path; a zero or long divisor: BigInteger
        long d = b.v, ad = w & Mag.MASK;
        boolean differ = (a.wide < 0) != (d < 0);
        if (op == Numbers.MOD) {
            long r = Mag.rem1(a.mag(), w);
            if (r != 0 && differ) r = ad - r;
            return PyInt.of(d < 0 ? -r : r);
        }
        long[] rem = new long[1];
        int[] q = Mag.divrem1(a.mag(), w, rem);
        if (differ) {
            if (rem[0] != 0) q = Mag.add(q, ONE); // floor: the quotient of magnitudes rounds away from zero
            return PyInt.of(-1, q);
        }
        return PyInt.of(1, q);
    }

    private static final int[] ONE = {1};

    /** Compares two ints of any size. */
    static int compare(PyInt a, PyInt b) {
        if (a.wide == 0 && b.wide == 0) return Long.compare(a.v, b.v);
        int sa = a.signum(), sb = b.signum();
        if (sa != sb) return sa < sb ? -1 : 1;
        if (a.wide == 0) return -sb; // a fits a long, b does not: |a| < |b|
        if (b.wide == 0) return sa;
        int c = Mag.compare(a.mag(), b.mag());
        return sa < 0 ? -c : c;
    }

    /** The number of bits of |a|. */
    static long bitLength(PyInt a) {
        if (a.wide == 0) return 64 - Long.numberOfLeadingZeros(a.v < 0 ? -a.v : a.v);
        return Mag.bitLength(a.mag());
    }
}
