package dev.jpy.marshal.model;

import java.math.BigInteger;

/** An {@code int} of any size ({@code 'i'}, {@code 'I'} or {@code 'l'}); a {@code long} while it fits. */
public final class PyInt implements PyObj {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final long small;
    private final BigInteger big; // null while the value fits in a long

    private PyInt(long small, BigInteger big) {
        this.small = small;
        this.big = big;
    }

    public static PyInt of(long v) { return new PyInt(v, null); }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) return new PyInt(v.longValue(), null);
        return new PyInt(0, v);
    }

    public boolean fitsLong() { return big == null; }

    public boolean fitsInt() { return big == null && small == (int) small; }

    /** The value; only meaningful when {@link #fitsLong()}. */
    public long longValue() { return small; }

    public BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(small); }

    public int signum() { return big != null ? big.signum() : Long.signum(small); }

    @Override public String typeName() { return "int"; }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyInt i)) return false;
        return big == null ? i.big == null && i.small == small : big.equals(i.big);
    }

    @Override public int hashCode() { return big != null ? big.hashCode() : Long.hashCode(small); }

    @Override public String toString() { return big != null ? big.toString() : Long.toString(small); }
}
