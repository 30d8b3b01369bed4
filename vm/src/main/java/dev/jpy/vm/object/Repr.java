package dev.jpy.vm.object;

import dev.jpy.marshal.model.PyRepr;
import java.util.Map;

/** repr() and str() of run-time objects, in CPython's formats. */
public final class Repr {
    private Repr() {}

    public static String repr(Object o) {
        if (o instanceof Derived) {
            Object r = Derived.call(o, "__repr__");
            if (r != null) {
                if (!(r instanceof PyStr s)) throw Errors.type("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
                return s.s;
            }
        }
        return reprBase(o);
    }

    /** repr() by the builtin types themselves (list.__repr__, int.__repr__, ...). */
    public static String reprBase(Object o) {
        if (o instanceof PyStr s) return PyRepr.str(dev.jpy.marshal.model.PyStr.of(s.s));
        if (o instanceof PyInt i) return i.toString();
        if (o instanceof PyFloat f) return Numbers.floatRepr(f.v);
        if (o instanceof PyComplex c) return dev.jpy.marshal.model.PyRepr.complexRepr(c.re, c.im);
        if (o instanceof PyNone n) return n.repr;
        if (o instanceof PyList l) return guarded(l, "[...]", () -> seq(l.items.toArray(), "[", "]", false));
        if (o instanceof StructSeq s) return s.repr();
        if (o instanceof PyTuple t) return seq(t.items, "(", ")", t.items.length == 1);
        if (o instanceof PyDict d) return guarded(d, "{...}", () -> dict(d));
        if (o instanceof PySet s) return set(s);
        if (o instanceof PyByteArray b) return "bytearray(" + PyRepr.bytes(dev.jpy.marshal.model.PyBytes.wrap(b.b)) + ")";
        if (o instanceof PyBytes b) return PyRepr.bytes(dev.jpy.marshal.model.PyBytes.wrap(b.b));
        if (o instanceof PyType t && t.type() != Types.TYPE && t.type().lookup("__repr__") instanceof PyFunction) return str(Ops.callSpecial(t, "__repr__"));
        if (o instanceof PyType t) return t.heap || !t.module.equals("builtins") ? "<class '" + t.module + "." + qualname(t) + "'>" : "<class '" + t.name + "'>";
        if (o instanceof PyInstance inst) {
            Object r = Ops.callSpecial(o, "__repr__");
            if (r != null) {
                if (!(r instanceof PyStr s)) throw Errors.type("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
                return s.s;
            }
            if (inst instanceof PyBaseException e) return e.type().name + seq(e.args.items, "(", ")", false);
            return "<" + inst.type().module + "." + qualname(inst.type()) + " object at " + address(o) + ">";
        }
        if (o instanceof PyFunction f) return "<function " + f.qualname + " at " + address(o) + ">";
        if (o instanceof PyBuiltin b) return b.method ? "<method '" + b.name + "' of '" + b.owner + "' objects>" : "<built-in function " + b.name + ">";
        if (o instanceof PyMethod m) {
            if (m.func instanceof PyBuiltin b) return "<built-in method " + b.name + " of " + Errors.typeName(m.self) + " object at " + address(m.self) + ">";
            return "<bound method " + ((PyFunction) m.func).qualname + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyMember m) return m.toString();
        if (o instanceof PyRange r) return Ranges.repr(r);
        if (o instanceof PySlice s) return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        if (o instanceof GenericAlias g) return g.toString();
        if (o instanceof TypeUnion u) return u.toString();
        if (o instanceof PyModule m) return moduleRepr(m);
        if (o instanceof PySuper s) return s.repr();
        if (o instanceof PyMemoryView) return (((PyMemoryView) o).released ? "<released memory at " : "<memory at ") + address(o) + ">";
        if (o instanceof Views.View v) return v.type().name + seq(v.snapshot().toArray(), "([", "])", false);
        if (o instanceof PyIter it && it.repr() != null) return it.repr();
        if (o instanceof PyCodeObj c) return "<code object " + c.name + " at " + address(o) + ", file \"" + c.filename + "\", line " + c.code.firstLineNo() + ">";
        Object own = ((PyObject) o).type().lookup("__repr__");
        if (own instanceof PyBuiltin && own != Types.OBJECT.dict.get("__repr__")) return ((PyStr) Ops.callSpecial(o, "__repr__")).s;
        return "<" + Errors.typeName(o) + " object at " + address(o) + ">";
    }

    /** The modules CPython 3.13 freezes into its executable: their repr says {@code (frozen)}. */
    private static final java.util.Set<String> FROZEN = java.util.Set.of("os", "posixpath", "abc", "io", "stat", "codecs", "genericpath");

    /** {@code <module 'm' from '/p/m.py'>}, {@code (namespace) from [...]}, {@code (frozen)} or {@code (built-in)}, named by its __name__. */
    private static String moduleRepr(PyModule m) {
        String name = m.dict.get("__name__") instanceof PyStr n ? n.s : m.name;
        Object file = m.dict.get("__file__");
        if (file instanceof PyStr f) return "<module '" + name + "' from " + repr(f) + ">";
        Object path = m.dict.get("__path__");
        if (file == PyNone.NONE && path instanceof PyList l) return "<module '" + name + "' (namespace) from " + repr(l) + ">";
        return "<module '" + name + "' (" + (FROZEN.contains(name) && file == null ? "frozen" : "built-in") + ")>";
    }

    /** The containers whose repr is being built on this thread, so that a self-containing one prints as [...] (Py_ReprEnter). */
    private static final ThreadLocal<java.util.Set<Object>> ACTIVE = ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private static String guarded(Object container, String cycle, java.util.function.Supplier<String> body) {
        java.util.Set<Object> active = ACTIVE.get();
        if (!active.add(container)) return cycle;
        try {
            return body.get();
        } finally {
            active.remove(container);
        }
    }

    static String qualname(PyType t) {
        Object q = t.dict.get("__qualname__");
        return q instanceof PyStr s ? s.s : t.name;
    }

    public static String address(Object o) { return "0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(o) & 0xffffffL) * 16); }

    public static String str(Object o) {
        if (o instanceof Derived) {
            Object r = Derived.call(o, "__str__");
            if (r != null) {
                if (!(r instanceof PyStr s)) throw Errors.type("__str__ returned non-string (type " + Errors.typeName(r) + ")");
                return s.s;
            }
            if (!(o instanceof PyStr) && Derived.override(o, "__repr__") != null) return repr(o);
        }
        if (o instanceof PyStr s) return s.s;
        if (o instanceof PyInstance || o instanceof PyType t && t.type().heap && t.type().lookup("__str__") instanceof PyFunction) {
            Object r = Ops.callSpecial(o, "__str__");
            if (r != null) {
                if (!(r instanceof PyStr s)) throw Errors.type("__str__ returned non-string (type " + Errors.typeName(r) + ")");
                return s.s;
            }
            if (o instanceof PyBaseException e) return exceptionStr(e);
        }
        BytesWarnings.onStr(o);
        return repr(o);
    }

    /** str() of an exception: its one argument, the args tuple, or OSError's "[Errno n] message: 'file'". */
    public static String exceptionStr(PyBaseException e) {
        String special = ExceptionKinds.str(e); // OSError, ImportError, SyntaxError, UnicodeError: from their attributes
        if (special != null) return special;
        Object[] a = e.args.items;
        if (a.length == 0) return "";
        if (a.length == 1) return e.type().isSubtype(Types.KEY_ERROR) ? repr(a[0]) : str(a[0]);
        if (e.type().isSubtype(Types.OS_ERROR) && a[0] instanceof PyInt && a.length <= 3) { // [Errno 2] No such file or directory: 'x'
            Object file = a.length == 3 ? a[2] : e.dict.get("filename");
            return "[Errno " + a[0] + "] " + str(a[1]) + (file != null && file != PyNone.NONE ? ": " + repr(file) : "");
        }
        return repr(e.args);
    }

    private static String seq(Object[] items, String open, String close, boolean trailingComma) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(repr(items[i]));
        }
        if (trailingComma) sb.append(',');
        return sb.append(close).toString();
    }

    private static String dict(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<Object, Object> e : d.map.entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String set(PySet s) {
        if (s.items.isEmpty()) return s.frozen ? "frozenset()" : "set()";
        String body = seq(s.items.toArray(), "{", "}", false);
        return s.frozen ? "frozenset(" + body + ")" : body;
    }
}
