package dev.jpy.vm.object;

/**
 * A bytearray: a mutable {@link PyBytes} (every read-only bytes path serves it too), unhashable, whose
 * changes replace the byte array.
 */
public class PyByteArray extends PyBytes {
    public PyByteArray(byte[] b) { super(b); }

    /** A result of the same kind as {@code self}: bytearray for a bytearray, else bytes. */
    public static PyBytes like(PyBytes self, byte[] r) { return self instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r); }

    @Override public PyType type() { return Types.BYTEARRAY; }

    @Override public boolean equals(Object o) { return o == this; }

    @Override public int hashCode() { return System.identityHashCode(this); }
}
