package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Complexes;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyComplex;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;

/** The complex type's constructor and methods. */
final class ComplexMethods {
    private ComplexMethods() {}

    static void install() {
        Types.COMPLEX.constructor = (a, k) -> {
            Args.count("complex", a, k, 0, 2);
            Object re = a.length > 0 ? a[0] : Args.kw(a, k, "real"), im = a.length > 1 ? a[1] : Args.kw(a, k, "imag");
            return make(re, im);
        };
        Args.method(Types.COMPLEX, "conjugate", (a, k) -> { PyComplex c = (PyComplex) a[0]; return new PyComplex(c.re, -c.im); });
    }

    private static PyComplex make(Object re, Object im) {
        if (re instanceof PyStr s) {
            if (im != null) throw Errors.type("complex() can't take second arg if first is a string");
            return Complexes.parse(s.s);
        }
        PyComplex r = re == null ? new PyComplex(0, 0) : part("first", re);
        if (im == null) return r;
        if (im instanceof PyStr) throw Errors.type("complex() second arg can't be a string");
        PyComplex i = part("second", im);
        double real = im instanceof PyComplex ? r.re - i.im : r.re;
        double imag = re instanceof PyComplex ? i.re + r.im : i.re;
        return new PyComplex(real, imag);
    }

    private static PyComplex part(String which, Object o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyFloat || o instanceof PyInt) return new PyComplex(Arith.toDouble(o), 0);
        if (o instanceof dev.jpy.vm.object.PyInstance && ((dev.jpy.vm.object.PyObject) o).type().lookup(new dev.jpy.vm.object.PyStr("__complex__")) != null) {
            Object r = dev.jpy.vm.object.Ops.callSpecial(o, "__complex__");
            if (!(r instanceof PyComplex c)) throw Errors.type("__complex__ returned non-complex (type " + Errors.typeName(r) + ")");
            return c;
        }
        try {
            return new PyComplex(Arith.toDouble(o), 0);
        } catch (dev.jpy.vm.object.PyRaise e) {
            throw Errors.type("complex() " + which + " argument must be a string or a number, not '" + Errors.typeName(o) + "'");
        }
    }
}
