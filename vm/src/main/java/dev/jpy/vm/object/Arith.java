package dev.jpy.vm.object;

import java.util.ArrayList;

/** BINARY_OP and the unary operators: numbers first, then sequences, then __op__ / __rop__ / __iop__. */
public final class Arith {
    private Arith() {}

    private static final String[] NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"};

    /** a OP b for an NB op number (0-25; 13 and up are the in-place forms). */
    public static Object binary(int nb, Object a, Object b) {
        Class<?> ca = a.getClass(), cb = b.getClass();  // float with int (exact classes): no dunder can intervene
        if ((ca == PyFloat.class && (cb == PyInt.class || cb == PyFloat.class)) || (cb == PyFloat.class && ca == PyInt.class)) {
            Object r = Numbers.floatOp(nb >= 13 ? nb - 13 : nb, toDouble(a), toDouble(b));
            if (r != null) return r;
        }
        // int subclasses are Derived.IntSub: an exact-class test keeps this fast path cheap
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof Derived.IntSub) && !(b instanceof Derived.IntSub)) {
            Object r = Numbers.intOp(nb >= 13 ? nb - 13 : nb, x, y);
            if (r != null) return maybeBool(nb, a, b, r);
        } else if (a instanceof Derived || b instanceof Derived) {
            Object r = derived(nb, a, b);
            if (r != null) return r;
        }
        int op = nb >= 13 ? nb - 13 : nb;
        if (nb >= 13 && a instanceof PySet) {
            Object r = SetOps.inplace(op, a, b);
            if (r != null) return r;
        }
        if (nb >= 13 && (a instanceof PyInstance || a instanceof PyList || a instanceof PyByteArray)) {
            Object r = inplace(op, a, b);
            if (r != null) return r;
        }
        Object r = builtinOp(op, a, b);
        if (r != null) return r;
        r = dunder(op, a, b);
        if (r != null) return r;
        if (op == Numbers.MUL) {
            r = repeatFallback(a, b);
            if (r != null) return r;
        }
        if (op == Numbers.ADD && a instanceof PyStr) throw Errors.type(Errors.CAN_ONLY_CONCAT.formatted("str", Errors.typeName(b), "str"));
        if (op == Numbers.ADD && (a instanceof PyList || a instanceof PyTuple)) throw Errors.type(Errors.CAN_ONLY_CONCAT.formatted(Errors.typeName(a), Errors.typeName(b), Errors.typeName(a)));
        if (op == Numbers.ADD && a instanceof PyBytes && !(b instanceof PyBytes || b instanceof PyMemoryView)) {
            throw Errors.type("can't concat " + Errors.typeName(b) + " to " + (a instanceof PyByteArray ? "bytearray" : "bytes"));
        }
        if (op == Numbers.POW) throw Errors.type("unsupported operand type(s) for " + Opsyms.NB[nb] + " or pow(): '" + Errors.typeName(a) + "' and '" + Errors.typeName(b) + "'");
        throw Errors.type(Errors.UNSUPPORTED_BINOP.formatted(Opsyms.NB[nb], Errors.typeName(a), Errors.typeName(b)));
    }

    /** The builtin operator alone, as int.__add__, str.__mul__, ... compute it: NotImplemented for other operands. */
    public static Object base(int op, Object a, Object b) {
        if (a instanceof PyInstance || b instanceof PyInstance) return PyNone.NOT_IMPLEMENTED;
        if (a instanceof PyInt x && b instanceof PyInt y) {
            Object r = Numbers.intOp(op, x, y);
            if (r != null) return maybeBool(op, a, b, r);
        }
        Object r = builtinOp(op, a, b);
        return r == null ? PyNone.NOT_IMPLEMENTED : r;
    }

    /** The operator names in NB order ("add", "and", ...). */
    public static String name(int op) { return NAMES[op]; }

    private static Object maybeBool(int nb, Object a, Object b, Object r) {
        int op = nb >= 13 ? nb - 13 : nb;
        if (a instanceof PyBool && b instanceof PyBool && (op == Numbers.AND || op == Numbers.OR || op == Numbers.XOR)) return PyBool.of(((PyInt) r).v != 0);
        return r;
    }

    private static Object inplace(int op, Object a, Object b) {
        if (a instanceof PyList l) {
            if (op == Numbers.ADD) { l.items.addAll(Ops.toList(b)); return l; }
            if (op == Numbers.MUL && b instanceof PyInt n) {
                ArrayList<Object> copy = new ArrayList<>(l.items);
                l.items.clear();
                for (long i = 0; i < n.v; i++) l.items.addAll(copy);
                return l;
            }
            return null;
        }
        Object r = Ops.callSpecial(a, "__i" + NAMES[op] + "__", b);
        return r == PyNone.NOT_IMPLEMENTED ? null : r;
    }

    private static Object builtinOp(int op, Object a, Object b) {
        if (Complexes.applies(a, b)) return Complexes.op(op, a, b);
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt) && (a instanceof PyFloat || b instanceof PyFloat)) {
            return Numbers.floatOp(op, toDouble(a), toDouble(b));
        }
        switch (op) {
            case Numbers.ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) return PyStr.concat(x, y);
                if (a instanceof PyList x && b instanceof PyList y) {
                    PyList l = new PyList(x.items);
                    l.items.addAll(y.items);
                    return l;
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] r = java.util.Arrays.copyOf(x.items, x.items.length + y.items.length);
                    System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                    return PyTuple.of(r);
                }
                if (a instanceof PyBytes x && b instanceof PyBytes y) {
                    byte[] r = java.util.Arrays.copyOf(x.b, x.b.length + y.b.length);
                    System.arraycopy(y.b, 0, r, x.b.length, y.b.length);
                    return PyByteArray.like(x, r);
                }
                return null;
            case Numbers.MUL:
                if (b instanceof PyInt n && !(a instanceof PyInstance)) return Seq.repeat(a, n);
                if (a instanceof PyInt n && !(b instanceof PyInstance)) return Seq.repeat(b, n);
                Object seq = isSequence(a) ? a : isSequence(b) ? b : null, other = seq == a ? b : a;
                if (seq != null && !(other instanceof PyInstance)) throw Errors.type("can't multiply sequence by non-int of type '" + Errors.typeName(other) + "'");
                return null;
            case Numbers.MOD:
                if (a instanceof PyStr s) return Format.percent(s.s, b);
                if (a instanceof PyBytes s) return Percent.formatBytes(s, b);
                return null;
            case Numbers.OR, Numbers.AND, Numbers.SUB, Numbers.XOR:
                if (a instanceof PySet && b instanceof PySet) return SetOps.binary(op, a, b);
                if (Views.setLike(a) || Views.setLike(b)) return Views.setOp(op, a, b);
                if (op == Numbers.OR && TypeUnion.unionable(a) && TypeUnion.unionable(b) && (a != PyNone.NONE || b != PyNone.NONE)) return TypeUnion.of(a, b);
                if (op == Numbers.OR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict d = new PyDict();
                    d.map.putAll(x.map);
                    d.map.putAll(y.map);
                    return d;
                }
                return null;
            default:
                return null;
        }
    }

    public static double toDouble(Object o) {
        if (o instanceof PyFloat f) return f.v;
        if (o instanceof PyInt i) return i.toDouble();
        Object r = Ops.callSpecial(o, "__float__");
        if (r instanceof PyFloat f) return f.v;
        if (r != null) throw Errors.type(Errors.typeName(o) + ".__float__ returned non-float (type " + Errors.typeName(r) + ")");
        throw Errors.type("must be real number, not " + Errors.typeName(o));
    }

    /** An operand's class subclasses a builtin type: its Python-level __op__/__rop__/__iop__ come first. */
    private static Object derived(int nb, Object a, Object b) {
        int op = nb >= 13 ? nb - 13 : nb;
        if (nb >= 13 && a instanceof Derived) {
            Object r = Derived.call(a, "__i" + NAMES[op] + "__", b);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        Object r = dunder(op, a, b);
        if (r != null) return r;
        if (a instanceof PyInt x && b instanceof PyInt y) return maybeBool(nb, a, b, Numbers.intOp(op, x, y));
        return null;
    }

    private static Object dunder(int op, Object a, Object b) {
        PyType ta = ((PyObject) a).type(), tb = ((PyObject) b).type();
        String name = NAMES[op];
        boolean rfirst = ta != tb && tb.isSubtype(ta) && tb.heap;
        if (rfirst) {
            Object r = Ops.callSpecial(b, "__r" + name + "__", a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        if (ta.heap) {
            Object r = Ops.callSpecial(a, "__" + name + "__", b);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        if (!rfirst && ta != tb && tb.heap) {
            Object r = Ops.callSpecial(b, "__r" + name + "__", a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
        }
        return null;
    }

    public static Object negative(Object a) {
        if (a instanceof Derived) {
            Object r = Derived.call(a, "__neg__");
            if (r != null) return r;
        }
        if (a instanceof PyInt i) return BigInts.negate(i);
        if (a instanceof PyFloat f) return new PyFloat(-f.v);
        if (a instanceof PyComplex c) return new PyComplex(-c.re, -c.im);
        return unaryDunder(a, "__neg__", "-");
    }

    public static Object positive(Object a) {
        if (a instanceof Derived) {
            Object r = Derived.call(a, "__pos__");
            if (r != null) return r;
        }
        if (a instanceof PyBool b) return PyInt.of(b.v);
        if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyComplex) return a;
        return unaryDunder(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (a instanceof Derived) {
            Object r = Derived.call(a, "__invert__");
            if (r != null) return r;
        }
        if (a instanceof PyInt i) return i.isSmall() ? PyInt.of(~i.v) : PyInt.of(i.bigValue().not());
        return unaryDunder(a, "__invert__", "~");
    }

    private static Object unaryDunder(Object a, String name, String sym) {
        Object r = a instanceof PyInstance || a instanceof Derived || Ops.isMetaInstance(a) ? Ops.callSpecial(a, name) : null;
        if (r != null) return r;
        throw Errors.type(Errors.BAD_UNARY.formatted(sym, Errors.typeName(a)));
    }

    /**
     * CPython's last step of {@code *} when neither operand's method took it: a builtin sequence repeated by the other
     * operand's __index__, else "can't multiply sequence by non-int"; null when neither is a builtin sequence.
     */
    private static Object repeatFallback(Object a, Object b) {
        Object seq = isSequence(a) ? a : isSequence(b) ? b : null;
        if (seq == null) return null;
        Object n = seq == a ? b : a;
        if (n instanceof PyInstance p && p.type().lookup("__index__") != null) return Seq.repeat(seq, Ops.indexInt(n));
        throw Errors.type("can't multiply sequence by non-int of type '" + Errors.typeName(n) + "'");
    }

    private static boolean isSequence(Object o) { return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes; }
}
