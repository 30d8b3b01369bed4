package dev.jpy.vm.object;

/**
 * erf and erfc as glibc's double versions compute them (the SunPro piecewise rational fits, with their polynomials
 * split into even/odd parts the way glibc evaluates them), so that results match CPython on Linux bit for bit.
 */
public final class LibmErf {
    private LibmErf() {}

    private static final double TINY = 1e-300, ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    // |x| < 0.84375: erf(x) = x + x*P(x^2)/Q(x^2)
    private static final double P0 = 1.28379167095512558561e-01, P1 = -3.25042107247001499370e-01,
            P2 = -2.84817495755985104766e-02, P3 = -5.77027029648944159157e-03, P4 = -2.37630166566501626084e-05;
    private static final double Q1 = 3.97917223959155352819e-01, Q2 = 6.50222499887672944485e-02,
            Q3 = 5.08130628187576562776e-03, Q4 = 1.32494738004321644526e-04, Q5 = -3.96022827877536812320e-06;
    // 0.84375 <= |x| < 1.25: erf(1+s) = ERX + A(s)/B(s)
    private static final double A0 = -2.36211856075265944077e-03, A1 = 4.14856118683748331666e-01,
            A2 = -3.72207876035701323847e-01, A3 = 3.18346619901161753674e-01, A4 = -1.10894694282396677476e-01,
            A5 = 3.54783043256182359371e-02, A6 = -2.16637559486879084300e-03;
    private static final double B1 = 1.06420880400844228286e-01, B2 = 5.40397917702171048937e-01,
            B3 = 7.18286544141962662868e-02, B4 = 1.26171219808761642112e-01, B5 = 1.36370839120290507362e-02,
            B6 = 1.19844998467991074170e-02;
    // 1.25 <= |x| < ~2.857: erfc(x) = exp(-x*x - 0.5625 + C(1/x^2)/D(1/x^2)) / x
    private static final double C0 = -9.86494403484714822705e-03, C1 = -6.93858572707181764372e-01,
            C2 = -1.05586262253232909814e+01, C3 = -6.23753324503260060396e+01, C4 = -1.62396669462573470355e+02,
            C5 = -1.84605092906711035994e+02, C6 = -8.12874355063065934246e+01, C7 = -9.81432934416914548592e+00;
    private static final double D1 = 1.96512716674392571292e+01, D2 = 1.37657754143519042600e+02,
            D3 = 4.34565877475229228821e+02, D4 = 6.45387271733267880336e+02, D5 = 4.29008140027567833386e+02,
            D6 = 1.08635005541779435134e+02, D7 = 6.57024977031928170135e+00, D8 = -6.04244152148580987438e-02;
    // ~2.857 <= |x| < 28: the same form with E/F
    private static final double E0 = -9.86494292470009928597e-03, E1 = -7.99283237680523006574e-01,
            E2 = -1.77579549177547519889e+01, E3 = -1.60636384855821916062e+02, E4 = -6.37566443368389627722e+02,
            E5 = -1.02509513161107724954e+03, E6 = -4.83519191608651397019e+02;
    private static final double F1 = 3.03380607434824582924e+01, F2 = 3.25792512996573918826e+02,
            F3 = 1.53672958608443695994e+03, F4 = 3.19985821950859553908e+03, F5 = 2.55305040643316442583e+03,
            F6 = 4.74528541206955367215e+02, F7 = -2.24409524465858183362e+01;

    private static int high(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    /** P(z)/Q(z) for the innermost interval, z = x*x. */
    private static double inner(double z) {
        double z2 = z * z, z4 = z2 * z2;
        double p = (P0 + z * P1) + z2 * (P2 + z * P3) + z4 * P4;
        double q = (1 + z * Q1) + z2 * (Q2 + z * Q3) + z4 * (Q4 + z * Q5);
        return p / q;
    }

    /** A(s)/B(s) around 1, s = |x| - 1. */
    private static double nearOne(double s) {
        double s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
        double p = (A0 + s * A1) + s2 * (A2 + s * A3) + s4 * (A4 + s * A5) + s6 * A6;
        double q = (1 + s * B1) + s2 * (B2 + s * B3) + s4 * (B4 + s * B5) + s6 * B6;
        return p / q;
    }

    /** x*erfc(x) for x = |x| in [1.25, 28); near: use the C/D fit. */
    private static double tail(double x, boolean near) {
        double s = 1 / (x * x), s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
        double r, q;
        if (near) {
            r = (C0 + s * C1) + s2 * (C2 + s * C3) + s4 * (C4 + s * C5) + s6 * (C6 + s * C7);
            q = (1 + s * D1) + s2 * (D2 + s * D3) + s4 * (D4 + s * D5) + s6 * (D6 + s * D7) + (s4 * s4) * D8;
        } else {
            r = (E0 + s * E1) + s2 * (E2 + s * E3) + s4 * (E4 + s * E5) + s6 * E6;
            q = (1 + s * F1) + s2 * (F2 + s * F3) + s4 * (F4 + s * F5) + s6 * (F6 + s * F7);
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFFFFFF00000000L);
        return Libm.exp(-z * z - 0.5625) * Libm.exp((z - x) * (z + x) + r / q);
    }

    public static double erf(double x) {
        int hx = high(x), ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * EFX) * x) : x + EFX * x;
            return x + x * inner(x * x);
        }
        if (ix < 0x3ff40000) {
            double pq = nearOne(Math.abs(x) - 1);
            return hx >= 0 ? ERX + pq : -ERX - pq;
        }
        if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
        double ax = Math.abs(x), r = tail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1 - r / ax : r / ax - 1;
    }

    public static double erfc(double x) {
        int hx = high(x), ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : (hx < 0 ? 2.0 : 0.0);
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) return 1 - x;
            double y = inner(x * x);
            if (hx < 0x3fd00000) return 1 - (x + x * y);
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double pq = nearOne(Math.abs(x) - 1);
            if (hx >= 0) return (1 - ERX) - pq;
            return 1 + (ERX + pq);
        }
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
            double ax = Math.abs(x), r = tail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2 - r / ax;
        }
        return hx > 0 ? 0.0 : 2 - TINY;
    }
}
