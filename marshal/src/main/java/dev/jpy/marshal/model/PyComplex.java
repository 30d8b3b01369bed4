package dev.jpy.marshal.model;

/** A {@code complex} ({@code 'y'} binary or {@code 'x'} text). Equality is bitwise per part. */
public record PyComplex(double real, double imag) implements PyObj {
    @Override public String typeName() { return "complex"; }
    @Override public boolean equals(Object o) {
        return o instanceof PyComplex c
                && Double.doubleToRawLongBits(c.real) == Double.doubleToRawLongBits(real)
                && Double.doubleToRawLongBits(c.imag) == Double.doubleToRawLongBits(imag);
    }
    @Override public int hashCode() {
        return 31 * Long.hashCode(Double.doubleToRawLongBits(real)) + Long.hashCode(Double.doubleToRawLongBits(imag));
    }
}
