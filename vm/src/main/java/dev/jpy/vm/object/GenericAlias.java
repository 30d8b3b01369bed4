package dev.jpy.vm.object;

/** {@code list[int]} and friends: types.GenericAlias, an origin with its arguments ({@code *tuple[int]} when starred). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = TypeUnion.typesType("GenericAlias");

    static {
        // calling list[int](...) calls the origin, then records the alias as the result's __orig_class__ when it can
        PyBuiltin call = new PyBuiltin("__call__", true, (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            Object r = Ops.call(g.origin, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            if (r instanceof PyInstance inst) inst.dict.put("__orig_class__", g);
            return r;
        });
        call.owner = "GenericAlias";
        TYPE.put("__call__", call);
    }

    public final Object origin;
    public final Object args;
    public final boolean starred;

    private GenericAlias(Object origin, Object args, boolean starred) {
        this.origin = origin;
        this.args = args;
        this.starred = starred;
    }

    public static GenericAlias of(Object origin, Object args) { return new GenericAlias(origin, args, false); }

    /** What iterating the alias yields once: the same alias, starred (PEP 646's {@code *tuple[int, ...]}). */
    public GenericAlias star() { return new GenericAlias(origin, args, true); }

    @Override public PyType type() { return TYPE; }

    public PyTuple argsTuple() { return args instanceof PyTuple t ? t : PyTuple.of(args); }

    /** __origin__, __args__, __parameters__ and __unpacked__; null for any other name. */
    Object attr(String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> argsTuple();
            case "__unpacked__" -> PyBool.of(starred);
            case "__parameters__" -> {
                java.util.List<Object> params = new java.util.ArrayList<>();
                for (Object a : argsTuple().items) {
                    if (a instanceof PyInstance inst && isTypeParam(inst)) {
                        if (!params.contains(a)) params.add(a);
                    } else if (Ops.getattrOrNull(a, PyStr.intern("__parameters__")) instanceof PyTuple t) {
                        for (Object p : t.items) if (!params.contains(p)) params.add(p);
                    }
                }
                yield PyTuple.of(params.toArray());
            }
            default -> null;
        };
    }

    /** {@code list[T][int]}: the alias with its type parameters replaced by the given arguments. */
    public Object subscript(Object key) {
        Object[] params = ((PyTuple) attr("__parameters__")).items;
        if (params.length == 0) throw Errors.type(Repr.repr(this) + " is not a generic class");
        Object[] given = key instanceof PyTuple t ? t.items : new Object[] {key};
        if (given.length != params.length) {
            boolean many = given.length > params.length;
            throw Errors.type("Too " + (many ? "many" : "few") + " arguments for " + Repr.repr(this) + "; actual " + given.length
                    + ", expected " + (many ? "" : "at least ") + params.length);
        }
        Object[] args = argsTuple().items.clone();
        for (int i = 0; i < args.length; i++) args[i] = substitute(args[i], params, given);
        return new GenericAlias(origin, this.args instanceof PyTuple ? PyTuple.of(args) : args[0], starred);
    }

    /** One argument with the parameters replaced: a parameter itself, or an alias over parameters subscripted in turn. */
    static Object substitute(Object arg, Object[] params, Object[] given) {
        for (int i = 0; i < params.length; i++) if (arg == params[i]) return given[i];
        if (!(arg instanceof PyType) && Ops.getattrOrNull(arg, PyStr.intern("__parameters__")) instanceof PyTuple inner && inner.items.length > 0) {
            Object[] sub = new Object[inner.items.length];
            for (int i = 0; i < sub.length; i++) sub[i] = substitute(inner.items[i], params, given);
            return Seq.getitem(arg, sub.length == 1 ? sub[0] : PyTuple.of(sub));
        }
        return arg;
    }

    private static boolean isTypeParam(PyInstance o) {
        String n = o.type().name;
        return n.equals("TypeVar") || n.equals("ParamSpec") || n.equals("TypeVarTuple");
    }

    @Override public boolean equals(Object o) {
        return o instanceof GenericAlias g && starred == g.starred && (origin == g.origin || Ops.eqForKey((PyObject) origin, (PyObject) g.origin)) && Ops.eqForKey(argsTuple(), g.argsTuple());
    }

    @Override public int hashCode() { return (int) (Ops.hash(origin) ^ Ops.hash(argsTuple())); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(starred ? "*" : "").append(TypeUnion.itemRepr(origin)).append('[');
        Object[] a = argsTuple().items;
        if (a.length == 0) sb.append("()");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(TypeUnion.itemRepr(a[i]));
        }
        return sb.append(']').toString();
    }
}
