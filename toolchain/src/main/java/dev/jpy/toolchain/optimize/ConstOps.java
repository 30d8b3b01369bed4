package dev.jpy.toolchain.optimize;

import dev.jpy.marshal.model.*;
import dev.jpy.toolchain.ast.Ast.Operator;
import dev.jpy.toolchain.ast.Ast.UnaryOperator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's operators on compile-time constants, as the AST optimizer folds them (CPython's
 * {@code Python/ast_opt.c}: {@code fold_unaryop}, {@code fold_binop} with its {@code safe_*} size
 * limits). Every method returns the result, or null where CPython's operation would raise (or where
 * this class does not know the exact result): the node then stays as it is.
 */
final class ConstOps {
    private ConstOps() { }

    static final int MAX_INT_SIZE = 128;          // bits
    static final int MAX_COLLECTION_SIZE = 256;   // items
    static final int MAX_STR_SIZE = 4096;         // characters
    static final int MAX_TOTAL_ITEMS = 1024;      // including nested collections

    static PyObj unary(UnaryOperator op, PyObj v) {
        return switch (op) {
            case Not -> truth(v) == null ? null : PyBool.of(!truth(v));
            case Invert -> isInt(v) ? PyInt.of(big(v).not()) : null;
            case UAdd -> isInt(v) ? PyInt.of(big(v)) : v instanceof PyFloat || v instanceof PyComplex ? v : null;
            case USub -> isInt(v) ? PyInt.of(big(v).negate())
                    : v instanceof PyFloat f ? new PyFloat(-f.value())
                    : v instanceof PyComplex c ? new PyComplex(-c.real(), -c.imag()) : null;
        };
    }

    /** Python truth value of a constant, or null for a kind without one here. */
    static Boolean truth(PyObj v) {
        return switch (v) {
            case PyNone n -> false;
            case PyBool b -> b.value();
            case PyInt i -> i.signum() != 0;
            case PyFloat f -> f.value() != 0.0;
            case PyComplex c -> c.real() != 0.0 || c.imag() != 0.0;
            case PyStr s -> s.length() != 0;
            case PyBytes b -> b.length() != 0;
            case PyTuple t -> t.size() != 0;
            case PyFrozenSet s -> !s.items().isEmpty();
            case PyEllipsis e -> true;
            default -> null;
        };
    }

    static PyObj binary(Operator op, PyObj l, PyObj r) {
        try {
            return switch (op) {
                case Add -> add(l, r);
                case Sub -> arith(op, l, r);
                case Mult -> multiply(l, r);
                case Div, FloorDiv, Mod, Pow -> l instanceof PyStr || l instanceof PyBytes ? null : arith(op, l, r);
                case LShift -> isInt(l) && isInt(r) ? lshift(big(l), big(r)) : null;
                case RShift -> isInt(l) && isInt(r) && big(r).signum() >= 0
                        ? PyInt.of(big(l).shiftRight(clampShift(big(r)))) : null;
                case BitOr, BitXor, BitAnd -> bitwise(op, l, r);
                case MatMult -> null;
            };
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static boolean isInt(PyObj v) { return v instanceof PyInt || v instanceof PyBool; }

    static BigInteger big(PyObj v) {
        return v instanceof PyBool b ? (b.value() ? BigInteger.ONE : BigInteger.ZERO) : ((PyInt) v).bigValue();
    }

    private static int clampShift(BigInteger n) { return n.bitLength() > 31 ? Integer.MAX_VALUE : n.intValue(); }

    private static PyObj add(PyObj l, PyObj r) {
        if (l instanceof PyStr a && r instanceof PyStr b) return PyStr.of(a.value() + b.value());
        if (l instanceof PyBytes a && r instanceof PyBytes b) {
            byte[] out = new byte[a.length() + b.length()];
            a.copyTo(out, 0);
            b.copyTo(out, a.length());
            return PyBytes.wrap(out);
        }
        if (l instanceof PyTuple a && r instanceof PyTuple b) {
            List<PyObj> out = new ArrayList<>(a.items());
            out.addAll(b.items());
            return new PyTuple(out);
        }
        return arith(Operator.Add, l, r);
    }

    private static PyObj bitwise(Operator op, PyObj l, PyObj r) {
        if (!isInt(l) || !isInt(r)) return null;
        if (l instanceof PyBool a && r instanceof PyBool b) {
            return PyBool.of(switch (op) {
                case BitOr -> a.value() | b.value();
                case BitXor -> a.value() ^ b.value();
                default -> a.value() & b.value();
            });
        }
        BigInteger a = big(l), b = big(r);
        return PyInt.of(op == Operator.BitOr ? a.or(b) : op == Operator.BitXor ? a.xor(b) : a.and(b));
    }

    private static PyObj lshift(BigInteger v, BigInteger w) {
        if (w.signum() < 0) return null;
        if (v.signum() != 0 && w.signum() != 0) {
            if (w.bitLength() > 31 || w.intValue() > MAX_INT_SIZE || v.abs().bitLength() > MAX_INT_SIZE - w.intValue()) {
                return null;
            }
        }
        return PyInt.of(v.shiftLeft(clampShift(w)));
    }

    private static PyObj multiply(PyObj l, PyObj r) {
        if (isInt(l) && isInt(r)) {
            BigInteger a = big(l), b = big(r);
            if (a.signum() != 0 && b.signum() != 0 && a.abs().bitLength() + b.abs().bitLength() > MAX_INT_SIZE) return null;
            return PyInt.of(a.multiply(b));
        }
        if (isInt(r) && isSequence(l)) return repeat(l, big(r));
        if (isInt(l) && isSequence(r)) return repeat(r, big(l));
        return arith(Operator.Mult, l, r);
    }

    private static boolean isSequence(PyObj v) {
        return v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple || v instanceof PyFrozenSet;
    }

    private static PyObj repeat(PyObj seq, BigInteger count) {
        int size = switch (seq) {
            case PyStr s -> s.length();
            case PyBytes b -> b.length();
            case PyTuple t -> t.size();
            case PyFrozenSet f -> f.items().size();
            default -> throw new IllegalStateException();
        };
        if (size != 0) {
            if (count.bitLength() > 62) return null;
            long n = count.longValue();
            boolean collection = seq instanceof PyTuple || seq instanceof PyFrozenSet;
            if (n < 0 || n > (collection ? MAX_COLLECTION_SIZE : MAX_STR_SIZE) / size) return null;
            if (collection && n != 0 && complexity(seq, MAX_TOTAL_ITEMS / n) < 0) return null;
        }
        int n = count.signum() <= 0 ? 0 : count.bitLength() > 31 ? Integer.MAX_VALUE : count.intValue();
        if (size == 0) n = 0;
        return switch (seq) {
            case PyStr s -> PyStr.of(s.value().repeat(n));
            case PyBytes b -> {
                byte[] out = new byte[b.length() * n];
                for (int i = 0; i < n; i++) b.copyTo(out, i * b.length());
                yield PyBytes.wrap(out);
            }
            case PyTuple t -> {
                List<PyObj> out = new ArrayList<>();
                for (int i = 0; i < n; i++) out.addAll(t.items());
                yield new PyTuple(out);
            }
            default -> null;   // frozenset * int raises TypeError
        };
    }

    /** CPython's {@code check_complexity}: the limit minus the items of {@code v}, negative when exceeded. */
    static long complexity(PyObj v, long limit) {
        List<PyObj> items = v instanceof PyTuple t ? t.items() : v instanceof PyFrozenSet f ? f.items() : null;
        if (items == null) return limit;
        limit -= items.size();
        for (int i = 0; limit >= 0 && i < items.size(); i++) limit = complexity(items.get(i), limit);
        return limit;
    }

    /** Arithmetic on the numeric tower int (bool) → float → complex. */
    private static PyObj arith(Operator op, PyObj l, PyObj r) {
        if (isInt(l) && isInt(r)) return intArith(op, big(l), big(r));
        if (l instanceof PyComplex || r instanceof PyComplex) return complexArith(op, l, r);
        Double a = toDouble(l), b = toDouble(r);
        if (a == null || b == null) return null;
        return floatArith(op, a, b);
    }

    private static Double toDouble(PyObj v) {
        if (v instanceof PyFloat f) return f.value();
        if (isInt(v)) {
            double d = big(v).doubleValue();
            return Double.isInfinite(d) ? null : d;
        }
        return null;
    }

    private static PyObj intArith(Operator op, BigInteger a, BigInteger b) {
        return switch (op) {
            case Add -> PyInt.of(a.add(b));
            case Sub -> PyInt.of(a.subtract(b));
            case FloorDiv -> b.signum() == 0 ? null : PyInt.of(floorDiv(a, b));
            case Mod -> b.signum() == 0 ? null : PyInt.of(a.subtract(floorDiv(a, b).multiply(b)));
            case Div -> b.signum() == 0 ? null : trueDiv(a, b);
            case Pow -> intPow(a, b);
            default -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static PyObj trueDiv(BigInteger a, BigInteger b) {
        if (a.abs().bitLength() <= 53 && b.abs().bitLength() <= 53) return new PyFloat(a.doubleValue() / b.doubleValue());
        double d = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
        return Double.isInfinite(d) ? null : new PyFloat(d);
    }

    private static PyObj intPow(BigInteger v, BigInteger w) {
        if (w.signum() < 0) {
            if (v.signum() == 0) return null;
            return floatArith(Operator.Pow, v.doubleValue(), w.doubleValue());
        }
        if (v.signum() != 0 && w.signum() > 0) {
            if (w.bitLength() > 31 || v.abs().bitLength() > MAX_INT_SIZE / w.intValue()) return null;
        }
        return PyInt.of(v.pow(w.intValue()));
    }

    private static PyObj floatArith(Operator op, double a, double b) {
        double r;
        switch (op) {
            case Add -> r = a + b;
            case Sub -> r = a - b;
            case Mult -> r = a * b;
            case Div -> {
                if (b == 0.0) return null;
                r = a / b;
            }
            case FloorDiv, Mod -> {
                if (b == 0.0) return null;
                double mod = a % b;
                double div = (a - mod) / b;
                if (mod != 0.0) {
                    if ((b < 0) != (mod < 0)) {
                        mod += b;
                        div -= 1.0;
                    }
                } else {
                    mod = Math.copySign(0.0, b);
                }
                double floordiv;
                if (div != 0.0) {
                    floordiv = Math.floor(div);
                    if (div - floordiv > 0.5) floordiv += 1.0;
                } else {
                    floordiv = Math.copySign(0.0, a / b);
                }
                r = op == Operator.Mod ? mod : floordiv;
            }
            case Pow -> {
                if (a == 0.0 && b < 0.0) return null;
                if (a < 0.0 && b != Math.floor(b) && Double.isFinite(b)) {
                    return complexPow(new double[] {a, 0.0}, new double[] {b, 0.0});   // float_pow's complex result
                }
                r = Math.pow(a, b);
                if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) return null;
            }
            default -> { return null; }
        }
        return new PyFloat(r);
    }

    private static PyObj complexArith(Operator op, PyObj l, PyObj r) {
        double[] a = toComplex(l), b = toComplex(r);
        if (a == null || b == null) return null;
        return switch (op) {
            case Add -> new PyComplex(a[0] + b[0], a[1] + b[1]);
            case Sub -> new PyComplex(a[0] - b[0], a[1] - b[1]);
            case Mult -> { double[] p = prod(a, b); yield new PyComplex(p[0], p[1]); }
            case Div -> complexQuotient(a, b);
            case Pow -> complexPow(a, b);
            default -> null;
        };
    }

    /** CPython's {@code complex_pow}: small integral exponents by repeated multiplication, else polar form. */
    private static PyObj complexPow(double[] a, double[] b) {
        double[] r;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            int n = (int) b[0];
            if (n >= 0) {
                r = powu(a, n);
            } else {
                PyObj q = complexQuotient(new double[] {1.0, 0.0}, powu(a, -n));
                if (q == null) return null;
                r = new double[] {((PyComplex) q).real(), ((PyComplex) q).imag()};
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            r = new double[] {1.0, 0.0};
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            if (b[1] != 0.0 || b[0] < 0.0) return null;
            r = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(a[0], a[1]);
            double len = Math.pow(vabs, b[0]);
            double at = Math.atan2(a[1], a[0]);
            double phase = at * b[0];
            if (b[1] != 0.0) {
                len /= Math.exp(at * b[1]);
                phase += b[1] * Math.log(vabs);
            }
            r = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) return null;
        return new PyComplex(r[0], r[1]);
    }

    private static double[] powu(double[] x, int n) {
        double[] r = {1.0, 0.0}, p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = prod(r, p);
            p = prod(p, p);
        }
        return r;
    }

    private static double[] prod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** CPython's {@code _Py_c_quot}; null for a zero divisor. */
    private static PyObj complexQuotient(double[] a, double[] b) {
        double absReal = Math.abs(b[0]), absImag = Math.abs(b[1]);
        if (absReal >= absImag) {
            if (absReal == 0.0) return null;
            double ratio = b[1] / b[0], denom = b[0] + b[1] * ratio;
            return new PyComplex((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = b[0] / b[1], denom = b[0] * ratio + b[1];
            return new PyComplex((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static double[] toComplex(PyObj v) {
        if (v instanceof PyComplex c) return new double[] {c.real(), c.imag()};
        Double d = toDouble(v);
        return d == null ? null : new double[] {d, 0.0};
    }

    /** {@code value[index]} for a constant container and an int index, or null. */
    static PyObj subscript(PyObj value, PyObj index) {
        if (!isInt(index)) return null;
        BigInteger i = big(index);
        int n = switch (value) {
            case PyTuple t -> t.size();
            case PyStr s -> s.length();
            case PyBytes b -> b.length();
            default -> -1;
        };
        if (n < 0) return null;
        if (i.signum() < 0) i = i.add(BigInteger.valueOf(n));
        if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(n)) >= 0) return null;
        int k = i.intValue();
        return switch (value) {
            case PyTuple t -> t.get(k);
            case PyStr s -> PyStr.ofCodePoints(new int[] {s.codePoints()[k]});
            case PyBytes b -> PyInt.of(b.get(k));
            default -> null;
        };
    }
}
