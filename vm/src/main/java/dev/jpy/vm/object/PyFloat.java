package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyHash;

/** A float (an IEEE double). */
public class PyFloat extends PyObject {
    public final double v;

    public PyFloat(double v) { this.v = v; }

    @Override public PyType type() { return Types.FLOAT; }

    @Override public boolean equals(Object o) {
        if (o instanceof PyFloat f) return f.v == v;
        if (o instanceof PyInt i) return Numbers.compareIntFloat(i, v) == 0;
        return false;
    }

    @Override public int hashCode() { return (int) PyHash.ofDouble(v); }
}
