package dev.jpy.marshal.model;

/** A {@code float} ({@code 'g'} binary or {@code 'f'} text). Equality is bitwise, so -0.0 and NaNs stay apart. */
public record PyFloat(double value) implements PyObj {
    @Override public String typeName() { return "float"; }
    @Override public boolean equals(Object o) {
        return o instanceof PyFloat f && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
    }
    @Override public int hashCode() { return Long.hashCode(Double.doubleToRawLongBits(value)); }
}
