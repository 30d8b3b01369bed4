package dev.jpy.marshal.model;

/** {@code Ellipsis} ({@code '.'}). */
public record PyEllipsis() implements PyObj {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();
    @Override public String typeName() { return "ellipsis"; }
}
