package dev.jpy.vm.interp;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The structural pattern matching instructions (MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS), as CPython 3.13 runs them. */
final class Matching {
    private Matching() {}

    /** Builtin types whose class pattern with one positional sub-pattern matches the subject itself. */
    private static final Set<String> MATCH_SELF = Set.of("bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple");
    /** Builtin types flagged as sequences besides list and tuple (and their subclasses). */
    private static final Set<String> SEQUENCES = Set.of("range", "memoryview", "deque", "array");

    static int execute(Frame f, Opcode op, int arg, int sp) {
        Object[] s = f.s;
        switch (op) {
            case MATCH_SEQUENCE -> { s[sp] = PyBool.of(isSequence(type(s[sp - 1]))); sp++; }
            case MATCH_MAPPING -> { s[sp] = PyBool.of(type(s[sp - 1]).isSubtype(Types.DICT)); sp++; }
            case MATCH_KEYS -> { s[sp] = keys(s[sp - 2], (PyTuple) s[sp - 1]); sp++; }
            case MATCH_CLASS -> {
                Object names = s[--sp], cls = s[--sp];
                s[sp - 1] = matchClass(s[sp - 1], cls, arg, (PyTuple) names);
            }
            default -> throw new IllegalArgumentException(op.toString());
        }
        return sp;
    }

    private static PyType type(Object o) { return ((PyObject) o).type(); }

    private static boolean isSequence(PyType t) {
        if (t.isSubtype(Types.LIST) || t.isSubtype(Types.TUPLE)) return true;
        for (PyType m : t.mro) if (!m.heap && SEQUENCES.contains(m.name)) return true;
        return false;
    }

    /** A tuple of the subject's values for the keys, or None when one is missing (looked up with its get method). */
    private static Object keys(Object subject, PyTuple keys) {
        if (keys.items.length == 0) return PyTuple.EMPTY;
        Object get = Ops.getattr(subject, new PyStr("get"));
        Object dummy = new PyList();
        PyDict seen = new PyDict();
        Object[] values = new Object[keys.items.length];
        for (int i = 0; i < values.length; i++) {
            Object k = keys.items[i];
            Ops.hash(k);
            if (seen.map.containsKey(k)) throw Errors.value("mapping pattern checks duplicate key (" + Repr.repr(k) + ")");
            seen.map.put(k, PyNone.NONE);
            Object v = Ops.call(get, k, dummy);
            if (v == dummy) return PyNone.NONE;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /** The attributes a class pattern extracts from the subject as a tuple, or None when it does not match. */
    private static Object matchClass(Object subject, Object cls, int nargs, PyTuple kwnames) {
        if (!(cls instanceof PyType t)) throw Errors.type("called match pattern must be a class");
        if (!type(subject).isSubtype(t)) return PyNone.NONE;
        Object matchArgs = nargs > 0 ? Ops.getattrOrNull(t, new PyStr("__match_args__")) : null;
        boolean matchSelf = false;
        PyTuple args;
        if (matchArgs == null) {
            args = PyTuple.EMPTY;
            for (PyType m : t.mro) if (!m.heap && MATCH_SELF.contains(m.name)) { matchSelf = true; break; }
        } else if (matchArgs instanceof PyTuple mt) {
            args = mt;
        } else {
            throw Errors.type(t.name + ".__match_args__ must be a tuple (got " + Errors.typeName(matchArgs) + ")");
        }
        int allowed = matchSelf ? 1 : args.items.length;
        if (allowed < nargs) {
            throw Errors.type(t.name + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        List<Object> attrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (matchSelf && nargs > 0) {
            attrs.add(subject);
        } else {
            for (int i = 0; i < nargs; i++) {
                if (!(args.items[i] instanceof PyStr name)) {
                    throw Errors.type("__match_args__ elements must be strings (got " + Errors.typeName(args.items[i]) + ")");
                }
                Object v = attribute(subject, t, name, seen);
                if (v == null) return PyNone.NONE;
                attrs.add(v);
            }
        }
        for (Object n : kwnames.items) {
            Object v = attribute(subject, t, (PyStr) n, seen);
            if (v == null) return PyNone.NONE;
            attrs.add(v);
        }
        return new PyTuple(attrs.toArray());
    }

    private static Object attribute(Object subject, PyType t, PyStr name, Set<String> seen) {
        if (!seen.add(name.s)) throw Errors.type(t.name + "() got multiple sub-patterns for attribute " + Repr.repr(name));
        try {
            return Ops.getattr(subject, name);
        } catch (PyRaise e) {
            if (e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }
}
