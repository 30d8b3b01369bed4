package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import java.math.BigInteger;
import java.util.List;

/** math's integer functions (factorial, comb, perm, isqrt, gcd, lcm) and its sums and products (prod, fsum, sumprod, hypot, dist, isclose). */
final class MathIntegers {
    private MathIntegers() {}

    static void install(PyDict d) {
        Args.def(d, "factorial", (a, k) -> {
            Args.count("factorial", a, k, 1, 1);
            return PyInt.of(factorial(MathMore.nonNegative(a[0], "factorial() not defined for negative values")));
        });
        Args.def(d, "comb", (a, k) -> {
            Args.count("comb", a, k, 2, 2);
            BigInteger n = MathMore.nonNegative(a[0], "n must be a non-negative integer");
            BigInteger r = MathMore.nonNegative(a[1], "k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.of(0);
            if (r.compareTo(n.subtract(r)) > 0) r = n.subtract(r);
            return PyInt.of(fallingFactorial(n, r.intValueExact()).divide(factorial(r)));
        });
        Args.def(d, "perm", (a, k) -> {
            Args.count("perm", a, k, 1, 2);
            if (a.length == 1 || a[1] == PyNone.NONE) {
                return PyInt.of(factorial(MathMore.nonNegative(a[0], "factorial() not defined for negative values")));
            }
            BigInteger n = MathMore.nonNegative(a[0], "n must be a non-negative integer");
            BigInteger r = MathMore.nonNegative(a[1], "k must be a non-negative integer");
            return PyInt.of(r.compareTo(n) > 0 ? BigInteger.ZERO : fallingFactorial(n, r.intValueExact()));
        });
        Args.def(d, "isqrt", (a, k) -> {
            Args.count("isqrt", a, k, 1, 1);
            return PyInt.of(MathMore.nonNegative(a[0], "isqrt() argument must be nonnegative").sqrt());
        });
        Args.def(d, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object x : a) g = g.gcd(RandomMethods.index(x));
            return PyInt.of(g);
        });
        Args.def(d, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object x : a) {
                BigInteger v = RandomMethods.index(x).abs();
                if (v.signum() == 0) return PyInt.of(0);
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        Args.def(d, "prod", (a, k) -> {
            Args.onlyKeywords("prod", k, "start");
            Object start = Args.kw(a, k, "start"), acc = start == null ? PyInt.of(1) : start;
            for (Object x : Ops.toList(a[0])) acc = MathMore.mul(acc, x);
            return acc;
        });
        Args.def(d, "fsum", (a, k) -> {
            Args.count("fsum", a, k, 1, 1);
            return MathMore.fsum(Ops.toList(a[0]));
        });
        Args.def(d, "sumprod", (a, k) -> {
            Args.count("sumprod", a, k, 2, 2);
            List<Object> p = Ops.toList(a[0]), q = Ops.toList(a[1]);
            if (p.size() != q.size()) throw Errors.value("Inputs are not the same length");
            Object acc = PyInt.of(0);
            for (int i = 0; i < p.size(); i++) acc = MathMore.add(acc, MathMore.mul(p.get(i), q.get(i)));
            return acc;
        });
        Args.def(d, "hypot", (a, k) -> new PyFloat(norm(a)));
        Args.def(d, "dist", (a, k) -> {
            Args.count("dist", a, k, 2, 2);
            List<Object> p = Ops.toList(a[0]), q = Ops.toList(a[1]);
            if (p.size() != q.size()) throw Errors.value("both points must have the same number of dimensions");
            Object[] diff = new Object[p.size()];
            for (int i = 0; i < diff.length; i++) diff[i] = new PyFloat(MathMore.real(p.get(i)) - MathMore.real(q.get(i)));
            return new PyFloat(norm(diff));
        });
        Args.def(d, "isclose", (a, k) -> {
            Args.onlyKeywords("isclose", k, "a", "b", "rel_tol", "abs_tol");
            double x = MathMore.real(ItertoolsModule.required("isclose", a, k, 0, "a"));
            double y = MathMore.real(ItertoolsModule.required("isclose", a, k, 1, "b"));
            Object rt = Args.kw(a, k, "rel_tol"), at = Args.kw(a, k, "abs_tol");
            double rel = rt == null ? 1e-9 : MathMore.real(rt), abs = at == null ? 0.0 : MathMore.real(at);
            if (rel < 0 || abs < 0) throw Errors.value("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
    }

    static BigInteger factorial(BigInteger n) { return fallingFactorial(n, n.intValueExact()); }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingFactorial(BigInteger n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        return r;
    }

    /** The Euclidean norm (inf if any is infinite, else nan if any is nan). */
    private static double norm(Object[] coords) {
        double max = 0;
        boolean nan = false;
        double[] v = new double[coords.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.abs(MathMore.real(coords[i]));
            if (Double.isNaN(v[i])) nan = true;
            else max = Math.max(max, v[i]);
        }
        if (Double.isInfinite(max)) return max;
        if (nan) return Double.NaN;
        return dev.jpy.vm.object.Libm.norm(v, max);
    }
}
