package dev.jpy.vm.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Correctly rounded sin, cos, tan, atan, atan2, asin and acos in double-double (glibc's libm results), for Libm's callers. */
public final class LibmTrig {
    private LibmTrig() {}

    /** pi/2 in six 33-bit parts: k * part is exact for |k| < 2^20. */
    private static final double P1 = 0x1.921fb54400000p+0, P2 = 0x1.0b4611a600000p-34, P3 = 0x1.3198a2e000000p-69,
            P4 = 0x1.b839a25200000p-104, P5 = 0x1.2704453300000p-142, P6 = 0x1.cc74020b00000p-175;
    static final DD PIO2 = new DD(0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54), PI = PIO2.scale(2);
    private static final BigDecimal BIG_PIO2 = new BigDecimal("3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679821480865132823066470938446095505822317253594081284811174502841027019385211055596446229489549303819644288109756659334461284756482337867831652712019091456485669234603486104543266482133936072602491412737245870066063155881748815209209628292540917153643678925903600113305305488204665213841469519415116094330572703657595919").divide(BigDecimal.valueOf(2));
    /** (-1)^(n/2) / n! for n = 0..30 as double-doubles (high and low parts). */
    private static final double[] COEF_HI = new double[31], COEF_LO = new double[31];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int n = 0; n < COEF_HI.length; n++) {
            if (n > 0) f = f.multiply(BigDecimal.valueOf(n));
            DD c = DD.of(BigDecimal.ONE.divide(f, new MathContext(50)));
            if ((n / 2) % 2 != 0) c = c.neg();
            COEF_HI[n] = c.hi();
            COEF_LO[n] = c.lo();
        }
    }

    private static boolean small(double x) { return Math.abs(x) < 0x1p19; }

    private static double k(double x) { return Math.rint(x * 0x1.45f306dc9c883p-1); }

    /** x = k * pi/2 + r with |r| <= ~pi/4: r. */
    private static DD reduce(double x) {
        if (small(x)) {
            double k = k(x);
            return DD.two(x - k * P1, -k * P2).add(DD.two(-k * P3, -k * P4)).add(DD.two(-k * P5, -k * P6));
        }
        BigDecimal bx = new BigDecimal(x);
        return DD.of(bx.subtract(BIG_PIO2.multiply(new BigDecimal(bigK(bx)))));
    }

    private static BigInteger bigK(BigDecimal bx) { return bx.divide(BIG_PIO2, 0, RoundingMode.HALF_EVEN).toBigInteger(); }

    /** k mod 4 for the k of reduce. */
    private static int quadrant(double x) {
        return small(x) ? (int) k(x) & 3 : bigK(new BigDecimal(x)).intValue() & 3;
    }

    /** sin(r) for |r| <= ~pi/4. */
    static DD sinK(DD r) { return series(r, 29).mul(r); }

    /** cos(r) for |r| <= ~pi/4. */
    static DD cosK(DD r) { return series(r, 30); }

    /** The sum over n = top, top-2, ... >= 0 of COEF[n] r^(n - top % 2), by Horner's rule in r^2 on primitive locals. */
    private static DD series(DD r, int top) {
        double m0 = r.hi() * r.hi(), r2h = m0 + (Math.fma(r.hi(), r.hi(), -m0) + 2 * r.hi() * r.lo());
        double r2l = (Math.fma(r.hi(), r.hi(), -m0) + 2 * r.hi() * r.lo()) - (r2h - m0);
        double ph = COEF_HI[top], pl = COEF_LO[top];
        for (int n = top - 2; n >= 0; n -= 2) {
            double m = ph * r2h, me = Math.fma(ph, r2h, -m) + (ph * r2l + pl * r2h);
            double ch = COEF_HI[n], s = m + ch, bb = s - m, e = (m - (s - bb)) + (ch - bb) + me + COEF_LO[n];
            ph = s + e;
            pl = e - (ph - s);
        }
        return new DD(ph, pl);
    }

    public static double sin(double x) {
        if (!Double.isFinite(x)) return Double.NaN;
        if (Math.abs(x) < 0x1p-26) return x;
        DD r = reduce(x);
        int q = quadrant(x);
        double v = (q & 1) == 0 ? sinFast(r) : cosFast(r);
        if (v != v) v = ((q & 1) == 0 ? sinK(r) : cosK(r)).hi();
        return q >= 2 ? -v : v;
    }

    public static double cos(double x) {
        if (!Double.isFinite(x)) return Double.NaN;
        if (Math.abs(x) < 0x1p-27) return 1.0;
        DD r = reduce(x);
        int q = quadrant(x);
        double v = (q & 1) == 0 ? cosFast(r) : sinFast(r);
        if (v != v) v = ((q & 1) == 0 ? cosK(r) : sinK(r)).hi();
        return q == 1 || q == 2 ? -v : v;
    }

    /** sin(x) or cos(x) of a finite x from the double-double series only (what the fast paths must agree with). */
    static double viaSeries(double x, boolean cosine) {
        DD r = reduce(x);
        int q = quadrant(x) + (cosine ? 1 : 0);
        double v = ((q & 1) == 0 ? sinK(r) : cosK(r)).hi();
        return (q & 3) >= 2 ? -v : v;
    }

    /** The tail sum over n = from, from+2, ... <= 29 of COEF[n] r^(n - from), in doubles by Horner's rule in r2. */
    private static double tail(double r2, int from) {
        double p = COEF_HI[29 - (29 - from) % 2];
        for (int n = 29 - (29 - from) % 2 - 2; n >= from; n -= 2) p = p * r2 + COEF_HI[n];
        return p;
    }

    /**
     * sin(r) from r - r^3/6 in double-double and r^5 (1/120 - ...) in doubles (relative error about 2^-61), when
     * that decides the rounding; NaN when it does not (sinK decides).
     */
    static double sinFast(DD r) {
        double rh = r.hi(), rl = r.lo(), r2 = rh * rh, r2e = Math.fma(rh, rh, -r2) + 2 * rh * rl;
        double p3 = r2 * rh, p3l = Math.fma(r2, rh, -p3) + r2e * rh + r2 * rl; // r^3
        double c3 = p3 * COEF_HI[3], c3l = Math.fma(p3, COEF_HI[3], -c3) + p3 * COEF_LO[3] + p3l * COEF_HI[3]; // -r^3/6
        double t5 = p3 * r2 * tail(r2, 5);
        double s = rh + c3, z = s - rh, e = (rh - (s - z)) + (c3 - z) + rl + c3l + t5 + rl * r2 * r2 * (COEF_HI[4] + r2 * COEF_HI[6]);
        double h = s + e, l = e - (h - s);
        return Math.abs(Math.abs(l) - Math.ulp(h) * 0.5) < Math.abs(h) * 0x1p-59 ? Double.NaN : h;
    }

    /** cos(r) from 1 - r^2/2 + r^4/24 in double-double and r^6 (-1/720 + ...) in doubles; NaN when undecided. */
    static double cosFast(DD r) {
        double rh = r.hi(), rl = r.lo(), r2 = rh * rh, r2e = Math.fma(rh, rh, -r2) + 2 * rh * rl;
        double r4 = r2 * r2, r4l = Math.fma(r2, r2, -r4) + 2 * r2 * r2e;
        double c4 = r4 * COEF_HI[4], c4l = Math.fma(r4, COEF_HI[4], -c4) + r4 * COEF_LO[4] + r4l * COEF_HI[4]; // r^4/24
        double t6 = r4 * r2 * tail(r2, 6);
        double h2 = -0.5 * r2, s = 1.0 + h2, e = h2 - (s - 1.0);
        double s2 = s + c4, z = s2 - s;
        e += (s - (s2 - z)) + (c4 - z) - 0.5 * r2e + c4l + t6 - rl * r4 * rh * COEF_HI[5];
        double h = s2 + e, l = e - (h - s2);
        return Math.abs(Math.abs(l) - Math.ulp(h) * 0.5) < 0x1p-59 || h == 1.0 || h == 0.5 ? Double.NaN : h;
    }

    public static double tan(double x) {
        if (!Double.isFinite(x)) return Double.NaN;
        if (Math.abs(x) < 0x1p-27) return x;
        DD r = reduce(x);
        int q = quadrant(x);
        DD s = sinK(r), c = cosK(r);
        return (q & 1) == 0 ? s.div(c).hi() : -c.div(s).hi();
    }

    /** atan(z) in double-double for any z: Newton's step y0 + cos y0 (z cos y0 - sin y0) from y0 = atan(z) to 1 ulp. */
    static DD atanDD(DD z) {
        if (Math.abs(z.hi()) > 1) {
            DD t = atanDD(DD.ONE.div(z));
            return z.hi() > 0 ? PIO2.sub(t) : PIO2.neg().sub(t);
        }
        double y0 = StrictMath.atan(z.hi());
        DD y = new DD(y0, 0), s = sinK(y), c = cosK(y);
        return c.mul(z.mul(c).sub(s)).add(y0);
    }

    public static double atan(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.copySign(PIO2.hi(), x);
        if (Math.abs(x) < 0x1p-27) return x;
        if (Math.abs(x) > 0x1p60) return Math.copySign(PIO2.hi(), x);
        return atanDD(new DD(x, 0)).hi();
    }

    public static double atan2(double y, double x) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0 || y == 0) return StrictMath.atan2(y, x);
        int ey = Math.getExponent(y), ex = Math.getExponent(x);
        if (ey - ex > 60) return Math.copySign(PIO2.hi(), y);
        if (ex - ey > 900) return StrictMath.atan2(y, x); // the quotient may underflow
        double q = y / x;
        DD z = DD.fast(q, Math.fma(-q, x, y) / x), a = atanDD(z);
        if (x < 0) a = y > 0 ? a.add(PI) : a.sub(PI);
        return a.hi();
    }

    /** sqrt(1 - x^2) in double-double for |x| <= 1. */
    private static DD cosOfAsin(double x) {
        double ax = Math.abs(x);
        return DD.two(1.0, -ax).mul(DD.two(1.0, ax)).sqrt();
    }

    static DD asinDD(double x) {
        if (Math.abs(x) < 0.7) {
            double y0 = StrictMath.asin(x);
            DD y = new DD(y0, 0);
            return sinK(y).add(-x).div(cosK(y)).neg().add(y0);
        }
        DD t = PIO2.sub(atanDD(cosOfAsin(x).div(new DD(Math.abs(x), 0))));
        return x < 0 ? t.neg() : t;
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) return Double.NaN;
        if (Math.abs(x) < 0x1p-26) return x;
        return asinDD(x).hi();
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (Math.abs(x) <= 0.5) return PIO2.sub(asinDD(x)).hi();
        DD a = atanDD(cosOfAsin(x).div(new DD(Math.abs(x), 0)));
        return x > 0 ? a.hi() : PI.sub(a).hi();
    }
}
