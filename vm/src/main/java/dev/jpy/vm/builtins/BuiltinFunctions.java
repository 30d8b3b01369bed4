package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.TreeSet;

/** Builtin functions beyond the core ones: dir, vars, iter(callable, sentinel), pow/divmod/round, bin/oct/hex, input, exit. */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    static void install(PyDict d) {
        Args.def(d, "dir", (a, k) -> { Args.count("dir", a, k, 0, 1); return dir(a.length == 0 ? null : a[0]); });
        Args.def(d, "vars", (a, k) -> {
            Args.count("vars", a, k, 0, 1);
            if (a.length == 0) return Ops.call(VmState.get().builtins.get("locals"));
            Object v;
            try {
                v = Ops.getattr(a[0], PyStr.intern("__dict__"));
            } catch (PyRaise e) {
                if (!e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
                throw Errors.type("vars() argument must have __dict__ attribute");
            }
            return v;
        });
        Args.def(d, "iter", (a, k) -> {
            Args.count("iter", a, k, 1, 2);
            if (a.length == 1) {
                Object it = Ops.iter(a[0]);
                if (!(it instanceof PyIter) && ((dev.jpy.vm.object.PyObject) it).type().lookup("__next__") == null) {
                    throw Errors.type("iter() returned non-iterator of type '" + Errors.typeName(it) + "'");
                }
                return it;
            }
            if (!Ops.callable(a[0])) throw Errors.type("iter(v, w): v must be callable");
            Object f = a[0], sentinel = a[1];
            return new PyIter(CALLABLE_ITERATOR) {
                boolean done;

                @Override public Object next() {
                    if (done) return null;
                    Object v = Ops.call(f);
                    if (dev.jpy.vm.object.Compare.eq(v, sentinel)) { done = true; return null; }
                    return v;
                }
            };
        });
        Args.def(d, "pow", BuiltinFunctions::pow);
        Args.def(d, "divmod", (a, k) -> { Args.count("divmod", a, k, 2, 2); return divmod(a[0], a[1]); });
        Args.def(d, "bin", (a, k) -> { Args.count("bin", a, k, 1, 1); return radix(a[0], 2, "0b"); });
        Args.def(d, "oct", (a, k) -> { Args.count("oct", a, k, 1, 1); return radix(a[0], 8, "0o"); });
        Args.def(d, "hex", (a, k) -> { Args.count("hex", a, k, 1, 1); return radix(a[0], 16, "0x"); });
        Args.def(d, "chr", (a, k) -> {
            Args.count("chr", a, k, 1, 1);
            long c = Ops.index(a[0]);
            if (c < 0 || c > 0x10FFFF) throw Errors.value("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) c);
        });
        Args.def(d, "ord", (a, k) -> {
            Args.count("ord", a, k, 1, 1);
            if (a[0] instanceof dev.jpy.vm.object.PyBytes b) {
                if (b.b.length != 1) throw Errors.type("ord() expected a character, but string of length " + b.b.length + " found");
                return PyInt.of(b.b[0] & 0xFF);
            }
            if (!(a[0] instanceof PyStr s)) throw Errors.type("ord() expected string of length 1, but " + Errors.typeName(a[0]) + " found");
            if (s.length() != 1) throw Errors.type("ord() expected a character, but string of length " + s.length() + " found");
            return PyInt.of(s.codePointAt(0));
        });
        Args.def(d, "round", BuiltinFunctions::round);
        Args.def(d, "format", (a, k) -> {
            Args.count("format", a, k, 1, 2);
            if (a.length > 1 && !(a[1] instanceof PyStr)) throw Errors.type("format() argument 2 must be str, not " + Errors.typeName(a[1]));
            return new PyStr(dev.jpy.vm.object.Format.format(a[0], a.length > 1 ? ((PyStr) a[1]).s : ""));
        });
        Args.def(d, "input", BuiltinFunctions::input);
        d.put("__debug__", PyBool.TRUE);
        d.put("__doc__", new PyStr(DOC));
        for (String q : new String[] {"exit", "quit"}) d.put(q, quitter(q));
        SiteBuiltins.install(d);
    }

    private static final String DOC = "Built-in functions, types, exceptions, and other objects.\n\n"
            + "This module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\n"
            + "the full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\n"
            + "applications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\n"
            + "which the built-in of that name is also needed.";

    // ---------------------------------------------------------------- dir

    static PyList dir(Object o) {
        if (o == null) {
            PyList l = new PyList(new ArrayList<>(((PyDict) Ops.call(VmState.get().builtins.get("locals"))).map.keySet()));
            ListMethods.sort(l, null, null);
            return l;
        }
        Object custom = ((PyObject) o).type().lookup("__dir__");
        PyList l;
        if (custom != null && !(custom instanceof PyBuiltin)) {
            l = new PyList(Ops.toList(Ops.callSpecial(o, "__dir__")));
        } else {
            TreeSet<PyStr> names = new TreeSet<>();
            if (o instanceof PyModule m) {
                addKeys(names, m.dict);
            } else if (o instanceof PyType t) {
                for (PyType b : t.mro) addKeys(names, b.dict);
            } else {
                if (o instanceof PyInstance i) addKeys(names, i.dict);
                for (PyType b : ((PyObject) o).type().mro) addKeys(names, b.dict);
                names.add(PyStr.intern("__class__"));
            }
            l = new PyList(new ArrayList<>(names));
        }
        ListMethods.sort(l, null, null);
        return l;
    }

    private static void addKeys(TreeSet<PyStr> names, PyDict d) {
        for (Object k : d.map.keySet()) if (k instanceof PyStr s) names.add(s);
    }

    // ---------------------------------------------------------------- numbers

    static Object pow(Object[] a, PyTuple k) {
        Args.onlyKeywords("pow", k, "base", "exp", "mod");
        int n = Args.npos(a, k);
        Object base = n > 0 ? a[0] : Args.kw(a, k, "base"), exp = n > 1 ? a[1] : Args.kw(a, k, "exp");
        Object mod = n > 2 ? a[2] : Args.kw(a, k, "mod");
        if (base == null || exp == null) {
            throw Errors.type("pow() missing required argument '" + (base == null ? "base" : "exp") + "' (pos " + (base == null ? 1 : 2) + ")");
        }
        if (n > 3) throw Errors.type("pow() takes at most 3 arguments (" + n + " given)");
        if (mod == null || mod == PyNone.NONE) return Arith.binary(Numbers.POW, base, exp);
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            if (isNumber(base) && isNumber(exp) && isNumber(mod)) throw Errors.type("pow() 3rd argument not allowed unless all arguments are integers");
            Object r = base instanceof PyInstance ? Ops.callSpecial(base, "__pow__", exp, mod) : null;
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
            throw Errors.type("unsupported operand type(s) for ** or pow(): '" + Errors.typeName(base) + "', '"
                    + Errors.typeName(exp) + "', '" + Errors.typeName(mod) + "'");
        }
        BigInteger mv = m.bigValue();
        if (mv.signum() == 0) throw Errors.value("pow() 3rd argument cannot be 0");
        BigInteger am = mv.abs();
        BigInteger r;
        try {
            r = b.bigValue().modPow(e.bigValue(), am);
        } catch (ArithmeticException ex) {
            throw Errors.value("base is not invertible for the given modulus");
        }
        if (mv.signum() < 0 && r.signum() != 0) r = r.add(mv);
        return PyInt.of(r);
    }

    private static boolean isNumber(Object o) { return o instanceof PyInt || o instanceof PyFloat || o instanceof dev.jpy.vm.object.PyComplex; }

    static Object divmod(Object x, Object y) {
        boolean num = (x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat);
        if (num) return PyTuple.of(Arith.binary(Numbers.FLOORDIV, x, y), Arith.binary(Numbers.MOD, x, y));
        Object r = Ops.callSpecial(x, "__divmod__", y);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        r = Ops.callSpecial(y, "__rdivmod__", x);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        throw Errors.type(Errors.UNSUPPORTED_BINOP.formatted("divmod()", Errors.typeName(x), Errors.typeName(y)));
    }

    private static Object radix(Object o, int radix, String prefix) {
        BigInteger v;
        if (o instanceof PyInt i) v = i.bigValue();
        else {
            Object r = o instanceof PyInstance ? Ops.callSpecial(o, "__index__") : null;
            if (!(r instanceof PyInt i)) throw Errors.type("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
            v = i.bigValue();
        }
        String digits = v.abs().toString(radix);
        return new PyStr((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** Digits beyond which rounding a double cannot change it (NDIGITS_MAX) or must give zero (NDIGITS_MIN). */
    private static final int NDIGITS_MAX = 323, NDIGITS_MIN = -308;

    static Object round(Object[] a, PyTuple k) {
        Args.onlyKeywords("round", k, "number", "ndigits");
        int npos = Args.npos(a, k);
        Object x = npos > 0 ? a[0] : Args.kw(a, k, "number");
        Object nd = npos > 1 ? a[1] : Args.kw(a, k, "ndigits");
        if (x == null) throw Errors.type("round() missing required argument 'number' (pos 1)");
        if (npos > 2) throw Errors.type("round() takes at most 2 arguments (" + npos + " given)");
        if (nd == null) nd = PyNone.NONE;
        if (x instanceof dev.jpy.vm.object.Derived) {
            Object own = dev.jpy.vm.object.Derived.call(x, "__round__", nd == PyNone.NONE ? new Object[0] : new Object[] {nd});
            if (own != null) return own;
        }
        if (x instanceof PyInt i) {
            if (nd == PyNone.NONE || Ops.index(nd) >= 0) return PyInt.of(i.bigValue());
            java.math.BigDecimal bd = new java.math.BigDecimal(i.bigValue()).setScale((int) Math.max(Ops.index(nd), -100000), java.math.RoundingMode.HALF_EVEN);
            return PyInt.of(bd.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            if (nd == PyNone.NONE) {
                if (Double.isNaN(f.v)) throw Errors.value("cannot convert float NaN to integer");
                if (Double.isInfinite(f.v)) throw Errors.overflow("cannot convert float infinity to integer");
                return PyInt.of(new java.math.BigDecimal(Math.rint(f.v)).toBigInteger());
            }
            long n = Ops.index(nd);
            if (Double.isNaN(f.v) || Double.isInfinite(f.v) || n > NDIGITS_MAX) return f;
            if (n < NDIGITS_MIN) return new PyFloat(0.0 * f.v);
            double res = new java.math.BigDecimal(f.v).setScale((int) n, java.math.RoundingMode.HALF_EVEN).doubleValue();
            if (Double.isInfinite(res)) throw Errors.overflow("rounded value too large to represent");
            return new PyFloat(res == 0 ? Math.copySign(0.0, f.v) : res);
        }
        Object r = Ops.callSpecial(x, "__round__", nd == PyNone.NONE ? new Object[0] : new Object[] {nd});
        if (r != null) return r;
        throw Errors.type("type " + Errors.typeName(x) + " doesn't define __round__ method");
    }

    // ---------------------------------------------------------------- input, exit

    private static final java.io.BufferedReader STDIN = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));

    private static Object input(Object[] a, PyTuple k) {
        Args.count("input", a, k, 0, 1);
        VmState st = VmState.get();
        Object out = st.sysStdout();
        if (a.length > 0) {
            Ops.call(Ops.getattr(out, PyStr.intern("write")), new PyStr(Ops.str(a[0])));
        }
        Object fl = Ops.getattrOrNull(out, PyStr.intern("flush"));
        if (fl != null) Ops.call(fl);
        else st.out.flush();
        String line;
        try {
            line = (st.stdin != null ? st.stdin : STDIN).readLine();
        } catch (java.io.IOException e) {
            throw Errors.raise(Types.OS_ERROR, e.getMessage());
        }
        if (line == null) throw Errors.raise(Types.EOF_ERROR, "EOF when reading a line");
        return new PyStr(line);
    }

    private static final PyType QUITTER = new PyType("Quitter", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    static {
        QUITTER.module = "_sitebuiltins";
        Args.method(QUITTER, "__repr__", (a, k) -> new PyStr("Use " + ((Quitter) a[0]).name + "() or Ctrl-D (i.e. EOF) to exit"));
        Args.method(QUITTER, "__call__", (a, k) -> {
            Object code = a.length > 1 ? a[1] : PyNone.NONE;
            throw new dev.jpy.vm.object.PyBaseException(Types.SYSTEM_EXIT, code == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(code)).raise();
        });
    }

    /** exit and quit as the site module makes them. */
    private static final class Quitter extends PyObject {
        final String name;

        Quitter(String name) { this.name = name; }

        @Override public PyType type() { return QUITTER; }
    }

    private static Object quitter(String name) { return new Quitter(name); }
}
