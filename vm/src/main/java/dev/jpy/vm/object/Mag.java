package dev.jpy.vm.object;

import java.math.BigInteger;

/**
 * Magnitudes of big ints: little-endian arrays of 32-bit words (unsigned), normalized (the top word is not zero),
 * with the linear-time operations CPython's longobject.c does digit by digit: add, subtract, compare, multiply by a
 * word, divide by a word, and the hash. Every result is a new array of its exact length (at most one trimming copy, in
 * rare carry cases); inputs are never changed.
 */
final class Mag {
    private Mag() {}

    static final long MASK = 0xFFFFFFFFL;

    /** |v| of a long as a magnitude (v may be Long.MIN_VALUE); v must not be 0. */
    static int[] ofLong(long v) {
        long a = v < 0 ? -v : v; // Long.MIN_VALUE stays 2**63 read unsigned
        int hi = (int) (a >>> 32);
        return hi == 0 ? new int[] {(int) a} : new int[] {(int) a, hi};
    }

    /** The magnitude of a BigInteger (its sign ignored); b must not be 0. */
    static int[] ofBig(BigInteger b) {
        byte[] bytes = b.abs().toByteArray(); // big-endian, with a leading 0 byte when the top bit is set
        int skip = bytes[0] == 0 ? 1 : 0, n = bytes.length - skip, words = (n + 3) >>> 2;
        int[] m = new int[words];
        for (int i = 0; i < n; i++) m[i >>> 2] |= (bytes[bytes.length - 1 - i] & 0xFF) << ((i & 3) << 3);
        return m;
    }

    /** The BigInteger sign * m. */
    static BigInteger toBig(int sign, int[] m) {
        byte[] bytes = new byte[m.length << 2];
        for (int i = 0, j = bytes.length - 1; i < m.length; i++, j -= 4) {
            int w = m[i];
            bytes[j] = (byte) w;
            bytes[j - 1] = (byte) (w >>> 8);
            bytes[j - 2] = (byte) (w >>> 16);
            bytes[j - 3] = (byte) (w >>> 24);
        }
        return new BigInteger(sign, bytes);
    }

    /** The number of words of m without its leading zero words. */
    static int used(int[] m, int n) {
        while (n > 0 && m[n - 1] == 0) n--;
        return n;
    }

    /** Compares two normalized magnitudes. */
    static int compare(int[] x, int[] y) {
        if (x.length != y.length) return x.length < y.length ? -1 : 1;
        for (int i = x.length - 1; i >= 0; i--) {
            if (x[i] != y[i]) return Integer.compareUnsigned(x[i], y[i]);
        }
        return 0;
    }

    /** x + y. */
    static int[] add(int[] x, int[] y) {
        if (x.length < y.length) { int[] t = x; x = y; y = t; }
        int xn = x.length, yn = y.length;
        // a word more only when the top words carry out: never when their sum (plus a carry of 1) stays in a word
        long top = (x[xn - 1] & MASK) + (xn == yn ? y[yn - 1] & MASK : 0);
        int[] r = new int[top >= MASK ? xn + 1 : xn];
        long c = 0;
        int i = 0;
        for (; i < yn; i++) {
            c += (x[i] & MASK) + (y[i] & MASK);
            r[i] = (int) c;
            c >>>= 32;
        }
        for (; i < xn; i++) {
            c += x[i] & MASK;
            r[i] = (int) c;
            c >>>= 32;
        }
        if (c != 0) r[xn] = 1;
        return c == 0 && r.length > xn ? java.util.Arrays.copyOf(r, xn) : r; // the rare top sum of all ones, no carry in
    }

    /** x - y for x >= y; the result may be empty (zero). */
    static int[] sub(int[] x, int[] y) {
        int xn = x.length, yn = y.length, top = xn - 1;
        // the words above the highest one where x and y differ cancel: the difference has at most that many words
        while (top >= 0 && x[top] == (top < yn ? y[top] : 0)) top--;
        int n = top + 1;
        int[] r = new int[n];
        long c = 0; // 0 or -1: the borrow
        int i = 0;
        for (int m = Math.min(yn, n); i < m; i++) {
            c += (x[i] & MASK) - (y[i] & MASK);
            r[i] = (int) c;
            c >>= 32;
        }
        for (; i < n; i++) {
            c += x[i] & MASK;
            r[i] = (int) c;
            c >>= 32;
        }
        int u = used(r, n); // the top word is x's minus y's minus a borrow: zero when they differ by the borrow alone
        return u == n ? r : java.util.Arrays.copyOf(r, u);
    }

    /** x * m for a word m (unsigned, not 0). */
    static int[] mul1(int[] x, int m) {
        int xn = x.length;
        long c = 0, ml = m & MASK, top = (x[xn - 1] & MASK) * ml; // unsigned: up to (2**32 - 1)**2
        // the carry into the top word is below m: a word more exactly when the top product passes a word, except
        // when only the carry could make it pass (rare: settled after the loop)
        int[] r = new int[(top + ml - 1) >>> 32 != 0 ? xn + 1 : xn];
        for (int i = 0; i < xn; i++) {
            c += (x[i] & MASK) * ml;
            r[i] = (int) c;
            c >>>= 32;
        }
        if (c != 0) r[xn] = (int) c;
        return c == 0 && r.length > xn ? java.util.Arrays.copyOf(r, xn) : r;
    }

    /** x * y by the schoolbook method (for a short y). */
    static int[] mul(int[] x, int[] y) {
        if (y.length == 1) return mul1(x, y[0]);
        if (x.length == 1) return mul1(y, x[0]);
        int xn = x.length, yn = y.length;
        int[] r = new int[xn + yn];
        for (int j = 0; j < yn; j++) {
            long c = 0, m = y[j] & MASK;
            for (int i = 0; i < xn; i++) {
                c += (x[i] & MASK) * m + (r[i + j] & MASK);
                r[i + j] = (int) c;
                c >>>= 32;
            }
            r[j + xn] = (int) c;
        }
        int n = used(r, r.length);
        return n == r.length ? r : java.util.Arrays.copyOf(r, n);
    }

    /** x divided by the word d (unsigned, not 0): the quotient (possibly empty), and the remainder in rem[0]. */
    static int[] divrem1(int[] x, int d, long[] rem) {
        long dl = d & MASK, r = 0;
        int i = x.length - 1;
        if ((x[i] & MASK) < dl) r = x[i--] & MASK; // the top word below d: a quotient a word shorter
        int[] q = new int[i + 1];
        for (; i >= 0; i--) {
            long cur = (r << 32) | (x[i] & MASK);
            long qi = Long.divideUnsigned(cur, dl);
            q[i] = (int) qi;
            r = cur - qi * dl;
        }
        rem[0] = r;
        return q;
    }

    /** x mod the word d (unsigned, not 0). */
    static long rem1(int[] x, int d) {
        long dl = d & MASK, r = 0;
        if (dl < (1L << 31)) { // (r << 32 | word) stays below 2**63: a signed remainder is exact
            for (int i = x.length - 1; i >= 0; i--) r = ((r << 32) | (x[i] & MASK)) % dl;
        } else {
            for (int i = x.length - 1; i >= 0; i--) r = Long.remainderUnsigned((r << 32) | (x[i] & MASK), dl);
        }
        return r;
    }

    /**
     * The magnitude of the digits of {@code s} in {@code base} (2-36; Character.digit's digits, as BigInteger reads
     * them), by CPython's method: each group of digits that fits a word is multiplied in; NumberFormatException for a
     * character that is not a digit.
     */
    static int[] parse(String s, int base) {
        int n = s.length(), group = 1;
        long groupPow = base;
        while (groupPow * base <= MASK + 1) { groupPow *= base; group++; }
        int[] m = new int[(int) (n * (Math.log(base) / Math.log(2)) / 32) + 2];
        int size = 0;
        for (int at = 0, len = n % group == 0 ? group : n % group; at < n; at += len, len = group) {
            long carry = 0, mult = 1;
            for (int i = at; i < at + len; i++) {
                int d = Character.digit(s.charAt(i), base);
                if (d < 0) throw new NumberFormatException();
                carry = carry * base + d;
                mult *= base;
            }
            for (int j = 0; j < size; j++) {
                long z = (m[j] & MASK) * mult + carry;
                m[j] = (int) z;
                carry = z >>> 32;
            }
            if (carry != 0) m[size++] = (int) carry;
        }
        return size == m.length ? m : java.util.Arrays.copyOf(m, size);
    }

    private static final long BILLION = 1_000_000_000L;

    /** The decimal digits of sign * m (quadratic, as CPython's: for magnitudes up to a few thousand words). */
    static String toDecimal(int sign, int[] m) {
        // the value in base 10**9, least significant group first: each word of m, from the top, is shifted in
        int[] out = new int[m.length * 32 / 29 + 2];
        int size = 0;
        for (int i = m.length - 1; i >= 0; i--) {
            long carry = m[i] & MASK;
            for (int j = 0; j < size; j++) {
                long z = ((long) out[j] << 32) | carry, hi = z / BILLION;
                out[j] = (int) (z - hi * BILLION);
                carry = hi;
            }
            while (carry != 0) {
                out[size++] = (int) (carry % BILLION);
                carry /= BILLION;
            }
        }
        int top = out[size - 1], topDigits = 1;
        for (long p = 10; p <= top; p *= 10) topDigits++;
        int neg = sign < 0 ? 1 : 0, len = neg + topDigits + 9 * (size - 1);
        byte[] s = new byte[len];
        if (neg != 0) s[0] = '-';
        int at = len;
        for (int j = 0; j < size - 1; j++) {
            int g = out[j];
            for (int k = 0; k < 9; k++) {
                s[--at] = (byte) ('0' + g % 10);
                g /= 10;
            }
        }
        for (int g = top; at > neg; g /= 10) s[--at] = (byte) ('0' + g % 10);
        return new String(s, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static final long HASH_MODULUS = (1L << 61) - 1;

    /** The magnitude modulo 2**61 - 1, as CPython's int hash reduces it. */
    static long hashMod(int[] x) {
        long h = 0;
        for (int i = x.length - 1; i >= 0; i--) {
            // h * 2**32 + word, with 2**61 == 1 (mod 2**61 - 1): the bits shifted past 61 come back in at the bottom
            h = ((h << 32) & HASH_MODULUS) | (h >>> 29);
            h += x[i] & MASK;
            if (h >= HASH_MODULUS) h -= HASH_MODULUS;
        }
        return h;
    }

    /** The number of bits of the magnitude. */
    static long bitLength(int[] x) {
        return ((long) x.length << 5) - Integer.numberOfLeadingZeros(x[x.length - 1]);
    }
}
