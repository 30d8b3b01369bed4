package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Format;
import dev.jpy.vm.object.IntBytes;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.math.BigInteger;

/** The methods of int and float (and slice.indices): bytes conversion, ratios, float.hex/fromhex, conjugate, __format__ and friends. */
final class NumberMethods {
    private NumberMethods() {}

    private static BigInteger big(Object[] a) { return ((PyInt) a[0]).bigValue(); }

    private static double dbl(Object[] a) { return ((PyFloat) a[0]).v; }

    static void install() {
        PyType i = Types.INT, f = Types.FLOAT;
        Args.method(i, "bit_count", (a, k) -> PyInt.of(((PyInt) a[0]).bitCount()));
        Args.method(i, "as_integer_ratio", (a, k) -> PyTuple.of(PyInt.of(big(a)), PyInt.of(1)));
        Args.method(i, "conjugate", (a, k) -> PyInt.of(big(a)));
        Args.method(i, "is_integer", (a, k) -> PyBool.TRUE);
        Args.method(i, "__index__", (a, k) -> PyInt.of(big(a)));
        Args.method(i, "__int__", (a, k) -> PyInt.of(big(a)));
        Args.method(i, "__float__", (a, k) -> new PyFloat(((PyInt) a[0]).toDouble()));
        Args.method(i, "__abs__", (a, k) -> PyInt.of(big(a).abs()));
        Args.method(i, "__bool__", (a, k) -> PyBool.of(big(a).signum() != 0));
        Args.method(i, "to_bytes", NumberMethods::toBytes);
        i.put("from_bytes", new PyProperty(PyProperty.Kind.CLASSMETHOD, new PyBuiltin("from_bytes", false, NumberMethods::fromBytes)));
        Args.method(f, "as_integer_ratio", (a, k) -> ratio(dbl(a)));
        Args.method(f, "conjugate", (a, k) -> new PyFloat(dbl(a)));
        Args.method(f, "hex", (a, k) -> new PyStr(hex(dbl(a))));
        Args.method(f, "__float__", (a, k) -> new PyFloat(dbl(a)));
        Args.method(f, "__int__", (a, k) -> Ops.call(Types.INT, new PyFloat(dbl(a))));
        Args.method(f, "__trunc__", (a, k) -> Ops.call(Types.INT, new PyFloat(dbl(a))));
        Args.method(f, "__abs__", (a, k) -> new PyFloat(Math.abs(dbl(a))));
        Args.method(f, "__bool__", (a, k) -> PyBool.of(dbl(a) != 0));
        f.put("fromhex", new PyProperty(PyProperty.Kind.CLASSMETHOD, new PyBuiltin("fromhex", false, (a, k) -> {
            PyFloat r = fromhex(a[1]);
            return a[0] == Types.FLOAT ? r : Ops.call(a[0], r);
        })));
        Args.method(Types.SLICE, "indices", (a, k) -> {
            Args.methodCount("indices", a, k, 1, 1);
            java.math.BigInteger n = Ops.indexInt(a[1]).bigValue();
            if (n.signum() < 0) throw Errors.value("length should not be negative");
            java.math.BigInteger[] r = dev.jpy.vm.object.Ranges.indices((dev.jpy.vm.object.PySlice) a[0], n);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        for (PyType t : new PyType[] {i, f}) {
            Args.method(t, "__format__", (a, k) -> {
                Args.methodCount("__format__", a, k, 1, 1);
                if (!(a[1] instanceof PyStr s)) throw Errors.type("__format__() argument must be str, not " + Errors.typeName(a[1]));
                return new PyStr(Format.format(a[0] instanceof PyInt n && a[0] instanceof dev.jpy.vm.object.Derived ? PyInt.of(n.bigValue()) : a[0], s.s));
            });
        }
    }

    private static String byteorder(Object o) {
        String s = o == null ? "big" : Args.str(o, "to_bytes() argument 'byteorder'").s;
        if (!s.equals("big") && !s.equals("little")) throw Errors.value("byteorder must be either 'little' or 'big'");
        return s;
    }

    private static Object toBytes(Object[] a, PyTuple k) {
        Args.onlyKeywords("to_bytes", k, "length", "byteorder", "signed");
        int n = Args.npos(a, k);
        Object len = n > 1 ? a[1] : Args.kw(a, k, "length"), order = n > 2 ? a[2] : Args.kw(a, k, "byteorder");
        Object signed = Args.kw(a, k, "signed");
        long length = len == null ? 1 : Ops.index(len);
        if (length < 0) throw Errors.value("length argument must be non-negative");
        boolean little = byteorder(order).equals("little"), sig = signed != null && Ops.truthy(signed);
        byte[] out = IntBytes.toBytes((PyInt) a[0], (int) length, little, sig);
        return new PyBytes(out);
    }

    private static Object fromBytes(Object[] a, PyTuple k) {
        Args.onlyKeywords("from_bytes", k, "bytes", "byteorder", "signed");
        int n = Args.npos(a, k);
        Object src = n > 1 ? a[1] : Args.kw(a, k, "bytes"), order = n > 2 ? a[2] : Args.kw(a, k, "byteorder");
        Object signed = Args.kw(a, k, "signed");
        byte[] b = src instanceof PyBytes pb ? pb.b : BytesMethods.construct("bytes", new Object[] {src}, null);
        PyInt r = IntBytes.fromBytes(b, byteorder(order).equals("little"), signed != null && Ops.truthy(signed));
        return a[0] == Types.INT ? r : Ops.call(a[0], r);
    }

    private static Object ratio(double d) {
        if (Double.isInfinite(d)) throw Errors.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw Errors.value("cannot convert NaN to integer ratio");
        java.math.BigDecimal bd = new java.math.BigDecimal(d);
        BigInteger num = bd.unscaledValue(), den = BigInteger.ONE;
        if (bd.scale() > 0) den = BigInteger.TEN.pow(bd.scale());
        else num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
        return PyTuple.of(PyInt.of(num), PyInt.of(den));
    }

    /** float.hex(): {@code [-]0x1.<13 hex digits>p<exp>}, subnormals as {@code 0x0.<digits>p-1022}. */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(d);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        String digits = String.format("%013x", mant);
        if (exp == 0) return sign + "0x0." + digits + "p-1022";
        int e = exp - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    static PyFloat fromhex(Object o) {
        if (!(o instanceof PyStr str)) throw Errors.type("bad argument type for built-in operation");
        String s = str.s.strip().toLowerCase();
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean neg = s.startsWith("-");
        switch (body) {
            case "inf", "infinity" -> { return new PyFloat(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY); }
            case "nan" -> { return new PyFloat(Double.NaN); }
            default -> { }
        }
        if (!body.startsWith("0x")) body = "0x" + body;
        if (!body.contains("p")) body = body + "p0";
        try {
            if (body.startsWith("0xp") || body.startsWith("0x.p")) throw new NumberFormatException();
            double v = Double.parseDouble(body);
            if (Double.isInfinite(v)) throw Errors.overflow("hexadecimal value too large to represent as a float");
            return new PyFloat(neg ? -v : v);
        } catch (NumberFormatException e) {
            throw Errors.value("invalid hexadecimal floating-point string");
        }
    }
}
