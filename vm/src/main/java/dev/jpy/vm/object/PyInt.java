package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;
import java.math.BigInteger;

/** An int: a Java long while it fits ({@code big == null}), a BigInteger beyond. */
public class PyInt extends PyObject {
    private static final PyInt[] SMALL = new PyInt[262];
    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = new PyInt(i - 5, null);
    }
    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE), LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public final long v;
    /** The value when it does not fit a long, else null. */
    public final BigInteger big;

    PyInt(long v, BigInteger big) {
        this.v = v;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) return SMALL[(int) v + 5];
        return new PyInt(v, null);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(0, b);
    }

    public final BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(v); }

    public final boolean isSmall() { return big == null; }

    public final int signum() { return big != null ? big.signum() : Long.signum(v); }

    public double toDouble() {
        if (big == null) return v;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    @Override public PyType type() { return Types.INT; }

    @Override public String toString() { return big != null ? IntDigits.toDecimal(big) : Long.toString(v); }

    @Override public boolean equals(Object o) {
        if (o instanceof PyInt i && (big == null ? i.big == null && i.v == v : big.equals(i.big))) return true;
        if (o instanceof PyFloat f && Numbers.compareIntFloat(this, f.v) == 0) return true;
        // a dict key that is an instance with __eq__ (a number-like class), or a subclass of a builtin with its own
        // __eq__, decides, as the reflected comparison does
        return (o instanceof PyInstance || o instanceof Derived && !(this instanceof Derived)) && o.equals(this);
    }

    @Override public int hashCode() { return (int) hash(); }

    public long hash() {
        if (big == null && v >= 0 && v < (1L << 61) - 1) return v;  // below the modulus an int hashes to itself
        return big == null ? PyHash.ofLong(v) : PyHash.ofBig(big);
    }
}
