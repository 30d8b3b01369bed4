package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.SetOps;
import dev.jpy.vm.object.TypeCall;
import dev.jpy.vm.object.Types;
import java.util.Arrays;

/**
 * The special methods of the builtin types as attributes ({@code list.__getitem__}, {@code dict.__init__},
 * {@code int.__new__}, ...), so that subclasses reach them through {@code super()} and explicit calls. Each runs
 * the builtin behaviour alone, never a subclass's override.
 */
final class DunderMethods {
    private DunderMethods() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install() {
        PyType[] all = {Types.INT, Types.FLOAT, Types.STR, Types.BYTES, Types.TUPLE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET};
        for (PyType t : all) {
            Args.staticMethod(t, "__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Errors.type(t.name + ".__new__(): not enough arguments");
                if (!cls.isSubtype(t)) throw Errors.type(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
                Object[] rest = Arrays.copyOfRange(a, 1, a.length);
                return cls == t ? t.constructor.call(rest, k) : TypeCall.allocate(cls, rest, k);
            });
            Args.method(t, "__repr__", t == Types.INT // int.__repr__ gives digits for a bool too (super(bool, True).__repr__())
                    ? (a, k) -> new PyStr(a[0] instanceof PyInt i ? (i.isSmall() ? Long.toString(i.v) : i.toString()) : Repr.reprBase(a[0]))
                    : (a, k) -> new PyStr(Repr.reprBase(a[0])));
            if (t == Types.LIST || t == Types.DICT || t == Types.SET) t.put("__hash__", PyNone.NONE);
            else Args.method(t, "__hash__", (a, k) -> PyInt.of(Ops.hash(baseValue(a[0]))));
            for (int op = 0; op < CMP.length; op++) {
                int o = op;
                Args.method(t, CMP[op], (a, k) -> { Args.methodCount(CMP[o], a, k, 1, 1); return Compare.base(o, a[0], a[1]); });
            }
        }
        Args.method(Types.BOOL, "__repr__", (a, k) -> new PyStr(Repr.reprBase(a[0])));
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.BYTEARRAY, Types.TUPLE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET}) {
            Args.method(t, "__len__", (a, k) -> PyInt.of(Ops.lenBase(a[0])));
            Args.method(t, "__iter__", (a, k) -> Ops.iterBase(a[0]));
            Args.method(t, "__contains__", (a, k) -> { Args.methodCount("__contains__", a, k, 1, 1); return PyBool.of(Seq.containsBase(a[0], a[1])); });
        }
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.BYTEARRAY, Types.TUPLE, Types.LIST, Types.DICT}) {
            Args.method(t, "__getitem__", (a, k) -> { Args.methodCount("__getitem__", a, k, 1, 1); return Seq.getitemBase(a[0], a[1]); });
        }
        for (PyType t : new PyType[] {Types.LIST, Types.DICT, Types.BYTEARRAY}) {
            Args.method(t, "__setitem__", (a, k) -> { Args.methodCount("__setitem__", a, k, 2, 2); Seq.setitemBase(a[0], a[1], a[2]); return PyNone.NONE; });
            Args.method(t, "__delitem__", (a, k) -> { Args.methodCount("__delitem__", a, k, 1, 1); Seq.delitemBase(a[0], a[1]); return PyNone.NONE; });
        }
        arithmetic();
        Args.method(Types.STR, "__str__", (a, k) -> a[0].getClass() == PyStr.class ? a[0] : new PyStr(((PyStr) a[0]).s));
        Args.method(Types.LIST, "__init__", (a, k) -> {
            Args.onlyKeywords("list", k);
            if (a.length > 2) throw Errors.type("list expected at most 1 argument, got " + (a.length - 1));
            PyList l = (PyList) a[0];
            l.items.clear();
            if (a.length == 2) l.items.addAll(Ops.toList(a[1]));
            return PyNone.NONE;
        });
        Args.method(Types.DICT, "__init__", (a, k) -> {
            DictMethods.update((PyDict) a[0], Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        Args.method(Types.SET, "__init__", (a, k) -> {
            if (k != null) throw Errors.type("set() takes no keyword arguments");
            if (a.length > 2) throw Errors.type("set expected at most 1 argument, got " + (a.length - 1));
            PySet s = (PySet) a[0];
            s.items.clear();
            if (a.length == 2) SetOps.update(s.items, a[1]);
            return PyNone.NONE;
        });
    }

    /** __add__ / __radd__ and the other binary operators of the builtin types that have them. */
    private static void arithmetic() {
        int[] numeric = {Numbers.ADD, Numbers.AND, Numbers.FLOORDIV, Numbers.LSHIFT, Numbers.MUL, Numbers.MOD, Numbers.OR,
            Numbers.POW, Numbers.RSHIFT, Numbers.SUB, Numbers.TRUEDIV, Numbers.XOR};
        for (int op : numeric) {
            boolean floatOp = op != Numbers.AND && op != Numbers.OR && op != Numbers.XOR && op != Numbers.LSHIFT && op != Numbers.RSHIFT;
            for (PyType t : floatOp ? new PyType[] {Types.INT, Types.FLOAT} : new PyType[] {Types.INT}) binary(t, op);
        }
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.BYTEARRAY, Types.TUPLE, Types.LIST}) {
            binary(t, Numbers.ADD);
            binary(t, Numbers.MUL);
        }
        binary(Types.STR, Numbers.MOD);
        binary(Types.BYTES, Numbers.MOD);
        numberUnary();
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            for (int op : new int[] {Numbers.OR, Numbers.AND, Numbers.SUB, Numbers.XOR}) binary(t, op);
        }
    }

    /** The unary and rounding dunders of int and float (__neg__, __round__, __floor__, __divmod__ ...), on the plain value of a subclass instance. */
    private static void numberUnary() {
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT}) {
            boolean isInt = t == Types.INT;
            unary(t, "__neg__", v -> Arith.negative(v));
            unary(t, "__pos__", v -> Arith.positive(v));
            unary(t, "__getnewargs__", v -> dev.jpy.vm.object.PyTuple.of(v));
            unary(t, "__floor__", v -> isInt ? v : Ops.call(Types.INT, new dev.jpy.vm.object.PyFloat(Math.floor(((dev.jpy.vm.object.PyFloat) v).v))));
            unary(t, "__ceil__", v -> isInt ? v : Ops.call(Types.INT, new dev.jpy.vm.object.PyFloat(Math.ceil(((dev.jpy.vm.object.PyFloat) v).v))));
            if (isInt) {
                unary(t, "__invert__", v -> Arith.invert(v));
                unary(t, "__trunc__", v -> v);
            }
            Args.method(t, "__round__", (a, k) -> {
                Args.methodCount("__round__", a, k, 0, 1);
                return BuiltinFunctions.round(a.length > 1 ? new Object[] {baseValue(a[0]), a[1]} : new Object[] {baseValue(a[0])}, null);
            });
            Args.method(t, "__divmod__", (a, k) -> {
                Args.methodCount("__divmod__", a, k, 1, 1);
                return plainNumber(a[1]) ? BuiltinFunctions.divmod(baseValue(a[0]), a[1]) : PyNone.NOT_IMPLEMENTED;
            });
            Args.method(t, "__rdivmod__", (a, k) -> {
                Args.methodCount("__rdivmod__", a, k, 1, 1);
                return plainNumber(a[1]) ? BuiltinFunctions.divmod(a[1], baseValue(a[0])) : PyNone.NOT_IMPLEMENTED;
            });
        }
    }

    private static boolean plainNumber(Object o) { return o instanceof PyInt || o instanceof dev.jpy.vm.object.PyFloat; }

    private static void unary(PyType t, String name, java.util.function.UnaryOperator<Object> f) {
        Args.method(t, name, (a, k) -> { Args.methodCount(name, a, k, 0, 0); return f.apply(baseValue(a[0])); });
    }

    private static void binary(PyType t, int op) {
        String n = Arith.name(op);
        boolean ternary = op == Numbers.POW && t == Types.INT; // int.__pow__(exp, mod=None) as pow(self, exp, mod)
        Args.method(t, "__" + n + "__", (a, k) -> {
            Args.methodCount("__" + n + "__", a, k, 1, ternary ? 2 : 1);
            return a.length == 3 && a[2] != PyNone.NONE ? BuiltinFunctions.pow(a, null) : Arith.base(op, a[0], a[1]);
        });
        boolean numeric = t == Types.INT || t == Types.FLOAT;
        if (!numeric && op != Numbers.MUL && !(t == Types.STR && op == Numbers.MOD) || t == Types.SET || t == Types.FROZENSET) return;
        Args.method(t, "__r" + n + "__", (a, k) -> { Args.methodCount("__r" + n + "__", a, k, 1, 1); return Arith.base(op, a[1], a[0]); });
    }

    /** The plain builtin value of a subclass instance (for hashing as the base type does). */
    private static Object baseValue(Object o) {
        if (o instanceof PyStr s) return new PyStr(s.s);
        if (o instanceof PyInt i) return PyInt.of(i.bigValue());
        if (o instanceof dev.jpy.vm.object.PyFloat f) return new dev.jpy.vm.object.PyFloat(f.v);
        if (o instanceof dev.jpy.vm.object.PyTuple t) return dev.jpy.vm.object.PyTuple.of(t.items);
        if (o instanceof dev.jpy.vm.object.PyBytes b) return new dev.jpy.vm.object.PyBytes(b.b);
        return o;
    }
}
