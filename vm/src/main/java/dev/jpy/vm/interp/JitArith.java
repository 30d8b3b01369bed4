package dev.jpy.vm.interp;

import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;

/**
 * BINARY_OP and COMPARE_OP of code translated by {@code dev.jpy.vm.jit}, one small method per operator, so that each
 * call site inlines only its own operator's int (and float) case: exact ints that fit a long (no bool, no subclass,
 * no overflow) and exact floats inline, other exact ints through Numbers' per-operator entries, everything else through
 * {@link Fast#binary} and {@link JitOps#compareTruth}.
 * The oparg {@code nb} / {@code arg} is passed for that fallback only.
 */
public final class JitArith {
    private JitArith() {}

    /** The BINARY_OP numbers (NB_*) that have a method here, with its name; in-place forms are 13 more. */
    public static String method(int nb) {
        return switch (nb >= 13 ? nb - 13 : nb) {
            case 0 -> "add";
            case 2 -> "floordiv";
            case 5 -> "mul";
            case 6 -> "mod";
            case 10 -> "sub";
            default -> null;
        };
    }

    /** The COMPARE_OP (arg >> 5) methods, each returning the comparison's truth. */
    public static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    private static boolean ints(Object a, Object b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).isSmall() && ((PyInt) b).isSmall();
    }

    private static boolean exactInts(Object a, Object b) { return a.getClass() == PyInt.class && b.getClass() == PyInt.class; }

    private static boolean floats(Object a, Object b) { return a.getClass() == PyFloat.class && b.getClass() == PyFloat.class; }

    static Object add(int nb, Object a, Object b) {
        if (ints(a, b)) {
            long x = ((PyInt) a).v, y = ((PyInt) b).v, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
        } else if (floats(a, b)) {
            return new PyFloat(((PyFloat) a).v + ((PyFloat) b).v);
        }
        if (exactInts(a, b)) return Numbers.add((PyInt) a, (PyInt) b); // ints past a long
        return Fast.binary(nb, a, b);
    }

    static Object sub(int nb, Object a, Object b) {
        if (ints(a, b)) {
            long x = ((PyInt) a).v, y = ((PyInt) b).v, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
        } else if (floats(a, b)) {
            return new PyFloat(((PyFloat) a).v - ((PyFloat) b).v);
        }
        if (exactInts(a, b)) return Numbers.sub((PyInt) a, (PyInt) b); // ints past a long
        return Fast.binary(nb, a, b);
    }

    static Object mul(int nb, Object a, Object b) {
        if (ints(a, b)) {
            long x = ((PyInt) a).v, y = ((PyInt) b).v, hi = Math.multiplyHigh(x, y), r = x * y;
            if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return PyInt.of(r);
        } else if (floats(a, b)) {
            return new PyFloat(((PyFloat) a).v * ((PyFloat) b).v);
        }
        if (exactInts(a, b)) return Numbers.mul((PyInt) a, (PyInt) b); // ints past a long
        return Fast.binary(nb, a, b);
    }

    static Object mod(int nb, Object a, Object b) {
        if (ints(a, b)) {
            long x = ((PyInt) a).v, y = ((PyInt) b).v;
            if (y > 0) return PyInt.of(x >= 0 ? x % y : Math.floorMod(x, y));
        }
        if (exactInts(a, b)) return Numbers.mod((PyInt) a, (PyInt) b); // ints past a long
        return Fast.binary(nb, a, b);
    }

    static Object floordiv(int nb, Object a, Object b) {
        if (ints(a, b)) {
            long x = ((PyInt) a).v, y = ((PyInt) b).v;
            if (y > 0) return PyInt.of(x >= 0 ? x / y : Math.floorDiv(x, y));
        }
        if (exactInts(a, b)) return Numbers.floordiv((PyInt) a, (PyInt) b); // ints past a long
        return Fast.binary(nb, a, b);
    }

    static boolean lt(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v < ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }

    static boolean le(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v <= ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }

    static boolean eq(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v == ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }

    static boolean ne(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v != ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }

    static boolean gt(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v > ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }

    static boolean ge(int arg, Object a, Object b) { return ints(a, b) ? ((PyInt) a).v >= ((PyInt) b).v : JitOps.compareTruth(arg, a, b); }
}
