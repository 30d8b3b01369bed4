package dev.jpy.marshal.model;

import java.math.BigInteger;
import java.util.List;

/**
 * CPython 3.13's {@code hash()} of the model's hashable values, on a 64-bit build, with the hash
 * secret that {@code PYTHONHASHSEED=0} gives.
 *
 * <ul>
 *   <li>Numbers follow the numeric hash of the language reference: the value reduced modulo the prime
 *       {@code 2**61 - 1} (a negative value hashes as minus the hash of its absolute value), so that
 *       {@code hash(1) == hash(1.0) == hash(True) == hash(1+0j)}. Infinities hash to {@code ±314159};
 *       a complex number combines its parts as {@code hash(re) + 1000003 * hash(im)}.</li>
 *   <li>{@code str} and {@code bytes} use SipHash-1-3 ({@link SipHash13}) over the bytes CPython
 *       stores: for a str, one, two or four little-endian bytes per code point (Latin-1, UCS-2 or
 *       UCS-4, picked by the largest code point). {@code PYTHONHASHSEED=0} turns randomisation off
 *       and zeroes the secret, so the key is (0, 0). The empty string and empty bytes hash to 0.</li>
 *   <li>{@code tuple} uses the xxHash-based combination of {@code Objects/tupleobject.c};
 *       {@code frozenset} the order-independent shuffle-and-xor of {@code Objects/setobject.c}.</li>
 *   <li>{@code None} has had a fixed hash since 3.12: {@code 0xFCA86420}.</li>
 * </ul>
 *
 * <p>A few values hash by their address in CPython, which no model can reproduce: {@code Ellipsis},
 * the {@code StopIteration} class, every NaN float and every complex with a NaN part (3.10+: the
 * address of the float or complex object). They get fixed stand-ins here
 * ({@link #ELLIPSIS_STAND_IN}, {@link #STOP_ITERATION_STAND_IN}, {@link #NAN_STAND_IN}); results
 * that depend on them (a tuple holding one, the order of a set holding one) are only as good as
 * that stand-in. As anywhere in Python, -1 is never a hash: it becomes -2.
 *
 * <p>Lists, dicts, sets, NULL and code objects are not hashed here: the first three are unhashable in
 * Python, NULL is not an object, and a code object's hash mixes in interpreter tables outside this
 * model. {@link #hash} throws {@link IllegalArgumentException} for them.
 */
public final class PyHash {
    private PyHash() {}

    /** {@code sys.hash_info.modulus}: the Mersenne prime {@code 2**61 - 1}. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}: the hash of {@code float('inf')}. */
    public static final long INF = 314159;
    /** {@code sys.hash_info.imag}: the multiplier of the imaginary part's hash. */
    public static final long IMAG = 1000003;
    /** {@code hash(None)} in CPython 3.12 and later. */
    public static final long NONE = 0xFCA86420L;
    /** The SipHash key of {@code PYTHONHASHSEED=0}: a zeroed secret. */
    public static final long SECRET_K0 = 0, SECRET_K1 = 0;

    /** Stand-in for {@code hash(Ellipsis)}, which CPython derives from the object's address. */
    public static final long ELLIPSIS_STAND_IN = 0xE111B5E5L;
    /** Stand-in for {@code hash(StopIteration)}, which CPython derives from the class's address. */
    public static final long STOP_ITERATION_STAND_IN = 0x5707_17E2L;
    /**
     * Stand-in for the hash of a NaN, which CPython 3.10+ derives from the address of the float (or
     * complex) object holding it, so two NaNs are two distinct set elements. This is {@code sys.hash_info.nan}, the value
     * every NaN had before 3.10.
     */
    public static final long NAN_STAND_IN = 0;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** Whether {@link #hash} accepts the value (it and everything inside it is hashable). */
    public static boolean isHashable(PyObj o) {
        return switch (o) {
            case PyNone n -> true;
            case PyBool b -> true;
            case PyInt i -> true;
            case PyFloat f -> true;
            case PyComplex c -> true;
            case PyStr s -> true;
            case PyBytes b -> true;
            case PyEllipsis e -> true;
            case PyStopIteration s -> true;
            case PyFrozenSet fs -> true; // elements of a real frozenset are hashable by construction
            case PyTuple t -> {
                for (PyObj item : t.items()) if (!isHashable(item)) yield false;
                yield true;
            }
            default -> false;
        };
    }

    /** {@code hash(o)}; throws {@link IllegalArgumentException} for the values {@link #isHashable} rejects. */
    public static long hash(PyObj o) {
        return switch (o) {
            case PyNone n -> NONE;
            case PyBool b -> b.value() ? 1 : 0;
            case PyInt i -> i.fitsLong() ? ofLong(i.longValue()) : ofBig(i.bigValue());
            case PyFloat f -> ofDouble(f.value());
            case PyComplex c -> ofComplex(c.real(), c.imag());
            case PyStr s -> ofStr(s);
            case PyBytes b -> ofBytes(b.toByteArray());
            case PyTuple t -> ofTuple(t.items());
            case PyFrozenSet fs -> ofFrozenSet(fs.items());
            case PyEllipsis e -> ELLIPSIS_STAND_IN;
            case PyStopIteration s -> STOP_ITERATION_STAND_IN;
            default -> throw new IllegalArgumentException("unhashable here: '" + o.typeName() + "'");
        };
    }

    /** {@code hash(v)} of an int. */
    public static long ofLong(long v) {
        if (v == Long.MIN_VALUE) return ofBig(BigInteger.valueOf(v));
        long h = Math.abs(v) % MODULUS;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** {@code hash(v)} of an int of any size. */
    public static long ofBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(v)} of a float: for a finite value {@code m * 2**e} (m an integer), {@code m * 2**e}
     * reduced modulo {@code 2**61 - 1} with the sign put back; {@code 2**61} is 1 modulo that prime,
     * so multiplying by a power of two is a rotation of the 61-bit residue. That is the value that
     * CPython's {@code _Py_HashDouble} computes 28 bits at a time.
     */
    public static long ofDouble(double v) {
        if (Double.isNaN(v)) return NAN_STAND_IN;
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        if (mant == 0) return 0;
        long x = mant; // < 2**53, already reduced
        int e = Math.floorMod(exp, 61);
        if (e != 0) x = ((x << e) & MODULUS) | (x >>> (61 - e));
        if (bits < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    /** {@code hash(complex(re, im))}. */
    public static long ofComplex(double re, double im) {
        long h = ofDouble(re) + IMAG * ofDouble(im);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(s)} of a str. */
    public static long ofStr(PyStr s) {
        if (s.isAscii()) {
            byte[] b = s.utf8();
            return hashBytes(b, b.length);
        }
        return ofCodePoints(s.codePoints());
    }

    /** {@code hash(s)} of the str with these code points. */
    public static long ofCodePoints(int[] cps) {
        int max = 0;
        for (int cp : cps) max = Math.max(max, cp);
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] b = new byte[cps.length * width];
        int p = 0;
        for (int cp : cps) {
            b[p++] = (byte) cp;
            if (width >= 2) b[p++] = (byte) (cp >>> 8);
            if (width == 4) {
                b[p++] = (byte) (cp >>> 16);
                b[p++] = (byte) (cp >>> 24);
            }
        }
        return hashBytes(b, b.length);
    }

    /** {@code hash(b)} of a bytes object. */
    public static long ofBytes(byte[] b) {
        return hashBytes(b, b.length);
    }

    /** CPython's {@code _Py_HashBytes}: 0 for no bytes, else SipHash-1-3 with -1 mapped to -2. */
    private static long hashBytes(byte[] b, int len) {
        if (len == 0) return 0;
        long h = SipHash13.hash(SECRET_K0, SECRET_K1, b, 0, len);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(tuple(items))}. */
    public static long ofTuple(List<PyObj> items) {
        long acc = XXPRIME_5;
        for (PyObj item : items) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * {@code hash(frozenset(items))}: equal elements count once, and the order does not matter. Each
     * distinct element's hash is shuffled and xor-ed in, the number of elements is mixed in, and the
     * result is dispersed so that nested frozensets spread.
     */
    public static long ofFrozenSet(List<PyObj> items) {
        List<PyObj> distinct = distinct(items);
        long h = 0;
        for (PyObj item : distinct) h ^= shuffleBits(hash(item));
        h ^= (distinct.size() + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The elements that a set built from {@code items} keeps: the first of each class of equal ones. */
    static List<PyObj> distinct(List<PyObj> items) {
        return items.size() <= 1 ? items : SetOrder.iterationOrder(items);
    }
}
