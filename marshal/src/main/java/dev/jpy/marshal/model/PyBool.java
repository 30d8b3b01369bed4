package dev.jpy.marshal.model;

/** {@code True} ({@code 'T'}) and {@code False} ({@code 'F'}). */
public record PyBool(boolean value) implements PyObj {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);
    public static PyBool of(boolean b) { return b ? TRUE : FALSE; }
    @Override public String typeName() { return "bool"; }
}
