package dev.jpy.vm.object;

import java.util.List;

/**
 * A struct sequence ({@code sys.flags}, {@code sys.version_info}): a tuple of its first fields, each also a read-only
 * attribute, with any further fields readable by name only; its repr names every tuple field.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;
    private final Object[] extra;

    private StructSeq(PyType type, Object[] items, Object[] extra) {
        super(items);
        this.type = type;
        this.extra = extra;
    }

    @Override public PyType type() { return type; }

    private static final PyBuiltin READONLY = new PyBuiltin("__set__", false, (a, k) -> {
        throw Errors.raise(Types.ATTRIBUTE_ERROR, "readonly attribute");
    });

    /** The type {@code module.name} whose instances have these fields, the first {@code nSequence} of them as items. */
    public static PyType newType(String module, String name, List<String> fields, int nSequence) {
        PyType t = new PyType(name, new PyType[] {Types.TUPLE}, PyType.Layout.BUILTIN, false);
        t.module = module;
        for (int i = 0; i < fields.size(); i++) {
            int at = i;
            PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin(fields.get(i), false, (a, k) -> ((StructSeq) a[0]).field(at)));
            p.fset = READONLY;
            t.put(fields.get(i), p);
        }
        t.put("n_sequence_fields", PyInt.of(nSequence));
        t.put("n_fields", PyInt.of(fields.size()));
        t.put("n_unnamed_fields", PyInt.of(0));
        t.put("__match_args__", PyTuple.of(fields.subList(0, nSequence).stream().map(PyStr::new).toArray()));
        t.constructor = (a, k) -> { throw Errors.type("cannot create '" + module + "." + name + "' instances"); };
        return t;
    }

    /** An instance of a type made by {@link #newType}: the values of all its fields, in order. */
    public static StructSeq of(PyType type, Object... values) {
        int n = (int) ((PyInt) type.dict.get("n_sequence_fields")).v;
        return new StructSeq(type, java.util.Arrays.copyOf(values, n), java.util.Arrays.copyOfRange(values, n, values.length));
    }

    private Object field(int i) { return i < items.length ? items[i] : extra[i - items.length]; }

    /** {@code sys.flags(debug=0, ...)}: the type's dotted name and each tuple field. */
    public String repr() {
        StringBuilder sb = new StringBuilder(type.module).append('.').append(type.name).append('(');
        int i = 0;
        for (Object k : ((PyTuple) type.dict.get("__match_args__")).items) {
            if (i > 0) sb.append(", ");
            sb.append(((PyStr) k).s).append('=').append(Repr.repr(items[i++]));
        }
        return sb.append(')').toString();
    }
}
