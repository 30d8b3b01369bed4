package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** {@code int | None}: types.UnionType, made by {@code |} between types, None, generic aliases and unions. */
public final class TypeUnion extends PyObject {
    public static final PyType TYPE = typesType("UnionType");

    public final Object[] args;

    private TypeUnion(Object[] args) { this.args = args; }

    static PyType typesType(String name) {
        PyType t = new PyType(name, new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
        t.module = "types";
        return t;
    }

    @Override public PyType type() { return TYPE; }

    /** Whether {@code o} may stand on either side of a type union's {@code |}. */
    public static boolean unionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof TypeUnion;
    }

    /** {@code a | b}, flattened and without duplicates; a single remaining argument is returned as it is. */
    public static Object of(Object a, Object b) {
        List<Object> out = new ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            Object[] items = side instanceof TypeUnion u ? u.args : new Object[] {side == PyNone.NONE ? PyNone.NONE.type() : side};
            for (Object x : items) {
                boolean dup = false;
                for (Object y : out) if (x == y || x instanceof GenericAlias && x.equals(y)) dup = true;
                if (!dup) out.add(x);
            }
        }
        return out.size() == 1 ? out.get(0) : new TypeUnion(out.toArray());
    }

    /** __args__ and __parameters__; null for any other name. */
    Object attr(String name) {
        return switch (name) {
            case "__args__" -> PyTuple.of(args.clone());
            case "__parameters__" -> PyTuple.EMPTY;
            default -> null;
        };
    }

    /** How a type argument is shown inside an alias or union: {@code int}, {@code mod.C}, {@code None}, {@code ...}. */
    static String itemRepr(Object o) {
        if (o == PyNone.ELLIPSIS) return "...";
        if (o instanceof PyType t) {
            if (t == PyNone.NONE.type()) return "None";
            return t.module.equals("builtins") ? Repr.qualname(t) : t.module + "." + Repr.qualname(t);
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.items.size(); i++) sb.append(i > 0 ? ", " : "").append(itemRepr(l.items.get(i)));
            return sb.append(']').toString();
        }
        return Repr.repr(o);
    }

    @Override public boolean equals(Object o) {
        return o instanceof TypeUnion u && new java.util.HashSet<>(List.of(args)).equals(new java.util.HashSet<>(List.of(u.args)));
    }

    @Override public int hashCode() { return new java.util.HashSet<>(List.of(args)).hashCode(); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) sb.append(i > 0 ? " | " : "").append(itemRepr(args[i]));
        return sb.toString();
    }
}
