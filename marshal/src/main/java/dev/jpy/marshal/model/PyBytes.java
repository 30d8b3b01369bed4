package dev.jpy.marshal.model;

import java.util.Arrays;

/** A {@code bytes} object ({@code 's'}; in Python 2 data also {@code 't'} interned str). */
public final class PyBytes implements PyObj {
    private final byte[] data;
    private int hash;

    private PyBytes(byte[] data) { this.data = data; }

    public static PyBytes of(byte[] data) { return new PyBytes(data.clone()); }

    /** Takes the array over without copying; the caller must not change it afterwards. */
    public static PyBytes wrap(byte[] data) { return new PyBytes(data); }

    public int length() { return data.length; }

    public int get(int i) { return data[i] & 0xFF; }

    /** A copy of the bytes. */
    public byte[] toByteArray() { return data.clone(); }

    /** Writes the bytes into {@code dst} at {@code pos}. */
    public void copyTo(byte[] dst, int pos) { System.arraycopy(data, 0, dst, pos, data.length); }

    @Override public String typeName() { return "bytes"; }

    @Override public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(b.data, data); }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Arrays.hashCode(data) | 1;
        return h;
    }
}
