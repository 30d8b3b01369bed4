package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Format;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The builtins module: functions, types and exception classes. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** A fresh builtins dict. */
    public static PyDict create() {
        BuiltinTypes.install();
        PyDict d = new PyDict();
        d.put("__name__", new PyStr("builtins"));
        ModuleDunders.fill("builtins", d);
        Args.def(d, "__import__", dev.jpy.vm.run.ImportSystem::dunderImport);
        d.put("None", PyNone.NONE);
        d.put("Ellipsis", PyNone.ELLIPSIS);
        d.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        d.put("True", PyBool.TRUE);
        d.put("False", PyBool.FALSE);
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.COMPLEX, Types.STR, Types.BYTES, Types.BYTEARRAY, Types.MEMORYVIEW,
                Types.TUPLE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE, Types.PROPERTY,
                Types.CLASSMETHOD, Types.STATICMETHOD, Types.SUPER, Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED}) {
            d.put(t.name, t);
        }
        for (var e : Types.EXCEPTIONS.entrySet()) d.put(e.getKey(), e.getValue());
        d.put("EnvironmentError", Types.OS_ERROR);
        d.put("IOError", Types.OS_ERROR);
        Args.def(d, "__build_class__", ClassBuilder::buildClass);
        Args.def(d, "print", BuiltinsModule::print);
        Args.def(d, "len", (a, k) -> { Args.count("len", a, k, 1, 1); return PyInt.of(Ops.len(a[0])); });
        Args.def(d, "repr", (a, k) -> { Args.count("repr", a, k, 1, 1); return new PyStr(Ops.repr(a[0])); });
        Args.def(d, "ascii", (a, k) -> { Args.count("ascii", a, k, 1, 1); return new PyStr(dev.jpy.vm.interp.Rare.ascii(Ops.repr(a[0]))); });
        Args.def(d, "isinstance", (a, k) -> { Args.count("isinstance", a, k, 2, 2); return PyBool.of(isinstance(a[0], a[1])); });
        Args.def(d, "issubclass", (a, k) -> { Args.count("issubclass", a, k, 2, 2); return PyBool.of(issubclass(a[0], a[1])); });
        Args.def(d, "open", IoOpen::open);
        Args.def(d, "abs", (a, k) -> { Args.count("abs", a, k, 1, 1); return abs(a[0]); });
        Args.def(d, "min", (a, k) -> minmax("min", a, k, Compare.LT));
        Args.def(d, "max", (a, k) -> minmax("max", a, k, Compare.GT));
        Args.def(d, "sum", BuiltinsModule::sum);
        Args.def(d, "sorted", (a, k) -> {
            Args.onlyKeywords("sort", k, "key", "reverse");
            if (Args.npos(a, k) != 1) throw Errors.type("sorted expected 1 argument, got " + Args.npos(a, k));
            PyList l = PyList.wrap(Ops.toList(a[0]));
            ListMethods.sort(l, Args.kw(a, k, "key"), Args.kw(a, k, "reverse"));
            return l;
        });
        dev.jpy.vm.interp.AsyncBuiltins.install(d);
        Args.def(d, "next", (a, k) -> {
            Args.count("next", a, k, 1, 2);
            if (!(a[0] instanceof dev.jpy.vm.object.PyIter) && ((PyObject) a[0]).type().lookup("__next__") == null) {
                throw Errors.type("'" + Errors.typeName(a[0]) + "' object is not an iterator");
            }
            Object v = Ops.next(a[0]);
            if (v != null) return v;
            if (a.length > 1) return a[1];
            if (a[0] instanceof dev.jpy.vm.interp.Sendable g) throw g.stop();
            throw new dev.jpy.vm.object.PyBaseException(Types.STOP_ITERATION, PyTuple.EMPTY).raise();
        });
        Args.def(d, "hasattr", (a, k) -> { Args.count("hasattr", a, k, 2, 2); return PyBool.of(getattr(a[0], a[1], PyNone.NONE) != null); });
        Args.def(d, "getattr", (a, k) -> {
            Args.count("getattr", a, k, 2, 3);
            if (a.length == 3) {
                Object v = getattr(a[0], a[1], a[2]);
                return v == null ? a[2] : v;
            }
            return Ops.getattr(a[0], attrName(a[1]));
        });
        Args.def(d, "setattr", (a, k) -> { Args.count("setattr", a, k, 3, 3); Ops.setattr(a[0], attrName(a[1]), a[2]); return PyNone.NONE; });
        Args.def(d, "delattr", (a, k) -> { Args.count("delattr", a, k, 2, 2); Ops.delattr(a[0], attrName(a[1])); return PyNone.NONE; });
        Args.def(d, "callable", (a, k) -> { Args.count("callable", a, k, 1, 1); return PyBool.of(Ops.callable(a[0])); });
        Args.def(d, "any", (a, k) -> {
            Object it = Ops.iter(a[0]);
            for (Object x; (x = Ops.next(it)) != null; ) if (Ops.truthy(x)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        Args.def(d, "all", (a, k) -> {
            Object it = Ops.iter(a[0]);
            for (Object x; (x = Ops.next(it)) != null; ) if (!Ops.truthy(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        Args.def(d, "id", (a, k) -> PyInt.of(System.identityHashCode(a[0])));
        Args.def(d, "hash", (a, k) -> PyInt.of(Ops.hash(a[0])));
        Args.def(d, "globals", (a, k) -> VmState.get().top.globals);
        Args.def(d, "locals", (a, k) -> VmState.get().top.locals != null ? VmState.get().top.locals : dev.jpy.vm.interp.PyFrameObj.fastLocals(VmState.get().top));
        BuiltinFunctions.install(d);
        EvalBuiltins.install(d);
        return d;
    }

    private static Object getattr(Object o, Object name, Object dflt) {
        try {
            return Ops.getattr(o, attrName(name));
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    private static PyStr attrName(Object o) {
        if (o instanceof PyStr s) return s;
        throw Errors.type("attribute name must be string, not '" + Errors.typeName(o) + "'");
    }

    static boolean isinstance(Object o, Object t) {
        if (t instanceof PyTuple tup) {
            for (Object x : tup.items) if (isinstance(o, x)) return true;
            return false;
        }
        if (t instanceof dev.jpy.vm.object.TypeUnion u) {
            for (Object x : u.args) if (isinstance(o, unionMember(x))) return true;
            return false;
        }
        if (t instanceof PyType type && ((PyObject) o).type() == type) return true;
        Object check = ((PyObject) t).type().lookup("__instancecheck__");
        if (check != null && !(check instanceof dev.jpy.vm.object.PyBuiltin)) return Ops.truthy(Ops.callSpecial(t, "__instancecheck__", o));
        if (!(t instanceof PyType type)) {
            if (t instanceof dev.jpy.vm.object.GenericAlias) throw Errors.type("isinstance() argument 2 cannot be a parameterized generic");
            throw Errors.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return Ops.isinstance(o, type);
    }

    static boolean issubclass(Object o, Object t) {
        if (t instanceof PyTuple tup) {
            for (Object x : tup.items) if (issubclass(o, x)) return true;
            return false;
        }
        if (t instanceof dev.jpy.vm.object.TypeUnion u) {
            for (Object x : u.args) if (issubclass(o, unionMember(x))) return true;
            return false;
        }
        Object check = ((PyObject) t).type().lookup("__subclasscheck__");
        if (check != null && !(check instanceof dev.jpy.vm.object.PyBuiltin)) return Ops.truthy(Ops.callSpecial(t, "__subclasscheck__", o));
        if (!(o instanceof PyType a)) throw Errors.type("issubclass() arg 1 must be a class");
        if (!(t instanceof PyType b)) throw Errors.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return a.isSubtype(b);
    }

    /** A member of an X | Y union as isinstance takes it: None stands for NoneType. */
    private static Object unionMember(Object x) { return x == PyNone.NONE ? PyNone.NONE.type() : x; }

    private static Object print(Object[] a, PyTuple k) {
        Args.onlyKeywords("print", k, "sep", "end", "file", "flush");
        Object sep = Args.kw(a, k, "sep"), end = Args.kw(a, k, "end"), file = Args.kw(a, k, "file"), flush = Args.kw(a, k, "flush");
        String sp = sep == null || sep == PyNone.NONE ? " " : strArg(sep, "sep");
        String en = end == null || end == PyNone.NONE ? "\n" : strArg(end, "end");
        int n = Args.npos(a, k);
        Object target = file == null || file == PyNone.NONE ? VmState.get().sysStdout() : file;
        if (target == PyNone.NONE) return PyNone.NONE;
        // one write per piece, as CPython's print does (a file's write() sees them; the std buffers flush by them)
        TextStream ts = target instanceof TextStream t ? t : null;
        Object write = ts != null ? null : Ops.getattr(target, PyStr.intern("write"));
        for (int i = 0; i <= n; i++) {
            if (i > 0 && i < n) writePiece(ts, write, sp);
            writePiece(ts, write, i < n ? Ops.str(a[i]) : en);
        }
        if (flush != null && Ops.truthy(flush)) {
            if (ts != null) ts.flush();
            else Ops.call(Ops.getattr(target, PyStr.intern("flush")));
        }
        return PyNone.NONE;
    }

    private static void writePiece(TextStream ts, Object write, String s) {
        if (ts != null) ts.write(s);
        else Ops.call(write, new PyStr(s));
    }

    private static String strArg(Object o, String name) {
        if (o instanceof PyStr s) return s.s;
        throw Errors.type(name + " must be None or a string, not " + Errors.typeName(o));
    }

    static Object abs(Object o) {
        if (o instanceof PyInt i) return i.signum() < 0 ? Arith.negative(i) : (o instanceof PyBool ? PyInt.of(i.v) : i);
        if (o instanceof PyFloat f) return new PyFloat(Math.abs(f.v));
        if (o instanceof dev.jpy.vm.object.PyComplex c) return new PyFloat(dev.jpy.vm.object.Complexes.abs(c));
        Object r = Ops.callSpecial(o, "__abs__");
        if (r != null) return r;
        throw Errors.type("bad operand type for abs(): '" + Errors.typeName(o) + "'");
    }

    private static Object minmax(String name, Object[] a, PyTuple k, int op) {
        Args.onlyKeywords(name, k, "key", "default");
        Object key = Args.kw(a, k, "key"), dflt = Args.kw(a, k, "default");
        int n = Args.npos(a, k);
        if (n == 0) throw Errors.type(name + " expected at least 1 argument, got 0");
        if (n > 1 && dflt != null) throw Errors.type("Cannot specify a default for " + name + "() with multiple positional arguments");
        List<Object> plain = n == 1 && (key == null || key == PyNone.NONE) ? IntFolds.items(a[0]) : null;
        Object fast = plain != null ? IntFolds.extreme(plain, op == Compare.GT) : null;
        if (fast != null) return fast;
        List<Object> items = n == 1 ? Ops.toList(a[0]) : List.of(a).subList(0, n);
        if (items.isEmpty()) {
            if (dflt != null) return dflt;
            throw Errors.value(name + "() iterable argument is empty");
        }
        Object best = items.get(0), bestKey = key == null || key == PyNone.NONE ? best : Ops.call(key, best);
        for (int i = 1; i < items.size(); i++) {
            Object x = items.get(i), xk = key == null || key == PyNone.NONE ? x : Ops.call(key, x);
            if (Compare.compareBool(op, xk, bestKey)) { best = x; bestKey = xk; }
        }
        return best;
    }

    private static Object sum(Object[] a, PyTuple k) {
        Object acc = a.length > 1 ? a[1] : Args.kw(a, k, "start");
        if (acc == null) acc = PyInt.of(0);
        if (acc instanceof PyStr) throw Errors.type("sum() can't sum strings [use ''.join(seq) instead]");
        List<Object> plain = IntFolds.items(a[0]);
        Object fast = plain != null ? IntFolds.sum(plain, acc) : null;
        if (fast != null) return fast;
        Object it = Ops.iter(a[0]);
        for (Object x; (x = Ops.next(it)) != null; ) {
            // the float fast path takes exact floats and ints only: a subclass may define its own __add__ (as CPython)
            if (acc instanceof PyFloat f && !(acc instanceof dev.jpy.vm.object.Derived) && (x instanceof PyFloat || x instanceof PyInt)
                    && !(x instanceof dev.jpy.vm.object.Derived)) return floatSum(f.v, x, it);
            acc = Arith.binary(Numbers.ADD, acc, x);
        }
        return acc;
    }

    /** sum() over floats with Neumaier's compensation, as CPython 3.12+ does; falls back for other items. */
    private static Object floatSum(double sum, Object first, Object it) {
        double c = 0;
        Object x = first;
        do {
            if (!(x instanceof PyFloat || x instanceof PyInt && ((PyInt) x).isSmall()) || x instanceof dev.jpy.vm.object.Derived) {
                Object acc = Arith.binary(Numbers.ADD, new PyFloat(sum + c), x);
                for (Object y; (y = Ops.next(it)) != null; ) acc = Arith.binary(Numbers.ADD, acc, y);
                return acc;
            }
            if (x instanceof PyInt i) { // an int within a C long is added as a double, uncompensated (as CPython)
                sum += (double) i.v;
                continue;
            }
            double v = ((PyFloat) x).v, t = sum + v;
            if (Math.abs(sum) >= Math.abs(v)) c += (sum - t) + v;
            else c += (v - t) + sum;
            sum = t;
        } while ((x = Ops.next(it)) != null);
        return new PyFloat(c != 0 && !Double.isInfinite(c) ? sum + c : sum);
    }

    static ArrayList<Object> list(Object o) { return Ops.toList(o); }
}
