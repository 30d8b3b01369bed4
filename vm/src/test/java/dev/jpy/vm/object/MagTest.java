package dev.jpy.vm.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mag's word kernels (add, sub, mul1, mul, divrem1, rem1) against BigInteger on values whose words are all ones, zero
 * or at the 2**31 / 2**32 edges, where carries and borrows cross words and results gain or lose a word: each result
 * must be the exact value and normalized (no zero top word), since compare and equality go by length first.
 */
class MagTest {
    private static final BigInteger WORD = BigInteger.ONE.shiftLeft(32);

    /** Positive values of 1 to 6 words built from edge words, plus random ones. */
    private static List<BigInteger> values() {
        int[] edges = {1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF, 0, 3};
        List<BigInteger> vs = new ArrayList<>();
        Random r = new Random(11);
        for (int n = 1; n <= 6; n++) {
            for (int top : edges) {
                if (top == 0) continue;
                for (int fill : edges) {
                    BigInteger v = BigInteger.valueOf(top & Mag.MASK);
                    for (int i = 1; i < n; i++) v = v.shiftLeft(32).or(BigInteger.valueOf(fill & Mag.MASK));
                    vs.add(v);
                }
            }
            vs.add(new BigInteger(32 * n, r).setBit(32 * n - 1 - r.nextInt(32)));
        }
        return vs;
    }

    private static void check(BigInteger want, int[] got) {
        assertTrue(got.length == 0 || got[got.length - 1] != 0, "normalized: " + want);
        assertEquals(want, got.length == 0 ? BigInteger.ZERO : Mag.toBig(1, got));
    }

    @Test
    void addAndSubAreExactAndNormalized() {
        List<BigInteger> vs = values();
        for (BigInteger a : vs) {
            for (BigInteger b : vs) {
                check(a.add(b), Mag.add(Mag.ofBig(a), Mag.ofBig(b)));
                BigInteger hi = a.max(b), lo = a.min(b);
                check(hi.subtract(lo), Mag.sub(Mag.ofBig(hi), Mag.ofBig(lo)));
            }
        }
        assertArrayEquals(new int[] {0, 0, 1}, Mag.add(new int[] {-1, -1}, new int[] {1}));
        assertArrayEquals(new int[] {-1}, Mag.sub(new int[] {0, 1}, new int[] {1}));
    }

    @Test
    void productsAndOneWordDivisionAreExactAndNormalized() {
        List<BigInteger> vs = values();
        int[] words = {1, 2, 3, 10, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF};
        for (BigInteger a : vs) {
            for (int w : words) {
                BigInteger bw = BigInteger.valueOf(w & Mag.MASK);
                check(a.multiply(bw), Mag.mul1(Mag.ofBig(a), w));
                long[] rem = new long[1];
                check(a.divide(bw), Mag.divrem1(Mag.ofBig(a), w, rem));
                assertEquals(a.mod(bw).longValue(), rem[0]);
                assertEquals(a.mod(bw).longValue(), Mag.rem1(Mag.ofBig(a), w));
            }
            for (BigInteger b : vs) check(a.multiply(b), Mag.mul(Mag.ofBig(a), Mag.ofBig(b)));
        }
        assertEquals(WORD.subtract(BigInteger.ONE).pow(2), Mag.toBig(1, Mag.mul1(new int[] {-1}, -1)));
    }
}
