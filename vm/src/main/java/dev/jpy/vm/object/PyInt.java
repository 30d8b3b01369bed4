package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;
import java.math.BigInteger;

/**
 * An int: a Java long while it fits ({@link #isSmall()}), else a sign with a magnitude ({@link Mag}, what the
 * linear-time arithmetic of {@link BigInts} works on) or a BigInteger (for everything else), each made from the
 * other when first needed and then kept.
 */
public class PyInt extends PyObject {
    private static final PyInt[] SMALL = new PyInt[262];
    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5);
    }
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when it fits a long, else 0. */
    public final long v;
    /** 0 when the value fits a long, else its sign (1 or -1). */
    final int wide;
    /** For a value beyond a long: its magnitude and BigInteger (at least one set; the other made on demand). */
    private int[] mag;
    private BigInteger big;

    PyInt(long v) {
        this.v = v;
        this.wide = 0;
    }

    /** A value beyond a long (the caller checked). */
    PyInt(BigInteger big) {
        this.v = 0;
        this.wide = big.signum();
        this.big = big;
    }

    /** sign * mag, a value beyond a long (the caller checked; mag normalized). */
    PyInt(int sign, int[] mag) {
        this.v = 0;
        this.wide = sign;
        this.mag = mag;
    }

    /** The same value as {@code o} (for a subclass instance). */
    PyInt(PyInt o) {
        this.v = o.v;
        this.wide = o.wide;
        this.mag = o.mag;
        this.big = o.big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    /** sign * m for a magnitude m whose words past n are zero or absent (sign ignored when m is zero). */
    static PyInt of(int sign, int[] m) {
        int n = m.length;
        if (n <= 2) {
            if (n == 0) return SMALL[5];
            long a = n == 1 ? m[0] & Mag.MASK : (m[0] & Mag.MASK) | ((long) m[1] << 32);
            if (a >= 0) return of(sign < 0 ? -a : a);
            if (a == Long.MIN_VALUE && sign < 0) return of(Long.MIN_VALUE);
        }
        return new PyInt(sign, m);
    }

    /** The int of the digits (no sign, no underscores) in {@code base} 2-36, negated when {@code neg}; NumberFormatException for a bad digit. */
    public static PyInt parse(String digits, int base, boolean neg) {
        if (digits.isEmpty()) throw new NumberFormatException();
        return of(neg ? -1 : 1, Mag.parse(digits, base));
    }

    public final BigInteger bigValue() {
        if (wide == 0) return BigInteger.valueOf(v);
        BigInteger b = big;
        if (b == null) big = b = Mag.toBig(wide, mag);
        return b;
    }

    /** The magnitude of a value beyond a long. */
    final int[] mag() {
        int[] m = mag;
        if (m == null) mag = m = Mag.ofBig(big);
        return m;
    }

    /** The magnitude of any nonzero value. */
    final int[] magAny() { return wide != 0 ? mag() : Mag.ofLong(v); }

    public final boolean isSmall() { return wide == 0; }

    /** int.bit_length(): the number of bits of |self|. */
    public final long bitLength() { return BigInts.bitLength(this); }

    /** int.bit_count(): the number of one bits of |self|. */
    public final long bitCount() {
        if (wide == 0) return Long.bitCount(v < 0 ? -v : v); // Long.MIN_VALUE: 2**63, one bit
        long n = 0;
        for (int w : mag()) n += Integer.bitCount(w);
        return n;
    }

    public final int signum() { return wide != 0 ? wide : Long.signum(v); }

    public double toDouble() {
        if (wide == 0) return v;
        double d = bigValue().doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    @Override public PyType type() { return Types.INT; }

    /** Up to this many words (about 38,500 digits) str() is CPython's quadratic method; BigInteger's recursive one beyond. */
    private static final int DECIMAL_WORDS = 4000;

    @Override public String toString() { return wide != 0 ? IntDigits.toDecimal(this) : Long.toString(v); }

    /** The decimal digits of a value beyond a long, with no limit on their number. */
    final String digits() {
        int words = mag != null ? mag.length : (big.bitLength() + 31) >>> 5;
        return words <= DECIMAL_WORDS ? Mag.toDecimal(wide, mag()) : bigValue().toString();
    }

    @Override public boolean equals(Object o) {
        if (o instanceof PyInt i && (wide == 0 ? i.wide == 0 && i.v == v : BigInts.compare(this, i) == 0)) return true;
        if (o instanceof PyFloat f && Numbers.compareIntFloat(this, f.v) == 0) return true;
        // a dict key that is an instance with __eq__ (a number-like class), or a subclass of a builtin with its own
        // __eq__, decides, as the reflected comparison does
        return (o instanceof PyInstance || o instanceof Derived && !(this instanceof Derived)) && o.equals(this);
    }

    @Override public int hashCode() { return (int) hash(); }

    public long hash() {
        if (wide == 0) return v >= 0 && v < Mag.HASH_MODULUS ? v : PyHash.ofLong(v); // below the modulus an int hashes to itself
        long h = Mag.hashMod(mag());
        if (wide < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}
