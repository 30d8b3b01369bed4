package dev.jpy.vm.object;

import dev.jpy.vm.interp.VmState;
import java.math.BigInteger;

/**
 * CPython's limit on conversions between int and decimal strings (CVE-2020-10735): sys.set_int_max_str_digits,
 * -X int_max_str_digits and PYTHONINTMAXSTRDIGITS, with the messages of Objects/longobject.c.
 */
public final class IntDigits {
    private IntDigits() {}

    /** sys.int_info.default_max_str_digits and str_digits_check_threshold. */
    public static final int DEFAULT = 4300, THRESHOLD = 640;
    /** Below this many bits an int has at most THRESHOLD decimal digits, so no limit can refuse it. */
    private static final int SAFE_BITS = 2126;

    /** The limit of the program running on this thread (0: none). */
    public static int limit() {
        VmState st = VmState.get();
        return st == null ? DEFAULT : st.intMaxStrDigits;
    }

    /** str(big): its decimal digits, or ValueError when they are more than the limit. */
    public static String toDecimal(BigInteger big) { return toDecimal(big.bitLength(), big.signum(), big::toString); }

    /** str(i) of an int beyond a long, by its own conversion ({@code PyInt.digits}). */
    static String toDecimal(PyInt i) { return toDecimal(BigInts.bitLength(i), i.signum(), i::digits); }

    private static String toDecimal(long bits, int sign, java.util.function.Supplier<String> digits) {
        if (bits <= SAFE_BITS) return digits.get();
        int lim = limit();
        if (lim > 0 && (long) ((bits - 1) * 0.30102999566398120) > lim) throw tooManyToStr(lim);
        String s = digits.get();
        if (lim > 0 && s.length() - (sign < 0 ? 1 : 0) > lim) throw tooManyToStr(lim);
        return s;
    }

    /** int(text) in a base that is not a power of two: ValueError when its digits are more than the limit. */
    public static void checkParse(int digits) {
        int lim = digits > THRESHOLD ? limit() : 0;
        if (lim > 0 && digits > lim) {
            throw Errors.value("Exceeds the limit (" + lim + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    private static PyRaise tooManyToStr(int lim) {
        return Errors.value("Exceeds the limit (" + lim + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** A limit given on the command line or in PYTHONINTMAXSTRDIGITS, or null when it is not a valid one. */
    public static Integer parseOption(String text) {
        try {
            int n = Integer.parseInt(text);
            return n == 0 || n >= THRESHOLD ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
