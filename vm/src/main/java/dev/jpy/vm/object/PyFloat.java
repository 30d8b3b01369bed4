package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;

/** A float (an IEEE double). */
public class PyFloat extends PyObject {
    public final double v;

    public PyFloat(double v) { this.v = v; }

    @Override public PyType type() { return Types.FLOAT; }

    @Override public boolean equals(Object o) {
        if (o instanceof PyFloat f && f.v == v) return true;
        if (o instanceof PyInt i && Numbers.compareIntFloat(i, v) == 0) return true;
        // a dict key that is an instance with __eq__ (Fraction, Decimal-like classes), or a subclass of a builtin with
        // its own __eq__, decides, as the reflected comparison does
        return (o instanceof PyInstance || o instanceof Derived && !(this instanceof Derived)) && o.equals(this);
    }

    @Override public int hashCode() { return (int) PyHash.ofDouble(v); }
}
