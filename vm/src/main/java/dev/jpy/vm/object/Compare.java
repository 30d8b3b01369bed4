package dev.jpy.vm.object;

import java.util.List;

/** Rich comparison (COMPARE_OP), with the int fast path first and reflected dunder methods for classes. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static Object compare(int op, Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall() && !(a instanceof Derived.IntSub || b instanceof Derived.IntSub)) return PyBool.of(test(op, Long.compare(x.v, y.v)));
        int c = builtinCompare(op, a, b);
        if (c != NOT_BUILTIN) return PyBool.of(c != 0);
        return dunder(op, a, b);
    }

    public static boolean compareBool(int op, Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall() && !(a instanceof Derived.IntSub || b instanceof Derived.IntSub)) return test(op, Long.compare(x.v, y.v));
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return strs(op, (PyStr) a, (PyStr) b);
        int c = builtinCompare(op, a, b);
        if (c != NOT_BUILTIN) return c != 0;
        return Ops.truthy(dunder(op, a, b));
    }

    public static boolean eq(Object a, Object b) { return a == b || compareBool(EQ, a, b); }

    /** A comparison of two exact strs: == and != by String.equals (lengths first), the others by code point. */
    private static boolean strs(int op, PyStr a, PyStr b) {
        return op == EQ ? a.s.equals(b.s) : op == NE ? !a.s.equals(b.s) : test(op, a.compareTo(b));
    }

    private static final int NOT_BUILTIN = -1;

    private static boolean test(int op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** 1 or 0 for a comparison between builtin values; NOT_BUILTIN when a dunder method must decide. */
    private static int builtinCompare(int op, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance || Ops.isMetaInstance(a) || Ops.isMetaInstance(b)) return NOT_BUILTIN;
        if ((a instanceof Derived || b instanceof Derived) && (Derived.override(a, DUNDER[op]) != null || Derived.override(b, DUNDER[SWAPPED[op]]) != null)) {
            return NOT_BUILTIN;
        }
        return valueCompare(op, a, b);
    }

    /** The comparison of builtin values (also of subclass instances, whatever their own methods say). */
    private static int valueCompare(int op, Object a, Object b) {
        int c;
        if (a instanceof PyInt x && b instanceof PyInt y) c = BigInts.compare(x, y);
        else if (a instanceof PyFloat x && b instanceof PyFloat y) {
            if (Double.isNaN(x.v) || Double.isNaN(y.v)) return op == NE ? 1 : 0;
            c = x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
        } else if (a instanceof PyInt x && b instanceof PyFloat y) {
            c = Numbers.compareIntFloat(x, y.v);
            if (c == 2) return op == NE ? 1 : 0;
        } else if (a instanceof PyFloat x && b instanceof PyInt y) {
            c = Numbers.compareIntFloat(y, x.v);
            if (c == 2) return op == NE ? 1 : 0;
            c = -c;
        } else if (a instanceof PyStr x && b instanceof PyStr y) c = x.compareTo(y);
        else if (a instanceof PyTuple x && b instanceof PyTuple y) return seqCompare(op, List.of(x.items), List.of(y.items));
        else if (a instanceof PyList x && b instanceof PyList y) return seqCompare(op, x.items, y.items);
        else if (a instanceof PySlice x && b instanceof PySlice y) return a == b ? (op == EQ || op == LE || op == GE ? 1 : 0) : seqCompare(op, x.parts(), y.parts());
        else if (a instanceof PyBytes x && b instanceof PyBytes y) c = java.util.Arrays.compareUnsigned(x.b, y.b);
        else if (a instanceof PySet x && b instanceof PySet y) return SetOps.compare(op, x, y) ? 1 : 0;
        else if ((Views.setLike(a) || Views.setLike(b)) && Views.compare(op, a, b) >= 0) return Views.compare(op, a, b);
        else if (op == EQ || op == NE) {
            BytesWarnings.onEquality(a, b);
            boolean e = sameValue(a, b);
            return (e == (op == EQ)) ? 1 : 0;
        } else {
            throw Errors.type(Errors.UNORDERABLE.formatted(Opsyms.CMP[op], Errors.typeName(a), Errors.typeName(b)));
        }
        return test(op, Integer.signum(c)) ? 1 : 0;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof PyMemoryView m) return m.sameValue(b); // no identity shortcut: a view of NaNs is unequal to itself
        if (a == b) return true;
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.map.size() != y.map.size()) return false;
            for (var e : x.map.entrySet()) {
                Object v = y.map.get(e.getKey());
                if (v == null || !eq(e.getValue(), v)) return false;
            }
            return true;
        }
        if (a instanceof GenericAlias || a instanceof TypeUnion) return a.equals(b);
        if (a instanceof PyMemoryView m) return m.sameValue(b);
        if (b instanceof PyMemoryView m) return m.sameValue(a);
        if (a instanceof PyMethod x && b instanceof PyMethod y) return x.self == y.self && x.func == y.func;
        if (a instanceof PyComplex x) return x.equals(b);
        if (b instanceof PyComplex y) return y.equals(a);
        if (a instanceof PyRange x && b instanceof PyRange y) return Ranges.equal(x, y);
        return false;
    }

    /** The builtin comparison alone (what int.__eq__, list.__lt__, ... do): NotImplemented for other operands. */
    public static Object base(int op, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) return PyNone.NOT_IMPLEMENTED;
        if (!comparableKinds(a, b)) return PyNone.NOT_IMPLEMENTED;
        try {
            int c = valueCompare(op, a, b);
            return c == NOT_BUILTIN ? PyNone.NOT_IMPLEMENTED : PyBool.of(c != 0);
        } catch (PyRaise e) {
            return PyNone.NOT_IMPLEMENTED;
        }
    }

    /** Whether the builtin comparison of a's type takes b (int.__eq__ takes ints only, float.__eq__ floats and ints, ...). */
    private static boolean comparableKinds(Object a, Object b) {
        if (a instanceof PyInt) return b instanceof PyInt;
        if (a instanceof PyFloat) return b instanceof PyFloat || b instanceof PyInt;
        if (a instanceof PyStr) return b instanceof PyStr;
        if (a instanceof PyTuple) return b instanceof PyTuple;
        if (a instanceof PyList) return b instanceof PyList;
        if (a instanceof PyDict) return b instanceof PyDict;
        return true;
    }

    private static int seqCompare(int op, List<Object> x, List<Object> y) {
        int n = Math.min(x.size(), y.size());
        for (int i = 0; i < n; i++) {
            Object p = x.get(i), q = y.get(i);
            if (p == q || eq(p, q)) continue;
            if (op == EQ) return 0;
            if (op == NE) return 1;
            return compareBool(op, p, q) ? 1 : 0;
        }
        return test(op, Integer.compare(x.size(), y.size())) ? 1 : 0;
    }

    private static Object dunder(int op, Object a, Object b) {
        PyType ta = ((PyObject) a).type(), tb = ((PyObject) b).type();
        boolean reflectFirst = tb != ta && tb.isSubtype(ta) && tb.lookup(DUNDER[SWAPPED[op]]) != null;
        if (reflectFirst) {
            Object r = Ops.callSpecial(b, DUNDER[SWAPPED[op]], a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        Object r = Ops.callSpecial(a, DUNDER[op], b);
        if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        if (!reflectFirst) {
            r = Ops.callSpecial(b, DUNDER[SWAPPED[op]], a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) {
            Object e = Ops.callSpecial(a, "__eq__", b);
            if (e != null && e != PyNone.NOT_IMPLEMENTED) return PyBool.of(!Ops.truthy(e));
            return PyBool.of(a != b);
        }
        throw Errors.type(Errors.UNORDERABLE.formatted(Opsyms.CMP[op], Errors.printedName(ta), Errors.printedName(tb)));
    }
}
