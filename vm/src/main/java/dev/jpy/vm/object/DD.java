package dev.jpy.vm.object;

import java.math.BigDecimal;

/** A double-double number hi + lo (|lo| <= ulp(hi)/2), about 106 bits, with error-free sums and fma products; for Libm. */
record DD(double hi, double lo) {
    static final DD ZERO = new DD(0, 0), ONE = new DD(1, 0);

    /** The exact sum a + b. */
    static DD two(double a, double b) {
        double s = a + b, bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    /** a + b when |a| >= |b| (or a == 0). */
    static DD fast(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    /** The exact product a * b. */
    static DD prod(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    /** The nearest double-double to a decimal string (for constants). */
    static DD of(String decimal) {
        return of(new BigDecimal(decimal));
    }

    static DD of(BigDecimal v) {
        double hi = v.doubleValue();
        return new DD(hi, v.subtract(new BigDecimal(hi)).doubleValue());
    }

    DD add(DD b) {
        double s = hi + b.hi, bb = s - hi, e = (hi - (s - bb)) + (b.hi - bb);
        double t = lo + b.lo, cc = t - lo, f = (lo - (t - cc)) + (b.lo - cc);
        e += t;
        double h = s + e;
        e = e - (h - s) + f;
        s = h + e;
        return new DD(s, e - (s - h));
    }

    DD add(double b) {
        double s = hi + b, bb = s - hi, e = (hi - (s - bb)) + (b - bb) + lo;
        return fast(s, e);
    }

    DD neg() { return new DD(-hi, -lo); }

    DD sub(DD b) { return add(b.neg()); }

    DD mul(DD b) {
        double p = hi * b.hi, e = Math.fma(hi, b.hi, -p) + (hi * b.lo + lo * b.hi);
        return fast(p, e);
    }

    DD mul(double b) {
        double p = hi * b, e = Math.fma(hi, b, -p) + lo * b;
        return fast(p, e);
    }

    /** Multiplication by a power of two (exact unless it under- or overflows). */
    DD scale(double pow2) { return new DD(hi * pow2, lo * pow2); }

    DD div(DD b) {
        double q1 = hi / b.hi;
        DD r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        r = r.sub(b.mul(q2));
        double q3 = r.hi / b.hi;
        return fast(q1, q2).add(q3);
    }

    DD sqrt() {
        double s = Math.sqrt(hi);
        if (s == 0) return new DD(s, 0);
        DD r = sub(prod(s, s));
        return fast(s, r.hi / (2 * s));
    }

    BigDecimal exact() { return new BigDecimal(hi).add(new BigDecimal(lo)); }
}
