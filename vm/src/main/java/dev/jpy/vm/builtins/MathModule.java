package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import java.util.function.DoubleUnaryOperator;

/** The math module (the common functions). */
final class MathModule implements NativeModule {
    @Override public String name() { return "math"; }

    @Override public void init(PyDict d) {
        d.put("pi", new PyFloat(Math.PI));
        d.put("e", new PyFloat(Math.E));
        d.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.put("nan", new PyFloat(Double.NaN));
        unary(d, "fabs", Math::abs);
        Args.def(d, "sqrt", (a, k) -> {
            double x = Arith.toDouble(a[0]);
            if (x < 0) throw Errors.value("math domain error");
            return new PyFloat(Math.sqrt(x));
        });
        Args.def(d, "log", (a, k) -> {
            double x = Arith.toDouble(a[0]);
            if (x <= 0) throw Errors.value("math domain error");
            return new PyFloat(a.length > 1 ? Math.log(x) / Math.log(Arith.toDouble(a[1])) : Math.log(x));
        });
        Args.def(d, "floor", (a, k) -> a[0] instanceof PyInt ? a[0] : PyInt.of(new java.math.BigDecimal(Math.floor(Arith.toDouble(a[0]))).toBigInteger()));
        Args.def(d, "ceil", (a, k) -> a[0] instanceof PyInt ? a[0] : PyInt.of(new java.math.BigDecimal(Math.ceil(Arith.toDouble(a[0]))).toBigInteger()));
        Args.def(d, "gcd", (a, k) -> {
            java.math.BigInteger g = java.math.BigInteger.ZERO;
            for (Object x : a) g = g.gcd(((PyInt) x).bigValue());
            return PyInt.of(g);
        });
        Args.def(d, "isclose", (a, k) -> {
            double x = Arith.toDouble(a[0]), y = Arith.toDouble(a[1]);
            return dev.jpy.vm.object.PyBool.of(x == y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)));
        });
        MathMore.install(d); // replaces floor, ceil, gcd and isclose with complete versions
    }

    private static void unary(PyDict d, String name, DoubleUnaryOperator f) {
        Args.def(d, name, (a, k) -> {
            Args.count(name, a, k, 1, 1);
            return new PyFloat(f.applyAsDouble(Arith.toDouble(a[0])));
        });
    }
}
