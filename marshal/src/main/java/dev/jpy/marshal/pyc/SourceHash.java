package dev.jpy.marshal.pyc;

import dev.jpy.marshal.model.SipHash13;

/**
 * The source hash that hash-based {@code .pyc} files (PEP 552) carry: CPython 3.13's
 * {@code importlib.util.source_hash}, i.e. {@code _imp.source_hash(_RAW_MAGIC_NUMBER, source)}.
 * That is SipHash-1-3 keyed with k0 = the magic number's four bytes {@code f3 0d 0d 0a} read as a
 * little-endian integer (0x0a0d0df3) and k1 = 0, returned as 8 bytes in the machine's order (little
 * endian on every platform CPython's .pyc files are checked on here).
 */
public final class SourceHash {
    private SourceHash() {}

    /** The raw magic number of CPython 3.13 (3571) with its "\r\n" tail, as a little-endian integer. */
    public static final long KEY_3_13 = 0x0a0d0df3L;

    /** {@code importlib.util.source_hash(source)} of CPython 3.13. */
    public static byte[] of(byte[] source) {
        return of(KEY_3_13, source);
    }

    /**
     * The source hash under another magic number ({@code int.from_bytes(MAGIC_NUMBER, 'little')}).
     * Right for CPython 3.11 and later only: 3.7 to 3.10 used SipHash-2-4 here.
     */
    public static byte[] of(long rawMagic, byte[] source) {
        long h = SipHash13.hash(rawMagic, 0, source, 0, source.length);
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
        return out;
    }
}
