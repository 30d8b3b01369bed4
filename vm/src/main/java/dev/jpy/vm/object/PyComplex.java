package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;

/** A complex number (two IEEE doubles). */
public final class PyComplex extends PyObject {
    public final double re, im;

    public PyComplex(double re, double im) { this.re = re; this.im = im; }

    @Override public PyType type() { return Types.COMPLEX; }

    @Override public boolean equals(Object o) {
        if (o instanceof PyComplex c) return c.re == re && c.im == im;
        if (im != 0) return false;
        if (o instanceof PyFloat f) return f.v == re;
        if (o instanceof PyInt i) return Numbers.compareIntFloat(i, re) == 0;
        return false;
    }

    @Override public int hashCode() { return (int) PyHash.ofComplex(re, im); }
}
