package dev.jpy.vm.object;

/** complex arithmetic as CPython's complexobject.c computes it (Smith's division, integer powers by squaring). */
public final class Complexes {
    private Complexes() {}

    /** True when a binary op has a complex operand and a number (int, float, complex) on the other side. */
    public static boolean applies(Object a, Object b) {
        return (a instanceof PyComplex || b instanceof PyComplex) && isNumber(a) && isNumber(b);
    }

    private static boolean isNumber(Object o) { return o instanceof PyComplex || o instanceof PyFloat || o instanceof PyInt; }

    static PyComplex of(Object o) {
        if (o instanceof PyComplex c) return c;
        return new PyComplex(Arith.toDouble(o), 0);
    }

    /** a OP b for an NB op (0-12), or null when complex has no such operator. */
    public static Object op(int op, Object a, Object b) {
        PyComplex x = of(a), y = of(b);
        return switch (op) {
            case Numbers.ADD -> new PyComplex(x.re + y.re, x.im + y.im);
            case Numbers.SUB -> new PyComplex(x.re - y.re, x.im - y.im);
            case Numbers.MUL -> mul(x, y);
            case Numbers.TRUEDIV -> div(x, y);
            case Numbers.POW -> pow(x, y, b);
            default -> null;
        };
    }

    static PyComplex mul(PyComplex x, PyComplex y) {
        return new PyComplex(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
    }

    static PyComplex div(PyComplex a, PyComplex b) {
        double absBre = Math.abs(b.re), absBim = Math.abs(b.im);
        if (absBre >= absBim) {
            if (absBre == 0) throw Errors.zeroDivision("complex division by zero");
            double ratio = b.im / b.re, denom = b.re + b.im * ratio;
            return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absBim >= absBre) {
            double ratio = b.re / b.im, denom = b.re * ratio + b.im;
            return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex pow(PyComplex a, PyComplex b, Object exponent) {
        if (exponent instanceof PyInt n && n.isSmall() && Math.abs(n.v) <= 100) {
            if (n.v > 0) return powu(a, n.v);
            PyComplex one = new PyComplex(1, 0);
            if (n.v == 0) return one;
            if (a.re == 0 && a.im == 0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return div(one, powu(a, -n.v));
        }
        if (b.re == 0 && b.im == 0) return new PyComplex(1, 0);
        if (a.re == 0 && a.im == 0) {
            if (b.im != 0 || b.re < 0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.re, a.im), len = Libm.pow(vabs, b.re), at = LibmTrig.atan2(a.im, a.re), phase = at * b.re;
        if (b.im != 0) {
            len /= Libm.exp(at * b.im);
            phase += b.im * Libm.log(vabs);
        }
        return new PyComplex(len * LibmTrig.cos(phase), len * LibmTrig.sin(phase));
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1, 0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = mul(r, p);
            p = mul(p, p);
        }
        return r;
    }

    public static double abs(PyComplex c) {
        if (Double.isInfinite(c.re) || Double.isInfinite(c.im)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(c.re) || Double.isNaN(c.im)) return Double.NaN;
        double r = Math.hypot(c.re, c.im);
        if (Double.isInfinite(r)) throw Errors.overflow("absolute value too large");
        return r;
    }

    /** complex(string): CPython's grammar with optional parentheses and surrounding spaces. */
    public static PyComplex parse(String s) {
        String t = s.strip();
        if (t.startsWith("(") && t.endsWith(")")) t = t.substring(1, t.length() - 1).strip();
        t = t.replace("_", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "([+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan))?(?:([+-](?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan)?)[jJ])?"
                        + "|([+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan)?)[jJ]",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(t);
        if (t.isEmpty() || !m.matches()) throw Errors.raise(Types.VALUE_ERROR, "complex() arg is a malformed string");
        if (m.group(3) != null) return new PyComplex(0, part(m.group(3)));
        double re = m.group(1) == null ? 0 : Double.parseDouble(num(m.group(1)));
        double im = m.group(2) == null ? 0 : part(m.group(2));
        return new PyComplex(re, im);
    }

    private static double part(String s) {
        if (s.isEmpty() || s.equals("+")) return 1;
        if (s.equals("-")) return -1;
        return Double.parseDouble(num(s));
    }

    private static String num(String s) {
        String l = s.toLowerCase();
        return l.replace("infinity", "Infinity").replace("inf", "Infinity").replace("nan", "NaN").replace("InfinityInfinity", "Infinity");
    }
}
