package dev.jpy.vm.builtins;

import java.math.BigInteger;

/** MT19937 as CPython's _random module runs it: the same seeding from an int's 32-bit words, so the same numbers. */
final class MersenneTwister {
    static final int N = 624, M = 397;
    final int[] mt = new int[N];
    int index = N + 1;

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        index = N;
    }

    /** init_by_array: seeds from 32-bit words (the least significant word of the seed first). */
    void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000;
    }

    /** Seeds from a non-negative int: its 32-bit words, at least one. */
    void seed(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) key[w] = n.shiftRight(32 * w).intValue();
        initByArray(key);
    }

    /** The next 32 random bits. */
    int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) mt[kk] = mt[kk + M] ^ twist(mt[kk], mt[kk + 1]);
            for (; kk < N - 1; kk++) mt[kk] = mt[kk + (M - N)] ^ twist(mt[kk], mt[kk + 1]);
            mt[N - 1] = mt[M - 1] ^ twist(mt[N - 1], mt[0]);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    private static int twist(int a, int b) {
        int y = (a & 0x80000000) | (b & 0x7fffffff);
        return (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
    }

    /** random(): 53 random bits as a float in [0, 1). */
    double random() {
        long a = (next32() >>> 5) & 0xffffffffL, b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k) for k >= 0: the words come least significant first. */
    BigInteger bits(int k) {
        if (k == 0) return BigInteger.ZERO;
        if (k <= 32) return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
        int words = (k - 1) / 32 + 1;
        byte[] be = new byte[words * 4 + 1];
        for (int i = 0; i < words; i++, k -= 32) {
            long r = next32() & 0xffffffffL;
            if (k < 32) r >>>= 32 - k;
            int at = be.length - 4 * (i + 1);
            be[at] = (byte) (r >>> 24);
            be[at + 1] = (byte) (r >>> 16);
            be[at + 2] = (byte) (r >>> 8);
            be[at + 3] = (byte) r;
        }
        return new BigInteger(be);
    }

    /** _randbelow(n) for n > 0: rejection sampling on n.bit_length() bits. */
    BigInteger below(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = bits(k);
        while (r.compareTo(n) >= 0) r = bits(k);
        return r;
    }

    long below(long n) {
        if (n <= 0) return 0;
        int k = 64 - Long.numberOfLeadingZeros(n);
        if (k <= 32) {
            long r;
            do r = (next32() & 0xffffffffL) >>> (32 - k); while (r >= n);
            return r;
        }
        return below(BigInteger.valueOf(n)).longValue();
    }
}
