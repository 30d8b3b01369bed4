package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Libm;
import dev.jpy.vm.object.LibmErf;
import dev.jpy.vm.object.LibmHyp;
import dev.jpy.vm.object.LibmSpecial;
import dev.jpy.vm.object.LibmTrig;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/** The rest of the math module: integer functions, exact sums, the inverse and hyperbolic functions, float inspection. */
final class MathMore {
    private MathMore() {}

    private static final String DOMAIN = "math domain error", RANGE = "math range error";

    static void install(PyDict d) {
        d.put("tau", new PyFloat(2 * Math.PI));
        Args.def(d, "floor", (a, k) -> rounded("floor", a, k, Math::floor));
        Args.def(d, "ceil", (a, k) -> rounded("ceil", a, k, Math::ceil));
        Args.def(d, "trunc", (a, k) -> {
            Args.count("math.trunc", a, k, 1, 1);
            Object own = a[0] instanceof dev.jpy.vm.object.Derived ? dev.jpy.vm.object.Derived.call(a[0], "__trunc__") : null;
            if (own != null) return own;
            if (a[0] instanceof PyInt) return a[0];
            if (a[0] instanceof PyFloat f) return toInt(f.v < 0 ? Math.ceil(f.v) : Math.floor(f.v));
            Object r = a[0] instanceof PyInstance ? Ops.callSpecial(a[0], "__trunc__") : null;
            if (r == null) throw Errors.type("type " + Errors.typeName(a[0]) + " doesn't define __trunc__ method");
            return r;
        });
        checked(d, "sqrt", Math::sqrt, x -> x >= 0);
        Args.def(d, "log", (a, k) -> {
            Args.count("log", a, k, 1, 2);
            double r = log(a[0]);
            return new PyFloat(a.length > 1 ? r / log(a[1]) : r);
        });
        checked(d, "asin", LibmTrig::asin, x -> x >= -1 && x <= 1);
        checked(d, "acos", LibmTrig::acos, x -> x >= -1 && x <= 1);
        checked(d, "atanh", LibmHyp::atanh, x -> x > -1 && x < 1);
        checked(d, "acosh", LibmHyp::acosh, x -> x >= 1);
        checked(d, "asinh", LibmHyp::asinh, x -> true);
        checked(d, "sinh", LibmHyp::sinh, x -> true);
        checked(d, "cosh", LibmHyp::cosh, x -> true);
        checked(d, "sin", LibmTrig::sin, x -> !Double.isInfinite(x));
        checked(d, "cos", LibmTrig::cos, x -> !Double.isInfinite(x));
        checked(d, "tan", LibmTrig::tan, x -> !Double.isInfinite(x));
        checked(d, "atan", LibmTrig::atan, x -> true);
        checked(d, "tanh", StrictMath::tanh, x -> true);
        checked(d, "log2", Libm::log2, x -> x > 0);
        checked(d, "log10", Libm::log10, x -> x > 0);
        checked(d, "log1p", StrictMath::log1p, x -> x > -1);
        checked(d, "expm1", StrictMath::expm1, x -> true);
        checked(d, "exp2", Libm::exp2, x -> true);
        checked(d, "cbrt", StrictMath::cbrt, x -> true);
        checked(d, "exp", Libm::exp, x -> true);
        checked(d, "erf", LibmErf::erf, x -> true);
        checked(d, "erfc", LibmErf::erfc, x -> true);
        errno(d, "gamma", LibmSpecial::gamma);
        errno(d, "lgamma", LibmSpecial::lgamma);
        checked(d, "degrees", Math::toDegrees, x -> true);
        checked(d, "radians", x -> x * (Math.PI / 180.0), x -> true);
        checked(d, "ulp", Math::ulp, x -> true);
        test(d, "isfinite", Double::isFinite);
        test(d, "isinf", Double::isInfinite);
        test(d, "isnan", Double::isNaN);
        binary(d, "atan2", LibmTrig::atan2);
        binary(d, "copysign", Math::copySign);
        binary(d, "remainder", (x, y) -> {
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x)) throw Errors.value(DOMAIN);
            return Math.IEEEremainder(x, y);
        });
        binary(d, "fmod", (x, y) -> {
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) throw Errors.value(DOMAIN);
            return x % y;
        });
        binary(d, "pow", MathMore::pow);
        Args.def(d, "nextafter", MathMore::nextafter);
        Args.def(d, "fma", (a, k) -> {
            Args.count("fma", a, k, 3, 3);
            double x = real(a[0]), y = real(a[1]), z = real(a[2]), r = Math.fma(x, y, z);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y) && !Double.isNaN(z)) throw Errors.value("invalid operation in fma");
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z)) throw Errors.overflow("overflow in fma");
            return new PyFloat(r);
        });
        Args.def(d, "modf", (a, k) -> {
            double x = real(a[0]), i = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - i, x)), new PyFloat(i));
        });
        Args.def(d, "frexp", (a, k) -> {
            double x = real(a[0]);
            if (x == 0 || !Double.isFinite(x)) return PyTuple.of(new PyFloat(x), PyInt.of(0));
            int adjust = 0;
            if (Math.abs(x) < Double.MIN_NORMAL) { // a subnormal: make it normal first
                x *= 0x1p54;
                adjust = -54;
            }
            int e = Math.getExponent(x) + 1;
            return PyTuple.of(new PyFloat(x / Math.scalb(1.0, e)), PyInt.of(e + adjust));
        });
        Args.def(d, "ldexp", (a, k) -> {
            double r = Math.scalb(real(a[0]), (int) Math.max(-100000, Math.min(100000, Ops.index(a[1]))));
            if (Double.isInfinite(r) && Double.isFinite(real(a[0]))) throw Errors.overflow(RANGE);
            return new PyFloat(r);
        });
        MathIntegers.install(d);
    }

    /** A float argument ("must be real number, not str"). */
    static double real(Object o) {
        if (o instanceof PyFloat f) return f.v;
        if (o instanceof PyInt i) return i.toDouble();
        Object r = o instanceof PyInstance ? Ops.callSpecial(o, "__float__") : null;
        if (r instanceof PyFloat f) return f.v;
        throw Errors.type("must be real number, not " + Errors.typeName(o));
    }

    private static Object toInt(double v) {
        if (Double.isNaN(v)) throw Errors.value("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) throw Errors.overflow("cannot convert float infinity to integer");
        return Math.abs(v) < 9e18 ? PyInt.of((long) v) : PyInt.of(new BigDecimal(v).toBigInteger());
    }

    private static Object rounded(String name, Object[] a, dev.jpy.vm.object.PyTuple k, DoubleUnaryOperator f) {
        Args.count("math." + name, a, k, 1, 1);
        Object own = a[0] instanceof dev.jpy.vm.object.Derived ? dev.jpy.vm.object.Derived.call(a[0], "__" + name + "__") : null;
        if (own != null) return own;
        if (a[0] instanceof PyInt i) return PyInt.of(i.bigValue());
        if (a[0] instanceof PyInstance) {
            Object r = Ops.callSpecial(a[0], "__" + name + "__");
            if (r != null) return r;
        }
        return toInt(f.applyAsDouble(real(a[0])));
    }

    /** A one-argument float function with CPython's errors: ValueError outside the domain, OverflowError when a finite input overflows. */
    private static void checked(PyDict d, String name, DoubleUnaryOperator f, DoublePredicate domain) {
        Args.def(d, name, (a, k) -> {
            Args.count("math." + name, a, k, 1, 1);
            double x = real(a[0]);
            if (!Double.isNaN(x) && !domain.test(x)) throw Errors.value(DOMAIN);
            double r = f.applyAsDouble(x);
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                if (name.startsWith("log") || name.equals("atanh")) throw Errors.value(DOMAIN);
                throw Errors.overflow(RANGE);
            }
            return new PyFloat(r);
        });
    }

    /** A function that reports errors errno-style (CPython's math_1a): DOMAIN is ValueError, RANGE an OverflowError unless the result underflowed. */
    private static void errno(PyDict d, String name, DoubleUnaryOperator f) {
        Args.def(d, name, (a, k) -> {
            Args.count("math." + name, a, k, 1, 1);
            double r = f.applyAsDouble(real(a[0]));
            int status = LibmSpecial.status();
            if (status == LibmSpecial.DOMAIN) throw Errors.value(DOMAIN);
            if (status == LibmSpecial.RANGE && Math.abs(r) >= 1.5) throw Errors.overflow(RANGE);
            return new PyFloat(r);
        });
    }

    private static void test(PyDict d, String name, DoublePredicate p) {
        Args.def(d, name, (a, k) -> {
            Args.count("math." + name, a, k, 1, 1);
            return PyBool.of(p.test(real(a[0])));
        });
    }

    private interface DoubleBinary {
        double apply(double x, double y);
    }

    private static void binary(PyDict d, String name, DoubleBinary f) {
        Args.def(d, name, (a, k) -> {
            Args.count(name, a, k, 2, 2);
            return new PyFloat(f.apply(real(a[0]), real(a[1])));
        });
    }

    /** math.nextafter(x, y, /, *, steps=None): the float steps representable values from x towards y (y when reached). */
    private static Object nextafter(Object[] a, dev.jpy.vm.object.PyTuple k) {
        Args.onlyKeywords("nextafter", k, "steps");
        int n = Args.npos(a, k);
        if (n != 2) throw Errors.type("nextafter() takes exactly 2 positional arguments (" + n + " given)");
        double x = real(a[0]), y = real(a[1]);
        Object s = Args.kw(a, k, "steps");
        if (s == null || s == dev.jpy.vm.object.PyNone.NONE) return new PyFloat(Math.nextAfter(x, y));
        BigInteger steps = RandomMethods.index(s);
        if (steps.signum() < 0) throw Errors.value("steps must be a non-negative integer");
        if (steps.signum() == 0 || Double.isNaN(x)) return new PyFloat(x);
        if (Double.isNaN(y)) return new PyFloat(y);
        long from = ordered(x), to = ordered(y); // -0.0 and 0.0 share one position
        BigInteger distance = BigInteger.valueOf(to).subtract(BigInteger.valueOf(from)).abs();
        if (steps.compareTo(distance) >= 0) return new PyFloat(y);
        long at = to > from ? from + steps.longValue() : from - steps.longValue();
        if (at == 0) return new PyFloat(to > from ? -0.0 : 0.0);
        return new PyFloat(at > 0 ? Double.longBitsToDouble(at) : -Double.longBitsToDouble(-at));
    }

    private static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(Math.abs(v));
        return v < 0 ? -bits : bits;
    }

    /** The natural log of a float or an int of any size ("math domain error" for x <= 0). */
    private static double log(Object o) {
        if (o instanceof PyInt i && !i.isSmall()) {
            BigInteger b = i.bigValue();
            if (b.signum() <= 0) throw Errors.value(DOMAIN);
            int shift = b.bitLength() - 60;
            return Libm.log(b.shiftRight(shift).doubleValue()) + shift * Libm.log(2.0);
        }
        double x = real(o);
        if (x <= 0) throw Errors.value(DOMAIN);
        return Libm.log(x);
    }

    private static double pow(double x, double y) {
        if (x == 0 && y < 0 && Double.isFinite(y)) throw Errors.value(DOMAIN);
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) throw Errors.value(DOMAIN);
        double r = Libm.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw Errors.overflow(RANGE);
        return r;
    }

    /** math.fsum: the correctly rounded sum of the exact values (finite ones summed exactly). */
    static Object fsum(List<Object> items) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean nan = false, posInf = false, negInf = false;
        for (Object o : items) {
            double x = real(o);
            if (Double.isNaN(x)) nan = true;
            else if (x == Double.POSITIVE_INFINITY) posInf = true;
            else if (x == Double.NEGATIVE_INFINITY) negInf = true;
            else sum = sum.add(new BigDecimal(x));
        }
        if (posInf && negInf) throw Errors.value("-inf + inf in fsum");
        if (nan) return new PyFloat(Double.NaN);
        if (posInf || negInf) return new PyFloat(posInf ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        special = sum.doubleValue();
        if (Double.isInfinite(special)) throw Errors.overflow("intermediate overflow in fsum");
        return new PyFloat(special);
    }

    /** Products and sums in Python arithmetic (ints stay exact). */
    static Object mul(Object a, Object b) { return Arith.binary(Numbers.MUL, a, b); }

    static Object add(Object a, Object b) { return Arith.binary(Numbers.ADD, a, b); }

    static BigInteger nonNegative(Object o, String msg) {
        BigInteger v = RandomMethods.index(o);
        if (v.signum() < 0) throw Errors.value(msg);
        return v;
    }
}
