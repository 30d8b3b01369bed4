package dev.jpy.vm.object;

import java.math.BigDecimal;
import java.math.BigInteger;

/** int and float arithmetic: a long fast path, BigInteger on overflow, CPython's floor semantics. NB op numbers as in Opcode.NB_OPS. */
public final class Numbers {
    private Numbers() {}

    public static final int ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8,
            RSHIFT = 9, SUB = 10, TRUEDIV = 11, XOR = 12;

    /** An int op on two ints; null when not defined for ints (matmul). */
    public static Object intOp(int op, PyInt a, PyInt b) {
        if (a.wide == 0 && b.wide == 0) {
            long x = a.v, y = b.v;
            switch (op) {
                case ADD -> { long r = x + y; if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r); }
                case SUB -> { long r = x - y; if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r); }
                case MUL -> {
                    long hi = Math.multiplyHigh(x, y), r = x * y;
                    if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return PyInt.of(r);
                }
                case FLOORDIV -> {
                    if (y == 0) throw Errors.zeroDivision(Errors.INT_DIVISION_BY_ZERO);
                    if (!(x == Long.MIN_VALUE && y == -1)) return PyInt.of(Math.floorDiv(x, y));
                }
                case MOD -> {
                    if (y == 0) throw Errors.zeroDivision(Errors.INT_MODULO_BY_ZERO);
                    if (y == -1) return PyInt.of(0);
                    return PyInt.of(Math.floorMod(x, y));
                }
                case AND -> { return PyInt.of(x & y); }
                case OR -> { return PyInt.of(x | y); }
                case XOR -> { return PyInt.of(x ^ y); }
                case RSHIFT -> {
                    if (y < 0) throw Errors.value("negative shift count");
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                }
                case LSHIFT -> {
                    if (y < 0) throw Errors.value("negative shift count");
                    if (y < 63 && (x << y) >> y == x) return PyInt.of(x << y);
                }
                case TRUEDIV -> {
                    if (y == 0) throw Errors.zeroDivision(Errors.DIVISION_BY_ZERO);
                    if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) return new PyFloat((double) x / (double) y);
                }
                default -> { }
            }
        }
        PyInt r = BigInts.op(op, a, b);
        return r != null ? r : bigOp(op, a, b);
    }

    /**
     * a OP b past a long for +, -, * and for // and % by a positive int, when no BigInteger is needed: these raise
     * nothing, so the interpreter's fast path may call this; null for everything else.
     */
    public static PyInt wideOp(int op, PyInt a, PyInt b) {
        if ((op == MOD || op == FLOORDIV) && (b.wide != 0 || b.v <= 0)) return null;
        return BigInts.op(op, a, b);
    }

    // One entry per operator for two exact ints of any size (the JIT's arithmetic past its long case): each call site
    // then inlines and profiles its own operator's path alone, with no switch shared by all of them.

    /** x + y for exact ints (not bool, no subclass). */
    public static PyInt add(PyInt x, PyInt y) { return BigInts.add(x, y, false); }

    /** x - y for exact ints. */
    public static PyInt sub(PyInt x, PyInt y) { return BigInts.add(x, y, true); }

    /** x * y for exact ints. */
    public static PyInt mul(PyInt x, PyInt y) {
        PyInt r = BigInts.mul(x, y);
        return r != null ? r : PyInt.of(x.bigValue().multiply(y.bigValue()));
    }

    /** x % y for exact ints. */
    public static Object mod(PyInt x, PyInt y) {
        PyInt r = BigInts.divSmall(MOD, x, y);
        return r != null ? r : intOp(MOD, x, y);
    }

    /** x // y for exact ints. */
    public static Object floordiv(PyInt x, PyInt y) {
        PyInt r = BigInts.divSmall(FLOORDIV, x, y);
        return r != null ? r : intOp(FLOORDIV, x, y);
    }

    private static Object bigOp(int op, PyInt a, PyInt b) {
        BigInteger x = a.bigValue(), y = b.bigValue();
        switch (op) {
            case ADD: return PyInt.of(x.add(y));
            case SUB: return PyInt.of(x.subtract(y));
            case MUL: return PyInt.of(x.multiply(y));
            case AND: return PyInt.of(x.and(y));
            case OR: return PyInt.of(x.or(y));
            case XOR: return PyInt.of(x.xor(y));
            case MOD:
                if (y.signum() > 0) return PyInt.of(x.mod(y));  // the remainder alone: no quotient to build
                // fall through
            case FLOORDIV: {
                if (y.signum() == 0) throw Errors.zeroDivision(op == MOD ? Errors.INT_MODULO_BY_ZERO : Errors.INT_DIVISION_BY_ZERO);
                BigInteger[] qr = x.divideAndRemainder(y);
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(y);
                }
                return PyInt.of(op == MOD ? qr[1] : qr[0]);
            }
            case LSHIFT: {
                if (y.signum() < 0) throw Errors.value("negative shift count");
                return PyInt.of(x.shiftLeft(y.intValueExact()));
            }
            case RSHIFT: {
                if (y.signum() < 0) throw Errors.value("negative shift count");
                return PyInt.of(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue()));
            }
            case TRUEDIV: {
                if (y.signum() == 0) throw Errors.zeroDivision(Errors.DIVISION_BY_ZERO);
                return new PyFloat(new BigDecimal(x).divide(new BigDecimal(y), java.math.MathContext.DECIMAL128).doubleValue());
            }
            case POW: return intPow(a, b);
            default: return null;
        }
    }

    private static Object intPow(PyInt a, PyInt b) {
        if (b.signum() < 0) return floatOp(POW, a.toDouble(), b.toDouble());
        if (b.wide != 0) {
            if (a.wide == 0 && (a.v == 0 || a.v == 1)) return a;
            throw Errors.overflow("exponent too large");
        }
        if (a.wide == 0) {
            long base = a.v, e = b.v, r = 1;
            boolean ok = true;
            while (e > 0 && ok) {
                if ((e & 1) != 0) {
                    long hi = Math.multiplyHigh(r, base);
                    long lo = r * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    r = lo;
                }
                e >>= 1;
                if (e > 0) {
                    long hi = Math.multiplyHigh(base, base);
                    long lo = base * base;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { ok = false; break; }
                    base = lo;
                }
            }
            if (ok) return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().pow((int) b.v));
    }

    /** A float op; both operands already converted to double. */
    public static Object floatOp(int op, double x, double y) {
        switch (op) {
            case ADD: return new PyFloat(x + y);
            case SUB: return new PyFloat(x - y);
            case MUL: return new PyFloat(x * y);
            case TRUEDIV:
                if (y == 0) throw Errors.zeroDivision(Errors.FLOAT_DIVISION_BY_ZERO);
                return new PyFloat(x / y);
            case FLOORDIV: {
                if (y == 0) throw Errors.zeroDivision(Errors.FLOAT_FLOORDIV_BY_ZERO);
                return new PyFloat(floorDiv(x, y));
            }
            case MOD: {
                if (y == 0) throw Errors.zeroDivision(Errors.FLOAT_MODULO_BY_ZERO);
                return new PyFloat(floatMod(x, y));
            }
            case POW: {
                if (x == 0 && y < 0 && !Double.isInfinite(y)) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                if (x < 0 && y != Math.floor(y) && Double.isFinite(x) && Double.isFinite(y)) return Complexes.op(POW, new PyComplex(x, 0), new PyFloat(y));
                double r = Libm.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) throw Errors.overflow("(34, 'Numerical result out of range')");
                return new PyFloat(r);
            }
            default: return null;
        }
    }

    static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) m += y;
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
        if (div != 0) {
            double f = Math.floor(div);
            if (div - f > 0.5) f += 1.0;
            return f;
        }
        return Math.copySign(0.0, x / y);
    }

    /** Compares an int with a float exactly (NaN compares as unordered: returns 2). */
    public static int compareIntFloat(PyInt i, double f) {
        if (Double.isNaN(f)) return 2;
        if (Double.isInfinite(f)) return f > 0 ? -1 : 1;
        if (i.wide == 0 && Math.abs(i.v) < (1L << 53)) { double a = i.v; return a < f ? -1 : a > f ? 1 : 0; }
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(f));
    }

    /** repr() of a float. */
    public static String floatRepr(double d) { return dev.jpy.marshal.model.PyRepr.floatRepr(d); }
}
