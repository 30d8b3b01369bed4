package dev.jpy.toolchain.assemble;

import java.util.Arrays;

/** A growable byte buffer for the assembler's tables: ByteArrayOutputStream without its per-byte lock. */
final class ByteSink {
    private byte[] buf = new byte[64];
    private int n;

    void write(int b) {
        if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
        buf[n++] = (byte) b;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, n);
    }
}
