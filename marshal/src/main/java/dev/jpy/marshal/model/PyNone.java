package dev.jpy.marshal.model;

/** {@code None} ({@code 'N'}). */
public record PyNone() implements PyObj {
    public static final PyNone NONE = new PyNone();
    @Override public String typeName() { return "NoneType"; }
}
