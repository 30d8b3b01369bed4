package dev.jpy.vm.object;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Correctly rounded exp, exp2, log, log2, log10 and pow, bit-identical to glibc's libm (which CPython calls):
 * the result is computed in double-double (~100 bits) and rounded once. Java's Math/StrictMath are only
 * within 1 ulp. The trigonometric functions are in LibmTrig, the hyperbolic ones in LibmHyp.
 */
public final class Libm {
    private Libm() {}

    /** ln 2 in three parts; the first two have 32 bits, so k * part is exact for |k| < 2^21. */
    private static final double LN2_1 = 0x1.62e42fee00000p-1, LN2_2 = 0x1.a39ef35600000p-33, LN2_3 = 0x1.93c7673007e5fp-65;
    static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    private static final DD INV_LN2 = new DD(0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56);
    /** 1/n! for n = 0..11 as double-doubles (high and low parts). */
    private static final double[] FACT_HI = new double[12], FACT_LO = new double[12];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < FACT_HI.length; n++) {
            if (n > 0) f = f.multiply(BigDecimal.valueOf(n));
            DD c = DD.of(BigDecimal.ONE.divide(f, new MathContext(50)));
            FACT_HI[n] = c.hi();
            FACT_LO[n] = c.lo();
        }
    }

    /**
     * expm1(r) for a double-double |r| <= 0.36: Taylor series of r/256, then eight doublings (1+e)^2 - 1 = 2e + e^2.
     * Written on primitive locals (no DD per step) so that it stays fast.
     */
    static DD expm1Small(DD r) {
        double xh = r.hi() * 0x1p-8, xl = r.lo() * 0x1p-8, ph = FACT_HI[11], pl = FACT_LO[11];
        for (int n = 10; n >= 0; n--) {
            double m = ph * xh, me = Math.fma(ph, xh, -m) + (ph * xl + pl * xh); // p * x
            double ch = n == 0 ? 0 : FACT_HI[n], cl = n == 0 ? 0 : FACT_LO[n];
            double s = m + ch, bb = s - m, e = (m - (s - bb)) + (ch - bb) + me + cl; // + 1/n!
            ph = s + e;
            pl = e - (ph - s);
        }
        for (int i = 0; i < 8; i++) {
            double m = ph * ph, me = Math.fma(ph, ph, -m) + 2 * ph * pl, th = 2 * ph, tl = 2 * pl;
            double s = m + th, bb = s - m, e = (m - (s - bb)) + (th - bb) + me + tl;
            ph = s + e;
            pl = e - (ph - s);
        }
        return new DD(ph, pl);
    }

    /** The k of exp(hi) = 2^k * (1 + e). */
    private static double expK(double hi) { return Math.rint(hi * INV_LN2.hi()); }

    /** The e of exp(hi + lo) = 2^k * (1 + e). */
    private static DD expParts(double hi, double lo, double k) {
        return expm1Small(DD.two(hi - k * LN2_1, -k * LN2_2).add(DD.two(-k * LN2_3, lo)));
    }

    /** 2^k * s rounded once (s in [0.5, 2]). */
    private static double scaled(int k, DD s) {
        if (k > -1020) return Math.scalb(Math.scalb(s.hi(), k / 2), k - k / 2);
        if (k < -1074) return s.exact().multiply(new BigDecimal(0.5).pow(-k)).doubleValue(); // round once, exactly
        // a subnormal result: round hi + lo, in units of 2^-1074 (both scale exactly), to an integer n
        double hm = Math.scalb(s.hi(), k + 1074), lm = Math.scalb(s.lo(), k + 1074), fl = Math.floor(hm), frac = hm - fl;
        int cmp = frac != 0.5 ? Double.compare(frac, 0.5) : lm != 0 ? (int) Math.signum(lm) : fl % 2 == 0 ? -1 : 1;
        return Math.scalb(cmp > 0 ? fl + 1 : fl, -1074);
    }

    /** e**(hi + lo), correctly rounded. */
    static double expDD(double hi, double lo) {
        if (Double.isNaN(hi)) return hi;
        if (hi > 709.8) return Double.POSITIVE_INFINITY;
        if (hi < -745.2) return 0.0;
        if (Math.abs(hi) < 0x1p-60) return 1.0 + hi;
        double k = expK(hi);
        return scaled((int) k, expParts(hi, lo, k).add(1.0));
    }

    public static double exp(double x) {
        double r = Math.abs(x) < 708 && Math.abs(x) > 0x1p-60 ? expFast(x) : Double.NaN;
        return r == r ? r : expDD(x, 0);
    }

    /** 1/n! for n = 4..16, for expFast's tail polynomial in plain doubles. */
    private static final double[] TAIL = new double[13];
    private static final double C6H = FACT_HI[3], C6L = FACT_LO[3];

    static {
        for (int n = 4; n <= 16; n++) TAIL[n - 4] = FACT_HI.length > n ? FACT_HI[n] : 1.0 / factorial(n);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    /**
     * exp(x) for |x| < 708 from 1 + r + r^2/2 + r^3/6 in double-double and the tail r^4 (1/24 + ...) in doubles
     * (error about 2^-61; the test allows 2^-59), when that decides the rounding (~97% of x); else NaN (expDD decides).
     */
    private static double expFast(double x) {
        double k = expK(x);
        double[] hl = new double[2];
        expFastParts(x, 0, k, hl);
        double h = hl[0], l = hl[1], half = Math.ulp(h) * 0.5;
        if (h == 1.0 || Math.abs(Math.abs(l) - half) < 0x1p-59) return Double.NaN;
        return Math.scalb(h, (int) k);
    }

    /** exp(x + lo) / 2^k as hi + lo in hl (in [0.7, 1.42], error about 2^-61). */
    private static void expFastParts(double x, double lo, double k, double[] hl) {
        double a = x - k * LN2_1, b = -k * LN2_2;
        double r0 = a + b, bb = r0 - a, r1 = (a - (r0 - bb)) + (b - bb) - k * LN2_3 + lo;
        double rh = r0 + r1, rl = r1 - (rh - r0); // renormalised: |rl| <= ulp(rh)/2 even when lo is large
        double r2 = rh * rh, r2e = Math.fma(rh, rh, -r2) + 2 * rh * rl;
        double q = TAIL[12];
        for (int i = 11; i >= 0; i--) q = q * rh + TAIL[i];
        double t4 = r2 * r2 * q;
        double p3 = r2 * rh, p3l = Math.fma(r2, rh, -p3) + r2e * rh + r2 * rl;
        double c3 = p3 * C6H, c3l = Math.fma(p3, C6H, -c3) + p3 * C6L + p3l * C6H;
        double s = 1.0 + rh, e = rh - (s - 1.0);
        double h2 = r2 * 0.5, s2 = s + h2, z = s2 - s;
        e += (s - (s2 - z)) + (h2 - z);
        double s3 = s2 + c3;
        z = s3 - s2;
        e += (s2 - (s3 - z)) + (c3 - z);
        e += t4 + rl + 0.5 * r2e + c3l;
        double h = s3 + e;
        hl[0] = h;
        hl[1] = e - (h - s3);
    }

    /** log(x) for a normal x from y0 = log(x) to 1 ulp and the fast exp(-y0) (error about 2^-60); NaN when undecided. */
    private static double logFast(double x) {
        double y0 = StrictMath.log(x), k = expK(-y0);
        if (Math.abs(y0) < 0.5 || Math.abs(y0) > 700) return Double.NaN;
        double[] hl = new double[2];
        expFastParts(-y0, 0, k, hl);
        double xs = Math.scalb(x, (int) k);
        double d = Math.fma(xs, hl[0], -1.0) + xs * hl[1];
        d -= 0.5 * d * d;
        double y = y0 + d, yl = d - (y - y0), half = Math.ulp(y) * 0.5;
        if (Math.abs(Math.abs(yl) - half) < 0x1p-58) return Double.NaN;
        return y;
    }

    public static double exp2(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 2000) return Math.scalb(1.0, (int) x);
        if (Double.isNaN(x) || Math.abs(x) > 1100) return expDD(x * LN2.hi(), 0);
        DD t = LN2.mul(x);
        return expDD(t.hi(), t.lo());
    }

    /** log(x) in double-double for a finite x > 0: y0 = log(x) to 1 ulp, corrected by log(x * e**-y0) = log(1 + d). */
    static DD logDD(double x) {
        double y0 = StrictMath.log(x);
        double k = expK(-y0);
        double xs = Math.scalb(x, (int) k); // exact: x * 2^k is about 1 / s
        DD d = expParts(-y0, 0, k).mul(xs).add(xs - 1.0);
        d = d.add(-0.5 * d.hi() * d.hi());
        return d.add(y0);
    }

    public static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        double r = logFast(x);
        return r == r ? r : logDD(x).hi();
    }

    public static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return log(x);
        return logDD(x).mul(INV_LN2).hi();
    }

    private static final double IVLN10 = 0x1.bcb7b1526e50ep-2, LOG10_2HI = 0x1.34413509f6000p-2, LOG10_2LO = 0x1.9fef311f12b36p-42;

    /** glibc's log10 (fdlibm's formula over glibc's correctly rounded log). */
    public static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return log(x);
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k = -54;
            x *= 0x1p54;
        }
        int e = Math.getExponent(x);
        k += e;
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(x, -e) * (i == 1 ? 0.5 : 1.0);
        double y = k + i;
        double z = y * LOG10_2LO + IVLN10 * log(m);
        return z + y * LOG10_2HI;
    }

    /** C99 pow for the cases CPython passes to libm (x < 0 only with an integer y); overflow gives inf. */
    public static double pow(double x, double y) {
        if (y == 0 || x == 1) return 1.0;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y) && Math.abs(x) == 1) return 1.0;
        if (x == 0 || Double.isInfinite(x) || Double.isInfinite(y)) return Math.pow(x, y);
        if (y == 1) return x;
        if (y == 2) return x * x;
        boolean neg = x < 0 && Math.abs(y) < 0x1p53 && (long) y % 2 != 0;
        double r = powPositive(Math.abs(x), y);
        return neg ? -r : r;
    }

    private static double powPositive(double x, double y) {
        if (y == 0.5) return Math.sqrt(x);
        double r = powFast(x, y);
        return r == r ? r : powDD(x, y);
    }

    /** x**y for finite x > 0 from the fast log and exp (error about (1 + |y|) 2^-61); NaN when that does not decide. */
    private static double powFast(double x, double y) {
        double y0 = StrictMath.log(x), k = expK(-y0);
        if (Math.abs(y0) > 700) return Double.NaN;
        double[] hl = new double[2];
        expFastParts(-y0, 0, k, hl);
        double xs = Math.scalb(x, (int) k);
        double d = Math.fma(xs, hl[0], -1.0) + xs * hl[1];
        d -= 0.5 * d * d;
        double th = y * y0, tl = Math.fma(y, y0, -th) + y * d, t = th + tl, tlo = tl - (t - th);
        if (!(Math.abs(t) < 708)) return Double.NaN;
        double kk = expK(t);
        expFastParts(t, tlo, kk, hl);
        double h = hl[0], half = Math.ulp(h) * 0.5;
        if (h == 1.0 || Math.abs(Math.abs(hl[1]) - half) < 0x1p-58 * (1 + Math.abs(y))) return Double.NaN;
        return Math.scalb(h, (int) kk);
    }

    static double powDD(double x, double y) {
        DD t = logDD(x).mul(y);
        if (t.hi() > 709.8) return Double.POSITIVE_INFINITY;
        if (t.hi() < -745.2) return 0.0;
        double k = expK(t.hi());
        DD s = expParts(t.hi(), t.lo(), k).add(1.0);
        if (y > 0 && y == Math.rint(y) && y <= 1100 && nearHalfUlp(s)) {
            return new BigDecimal(x).pow((int) y).doubleValue(); // possibly an exact midpoint: round the exact power
        }
        return scaled((int) k, s);
    }

    /** Whether hi + lo is within 2^-40 ulp of halfway between two doubles. */
    private static boolean nearHalfUlp(DD s) {
        double half = Math.ulp(s.hi()) / 2;
        return Math.abs(Math.abs(s.lo()) - half) < half * 0x1p-40;
    }

    /** The Euclidean norm of finite non-negative values, correctly rounded (as CPython's math.hypot and math.dist). */
    public static double norm(double[] v, double max) {
        if (max == 0 || v.length == 1) return max;
        int e = Math.max(Math.getExponent(max), Double.MIN_EXPONENT);
        DD s = DD.ZERO;
        for (double x : v) {
            double xs = Math.scalb(x, -e);
            s = s.add(DD.prod(xs, xs));
        }
        return Math.scalb(s.sqrt().hi(), e);
    }
}
