package dev.jpy.vm.object;

/**
 * int.to_bytes and int.from_bytes on magnitudes ({@link Mag}) in two's complement, big or little endian, with
 * CPython's OverflowError messages; no BigInteger.
 */
public final class IntBytes {
    private IntBytes() {}

    /** The {@code length} bytes of v (two's complement when {@code signed}), as int.to_bytes makes them. */
    public static byte[] toBytes(PyInt v, int length, boolean little, boolean signed) {
        int sign = v.signum();
        if (sign < 0 && !signed) throw Errors.overflow("can't convert negative int to unsigned");
        int[] m = sign == 0 ? new int[0] : v.magAny();
        long bits = m.length == 0 ? 0 : Mag.bitLength(m), room = 8L * length - (signed ? 1 : 0);
        // a negative value fits one bit more when it is exactly -2**room (all the other bits zero); CPython also
        // gives -1 (like 0) as no bytes at all
        boolean fits = sign == 0 || bits <= room || sign < 0 && (bits == room + 1 && isPowerOfTwo(m) || length == 0 && bits == 1);
        if (!fits) throw Errors.overflow("int too big to convert");
        byte[] out = new byte[length];
        int carry = 1; // the +1 of the two's complement (~|v| + 1) of a negative value
        for (int j = 0; j < length; j++) {
            int w = j >>> 2 < m.length ? m[j >>> 2] >>> ((j & 3) << 3) & 0xFF : 0;
            if (sign < 0) {
                w = (~w & 0xFF) + carry;
                carry = w >>> 8;
            }
            out[little ? j : length - 1 - j] = (byte) w;
        }
        return out;
    }

    private static boolean isPowerOfTwo(int[] m) {
        for (int i = 0; i < m.length - 1; i++) if (m[i] != 0) return false;
        return Integer.bitCount(m[m.length - 1]) == 1;
    }

    /** The int of the bytes b (two's complement when {@code signed}), as int.from_bytes reads them. */
    public static PyInt fromBytes(byte[] b, boolean little, boolean signed) {
        int n = b.length;
        if (n == 0) return PyInt.of(0);
        boolean neg = signed && b[little ? n - 1 : 0] < 0;
        int[] m = new int[(n + 3) >>> 2];
        int carry = 1;
        for (int j = 0; j < n; j++) { // j counts bytes from the least significant
            int w = b[little ? j : n - 1 - j] & 0xFF;
            if (neg) { // |v| = ~bytes + 1
                w = (~w & 0xFF) + carry;
                carry = w >>> 8;
            }
            m[j >>> 2] |= (w & 0xFF) << ((j & 3) << 3);
        }
        int u = Mag.used(m, m.length);
        return PyInt.of(neg ? -1 : 1, u == m.length ? m : java.util.Arrays.copyOf(m, u));
    }
}
