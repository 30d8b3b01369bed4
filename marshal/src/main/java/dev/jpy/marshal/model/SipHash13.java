package dev.jpy.marshal.model;

/**
 * SipHash-1-3 (one compression round per 8-byte block, three finalisation rounds), the keyed hash
 * that CPython 3.11+ uses for {@code str} and {@code bytes} hashes ({@code Python/pyhash.c}) and for
 * {@code importlib.util.source_hash}. Blocks are read little-endian, as CPython does on every
 * platform, so the result does not depend on the host.
 */
public final class SipHash13 {
    private SipHash13() {}

    /** The 64-bit SipHash-1-3 of {@code len} bytes of {@code data} at {@code off}, keyed with (k0, k1). */
    public static long hash(long k0, long k1, byte[] data, int off, int len) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;

        int end = off + len;
        int blocksEnd = off + (len & ~7);
        int p = off;
        while (p < blocksEnd) {
            long m = (data[p] & 0xFFL)
                    | (data[p + 1] & 0xFFL) << 8
                    | (data[p + 2] & 0xFFL) << 16
                    | (data[p + 3] & 0xFFL) << 24
                    | (data[p + 4] & 0xFFL) << 32
                    | (data[p + 5] & 0xFFL) << 40
                    | (data[p + 6] & 0xFFL) << 48
                    | (data[p + 7] & 0xFFL) << 56;
            p += 8;
            v3 ^= m;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }

        long b = ((long) len) << 56;
        for (int i = 0; p + i < end; i++) b |= (data[p + i] & 0xFFL) << (8 * i);

        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;

        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** The hash of a whole array. */
    public static long hash(long k0, long k1, byte[] data) {
        return hash(k0, k1, data, 0, data.length);
    }
}
