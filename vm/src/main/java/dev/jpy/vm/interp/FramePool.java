package dev.jpy.vm.interp;

import java.util.Arrays;

/**
 * Spare frame arrays (fast locals + value stack) of one thread, by length: a call whose frame did not outlive
 * it (no generator, no frame object) gives its array back, so that calls reuse cache-hot memory instead of
 * allocating ~100 bytes each.
 */
final class FramePool {
    private static final int MAX_LEN = 64, DEPTH = 16;
    private final Object[][] arrays = new Object[(MAX_LEN + 1) * DEPTH][];
    private final int[] counts = new int[MAX_LEN + 1];

    /** A cleared array of length len. */
    Object[] take(int len) {
        if (len <= MAX_LEN) {
            int c = counts[len];
            if (c > 0) {
                counts[len] = --c;
                int at = len * DEPTH + c;
                Object[] a = arrays[at];
                arrays[at] = null;
                return a;
            }
        }
        return new Object[len];
    }

    /** Takes back the array of a frame that has returned and that nothing else refers to. */
    void give(Frame f) {
        if (f.escaped || f.resumePc >= 0) return;
        Object[] a = f.s;
        int len = a.length;
        if (len <= MAX_LEN) {
            int c = counts[len];
            if (c < DEPTH) {
                Arrays.fill(a, null);
                arrays[len * DEPTH + c] = a;
                counts[len] = c + 1;
            }
        }
    }
}
