package dev.jpy.vm.object;

/**
 * sinh, cosh, asinh, acosh, atanh as glibc 2.28+ computes them: fdlibm's formulas (the same as StrictMath's) over
 * glibc's correctly rounded exp and log (Libm) and fdlibm's expm1/log1p (StrictMath's, bit-identical to glibc's).
 */
public final class LibmHyp {
    private LibmHyp() {}

    private static final double LN2 = 6.93147180559945286227e-01;

    /** The high 32 bits of |x| (fdlibm's ix), for its thresholds. */
    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    public static double sinh(double x) {
        int ix = high(x);
        if (ix >= 0x7ff00000) return x + x;
        double h = x < 0 ? -0.5 : 0.5, a = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) return x;
            double t = StrictMath.expm1(a);
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) return h * Libm.exp(a);
        if (a <= 0x1.633ce8fb9f87dp+9) { // overflow threshold
            double w = Libm.exp(0.5 * a), t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    public static double cosh(double x) {
        int ix = high(x);
        if (ix >= 0x7ff00000) return x * x;
        double a = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) return 1.0;
                double t = StrictMath.expm1(a), w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Libm.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * Libm.exp(a);
        if (a <= 0x1.633ce8fb9f87dp+9) {
            double w = Libm.exp(0.5 * a), t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    public static double asinh(double x) {
        int ix = high(x);
        if (ix >= 0x7ff00000) return x + x;
        if (ix < 0x3e300000) return x;
        double a = Math.abs(x), w;
        if (ix > 0x41b00000) w = Libm.log(a) + LN2;
        else if (ix > 0x40000000) w = Libm.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        else {
            double t = a * a;
            w = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        int hx = high(x);
        if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : Libm.log(x) + LN2;
        if (x == 1) return 0.0;
        if (hx > 0x40000000) return Libm.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double a = Math.abs(x), t;
        if (Double.isNaN(x) || a > 1) return Double.NaN;
        if (a < 0.5) {
            if (a < 0x1p-28) return x;
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else if (a < 1.0) {
            t = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        } else {
            t = Double.POSITIVE_INFINITY;
        }
        return Math.copySign(t, x);
    }
}
