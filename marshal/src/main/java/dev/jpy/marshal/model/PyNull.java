package dev.jpy.marshal.model;

/** The NULL marker ({@code '0'}): ends a dict on the wire and stands for "no object". */
public record PyNull() implements PyObj {
    public static final PyNull NULL = new PyNull();
    @Override public String typeName() { return "NULL"; }
}
