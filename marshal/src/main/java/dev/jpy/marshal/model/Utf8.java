package dev.jpy.marshal.model;

import java.util.Arrays;

/** UTF-8 with CPython's {@code surrogatepass} handler: strict UTF-8, except that U+D800..U+DFFF pass. */
public final class Utf8 {
    private Utf8() {}

    /**
     * Checks {@code len} bytes at {@code off}. Returns -1 when they are valid, else the index (relative
     * to {@code off}) of the first byte that is not.
     */
    public static int check(byte[] b, int off, int len) {
        int i = 0;
        while (i < len) {
            int c = b[off + i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
            else return i;
            if (i + need >= len) return i;
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[off + i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) return i;
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF) return i;
            i += need + 1;
        }
        return -1;
    }

    /** Decodes bytes already known to be valid. */
    static int[] decode(byte[] b) {
        int[] out = new int[b.length];
        int n = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { out[n++] = c; i++; continue; }
            int need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) cp = (cp << 6) | (b[i + k] & 0x3F);
            out[n++] = cp;
            i += need + 1;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** A growing byte buffer that encodes code points. */
    static final class Sink {
        private byte[] buf;
        private int n;

        Sink(int capacity) { buf = new byte[Math.max(capacity, 16)]; }

        void put(int cp) {
            if (n + 4 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            if (cp < 0x80) {
                buf[n++] = (byte) cp;
            } else if (cp < 0x800) {
                buf[n++] = (byte) (0xC0 | (cp >> 6));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                buf[n++] = (byte) (0xE0 | (cp >> 12));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            }
        }

        byte[] toByteArray() { return Arrays.copyOf(buf, n); }
    }
}
