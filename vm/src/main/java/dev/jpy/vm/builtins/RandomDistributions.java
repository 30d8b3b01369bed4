package dev.jpy.vm.builtins;

import dev.jpy.vm.builtins.RandomModule.Rng;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Libm;
import dev.jpy.vm.object.LibmSpecial;
import dev.jpy.vm.object.LibmTrig;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyType;

/** The continuous distributions of random.Random beyond gauss: the same draws and formulas as CPython's random.py. */
final class RandomDistributions {
    private RandomDistributions() {}

    private static final double TWOPI = 2 * Math.PI, LOG4 = Libm.log(4.0), SG_MAGICCONST = 1.0 + Libm.log(4.5);
    private static final double NV_MAGICCONST = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);

    /** A method taking the float parameters names (all required), computed by f from the generator and their values. */
    private interface Dist {
        double draw(Rng r, double[] p);
    }

    private static void def(PyType t, String name, Dist f, String... params) {
        Args.method(t, name, (a, k) -> {
            Args.onlyKeywords(name, k, params);
            double[] p = new double[params.length];
            for (int i = 0; i < params.length; i++) {
                Object v = ItertoolsModule.optional(a, k, i + 1, params[i]);
                if (v == null) throw Errors.type("Random." + name + "() missing 1 required positional argument: '" + params[i] + "'");
                p[i] = RandomModule.f(v);
            }
            return new PyFloat(f.draw(RandomModule.self(a), p));
        });
    }

    static void install(PyType t) {
        def(t, "lognormvariate", (r, p) -> Libm.exp(normal(r, p[0], p[1])), "mu", "sigma");
        def(t, "paretovariate", (r, p) -> Libm.pow(1.0 - r.mt.random(), -1.0 / p[0]), "alpha");
        def(t, "weibullvariate", (r, p) -> p[0] * Libm.pow(-Libm.log(1.0 - r.mt.random()), 1.0 / p[1]), "alpha", "beta");
        def(t, "gammavariate", (r, p) -> gamma(r, p[0], p[1]), "alpha", "beta");
        def(t, "betavariate", (r, p) -> {
            double y = gamma(r, p[0], 1.0);
            return y != 0 ? y / (y + gamma(r, p[1], 1.0)) : 0.0;
        }, "alpha", "beta");
        def(t, "vonmisesvariate", RandomDistributions::vonMises, "mu", "kappa");
        Args.method(t, "binomialvariate", (a, k) -> {
            Args.onlyKeywords("binomialvariate", k, "n", "p");
            Object n = ItertoolsModule.optional(a, k, 1, "n"), p = ItertoolsModule.optional(a, k, 2, "p");
            return PyInt.of(binomial(RandomModule.self(a), n == null ? 1 : Ops.index(n), p == null ? 0.5 : RandomModule.f(p)));
        });
    }

    /** binomialvariate: Devroye's geometric method while n*p < 10, else Hörmann's BTRS, as in CPython 3.12+. */
    static long binomial(Rng r, long n, double p) {
        if (n < 0) throw Errors.value("n must be non-negative");
        if (p <= 0.0 || p >= 1.0) {
            if (p == 0.0) return 0;
            if (p == 1.0) return n;
            throw Errors.value("p must be in the range 0.0 <= p <= 1.0");
        }
        if (n == 1) return r.mt.random() < p ? 1 : 0;
        if (p > 0.5) return n - binomial(r, n, 1.0 - p);
        if (n * p < 10.0) {
            long x = 0, y = 0;
            double c = Libm.log2(1.0 - p);
            if (c == 0) return x;
            while (true) {
                y += (long) Math.floor(Libm.log2(r.mt.random()) / c) + 1;
                if (y > n) return x;
                x++;
            }
        }
        double spq = Math.sqrt(n * p * (1.0 - p)), b = 1.15 + 2.53 * spq, a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5, vr = 0.92 - 4.2 / b, alpha = 0, lpq = 0, h = 0;
        long m = 0;
        boolean setup = false;
        while (true) {
            double u = r.mt.random() - 0.5, us = 0.5 - Math.abs(u);
            double kf = Math.floor((2.0 * a / us + b) * u + c);
            if (kf < 0 || kf > n) continue;
            long k = (long) kf;
            double v = r.mt.random();
            if (us >= 0.07 && v <= vr) return k;
            if (!setup) {
                alpha = (2.83 + 5.1 / b) * spq;
                lpq = Libm.log(p / (1.0 - p));
                m = (long) Math.floor((n + 1) * p);
                h = LibmSpecial.lgamma(m + 1) + LibmSpecial.lgamma(n - m + 1);
                setup = true;
            }
            v *= alpha / (a / (us * us) + b);
            if (Libm.log(v) <= h - LibmSpecial.lgamma(k + 1) - LibmSpecial.lgamma(n - k + 1) + (k - m) * lpq) return k;
        }
    }

    /** normalvariate: Kinderman and Monahan's ratio method. */
    static double normal(Rng r, double mu, double sigma) {
        double z;
        while (true) {
            double u1 = r.mt.random(), u2 = 1.0 - r.mt.random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Libm.log(u2)) break;
        }
        return mu + z * sigma;
    }

    private static double gamma(Rng r, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) throw Errors.value("gammavariate: alpha and beta must be > 0.0");
        if (alpha > 1.0) {
            double ainv = Math.sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
            while (true) {
                double u1 = r.mt.random();
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - r.mt.random();
                double v = Libm.log(u1 / (1.0 - u1)) / ainv, x = alpha * Libm.exp(v);
                double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
                if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Libm.log(z)) return x * beta;
            }
        }
        if (alpha == 1.0) return -Libm.log(1.0 - r.mt.random()) * beta;
        while (true) {
            double u = r.mt.random(), b = (Math.E + alpha) / Math.E, p = b * u;
            double x = p <= 1.0 ? Libm.pow(p, 1.0 / alpha) : -Libm.log((b - p) / alpha);
            double u1 = r.mt.random();
            if (p > 1.0 ? u1 <= Libm.pow(x, alpha - 1.0) : u1 <= Libm.exp(-x)) return x * beta;
        }
    }

    private static double vonMises(Rng r, double[] p) {
        double mu = p[0], kappa = p[1];
        if (kappa <= 1e-6) return TWOPI * r.mt.random();
        double s = 0.5 / kappa, rr = s + Math.sqrt(1.0 + s * s), z;
        while (true) {
            double u1 = r.mt.random();
            z = LibmTrig.cos(Math.PI * u1);
            double d = z / (rr + z), u2 = r.mt.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Libm.exp(d)) break;
        }
        double q = 1.0 / rr, f = (q + z) / (1.0 + q * z), u3 = r.mt.random();
        double theta = u3 > 0.5 ? mu + LibmTrig.acos(f) : mu - LibmTrig.acos(f);
        return ((theta % TWOPI) + TWOPI) % TWOPI;
    }
}
