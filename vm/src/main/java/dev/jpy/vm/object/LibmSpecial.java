package dev.jpy.vm.object;

/**
 * The special functions of the math module, bit-compatible with CPython 3.13 on glibc: gamma and lgamma follow
 * CPython's own Lanczos method (N=13, g~6.0247, reflection for x < 0); erf and erfc glibc's piecewise rational fits.
 * The functions return C-style values; {@link #status} tells what errno CPython's wrapper would see.
 */
public final class LibmSpecial {
    private LibmSpecial() {}

    /** errno after a call: 0, DOMAIN or RANGE (per thread, like errno). */
    public static final int OK = 0, DOMAIN = 1, RANGE = 2;

    private static final ThreadLocal<int[]> ERRNO = ThreadLocal.withInitial(() -> new int[1]);

    public static int status() { return ERRNO.get()[0]; }

    private static double fail(int code, double r) {
        ERRNO.get()[0] = code;
        return r;
    }

    private static void clear() { ERRNO.get()[0] = OK; }

    // ---- gamma / lgamma ----

    private static final double G = 6.024680040776729583740234375, G_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The coefficients of x(x+1)...(x+11), constant term first. */
    private static final double[] DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
        1925.0, 66.0, 1.0};

    /** Lanczos' rational sum for x > 0: Horner in x below 5, in 1/x above (no overflow, better accuracy). */
    private static double lanczosSum(double x) {
        double num = 0, den = 0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), reducing x mod 2 first so that the argument of sin/cos stays within a quarter period. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> LibmTrig.sin(Math.PI * y);
            case 1 -> LibmTrig.cos(Math.PI * (y - 0.5));
            case 2 -> LibmTrig.sin(Math.PI * (1.0 - y));
            case 3 -> -LibmTrig.cos(Math.PI * (y - 1.5));
            default -> LibmTrig.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** The Gamma function. */
    public static double gamma(double x) {
        clear();
        if (!Double.isFinite(x)) return Double.isNaN(x) || x > 0 ? x : fail(DOMAIN, Double.NaN);
        if (x == 0) return fail(DOMAIN, Math.copySign(Double.POSITIVE_INFINITY, x));
        if (x == Math.floor(x)) {
            if (x < 0) return fail(DOMAIN, Double.NaN);
            if (x <= 23) return factorial((int) x - 1);
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            return Double.isInfinite(r) ? fail(RANGE, r) : r;
        }
        if (ax > 200.0) return x < 0 ? 0.0 / sinpi(x) : fail(RANGE, Double.POSITIVE_INFINITY);
        double y = ax + G_HALF;
        double z = ax > G_HALF ? (y - ax) - G_HALF : (y - G_HALF) - ax; // the rounding error of y
        z = z * G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinpi(ax) / ax * Libm.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) r /= Libm.pow(y, ax - 0.5);
            else {
                double half = Libm.pow(y, ax / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(ax) / Libm.exp(y);
            r += z * r;
            if (ax < 140.0) r *= Libm.pow(y, ax - 0.5);
            else {
                double half = Libm.pow(y, ax / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        return Double.isInfinite(r) ? fail(RANGE, r) : r;
    }

    /** (n)! exactly as a double, n <= 22. */
    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    /** log|Gamma(x)|. */
    public static double lgamma(double x) {
        clear();
        if (!Double.isFinite(x)) return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0 ? fail(DOMAIN, Double.POSITIVE_INFINITY) : 0.0;
        double ax = Math.abs(x);
        if (ax < 1e-20) return -Libm.log(ax);
        double r = Libm.log(lanczosSum(ax)) - G;
        r += (ax - 0.5) * (Libm.log(ax + G - 0.5) - 1);
        if (x < 0) r = LOG_PI - Libm.log(Math.abs(sinpi(ax))) - Libm.log(ax) - r;
        return Double.isInfinite(r) ? fail(RANGE, r) : r;
    }
}
