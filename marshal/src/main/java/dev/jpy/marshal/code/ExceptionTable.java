package dev.jpy.marshal.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the 3.11+ exception table ({@code co_exceptiontable}, see CPython's
 * InternalDocs/exception_handling.md): entries of four varints — start, length, target (in code
 * units) and depth*2+lasti — each varint in 6-bit chunks, most significant first, bit 6 meaning
 * "more follows" and bit 7 marking an entry's first byte.
 */
public final class ExceptionTable {
    private ExceptionTable() {}

    /** Instructions at byte offsets {@code [start, end)} jump to {@code target} with the stack at {@code depth}. */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {}

    public static List<Entry> decode(byte[] t) {
        List<Entry> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < t.length) {
            int start = varint(t, pos) * 2;
            int length = varint(t, pos) * 2;
            int target = varint(t, pos) * 2;
            int dl = varint(t, pos);
            out.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return out;
    }

    private static int varint(byte[] t, int[] pos) {
        if (pos[0] >= t.length) throw new CodeTableException(pos[0], "exception table ends inside an entry");
        int b = t[pos[0]++] & 0xFF;
        int val = b & 63;
        while ((b & 64) != 0) {
            if (pos[0] >= t.length) throw new CodeTableException(pos[0], "exception table ends inside a number");
            if (val > (Integer.MAX_VALUE >> 6)) throw new CodeTableException(pos[0], "number too large in exception table");
            b = t[pos[0]++] & 0xFF;
            val = (val << 6) | (b & 63);
        }
        return val;
    }
}
