package dev.jpy.vm.object;

import java.util.Arrays;

/** A bytes object. */
public class PyBytes extends PyObject {
    /** The bytes (a bytearray replaces the array as it changes). */
    public byte[] b;

    public PyBytes(byte[] b) { this.b = b; }

    @Override public PyType type() { return Types.BYTES; }

    @Override public boolean equals(Object o) { return o instanceof PyBytes p && Arrays.equals(p.b, b); }

    @Override public int hashCode() { return (int) dev.jpy.marshal.model.PyHash.ofBytes(b); }
}
