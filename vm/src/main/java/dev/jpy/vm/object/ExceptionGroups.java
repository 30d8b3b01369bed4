package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** BaseExceptionGroup and ExceptionGroup: construction with CPython's checks, split/subgroup, and notes. */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** BaseExceptionGroup.__new__(cls, message, exceptions). */
    public static PyBaseException create(PyType cls, Object[] args, PyTuple kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.items.length);
        if (n != 2) throw Errors.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
        if (!(args[0] instanceof PyStr)) throw Errors.type("BaseExceptionGroup.__new__() argument 1 must be str, not " + Errors.typeName(args[0]));
        Object seq = args[1];
        if (!isSequence(seq)) throw Errors.type("second argument (exceptions) must be a sequence");
        Object[] excs = Ops.toList(seq).toArray();
        if (excs.length == 0) throw Errors.value("second argument (exceptions) must be a non-empty sequence");
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) throw Errors.value("Item " + i + " of second argument (exceptions) is not an exception");
            if (!e.type().isSubtype(Types.EXCEPTION)) nestedBase = true;
        }
        if (cls == Types.EXCEPTION_GROUP) {
            if (nestedBase) throw Errors.type("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (cls == Types.BASE_EXCEPTION_GROUP) {
            if (!nestedBase) cls = Types.EXCEPTION_GROUP;
        } else if (nestedBase && cls.isSubtype(Types.EXCEPTION)) {
            throw Errors.type("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyBaseException eg = new PyBaseException(cls, PyTuple.of(java.util.Arrays.copyOf(args, n)));
        eg.groupMessage = args[0];
        eg.groupExceptions = PyTuple.of(excs);
        return eg;
    }

    /** PySequence_Check: lists, tuples, strings, ranges and objects with __getitem__ that are not dicts. */
    private static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange || o instanceof PyBytes) return true;
        if (o instanceof PyDict) return false;
        return ((PyObject) o).type().lookup("__getitem__") != null && !((PyObject) o).type().isSubtype(Types.DICT);
    }

    public static boolean isGroup(Object o) { return o instanceof PyBaseException e && e.groupExceptions != null; }

    /** How split() and subgroup() decide: by type (a class or tuple of classes), by predicate, or by leaf identity. */
    public interface Matcher {
        boolean matches(PyBaseException e);
    }

    /** The matcher of split(value) / subgroup(value), with CPython's TypeError for anything else. */
    public static Matcher matcher(Object value) {
        if (Ops.callable(value) && !(value instanceof PyType)) return e -> Ops.truthy(Ops.call(value, e));
        boolean ok = isExceptionClass(value);
        if (value instanceof PyTuple t) {
            ok = true;
            for (Object x : t.items) ok &= isExceptionClass(x);
        }
        if (!ok) throw Errors.type("expected an exception type, a tuple of exception types, or a callable (other than a class)");
        return e -> matchesType(e, value);
    }

    static boolean isExceptionClass(Object o) { return o instanceof PyType t && t.isSubtype(Types.BASE_EXCEPTION); }

    /** isinstance-style matching of an exception against a class or a tuple of classes. */
    public static boolean matchesType(PyBaseException e, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) if (matchesType(e, x)) return true;
            return false;
        }
        return type instanceof PyType pt && e.type().isSubtype(pt);
    }

    /** The match and rest of splitting exc (either may be null); rest only when wanted. */
    public record Split(PyBaseException match, PyBaseException rest) {}

    public static Split split(PyBaseException exc, Matcher m, boolean wantRest) {
        if (m.matches(exc)) return new Split(exc, null);
        if (exc.groupExceptions == null) return new Split(null, wantRest ? exc : null);
        List<Object> match = new ArrayList<>(), rest = new ArrayList<>();
        for (Object x : exc.groupExceptions.items) {
            Split s = split((PyBaseException) x, m, wantRest);
            if (s.match != null) match.add(s.match);
            if (s.rest != null) rest.add(s.rest);
        }
        return new Split(subset(exc, match), wantRest ? subset(exc, rest) : null);
    }

    /** orig.derive(excs) with orig's traceback, context, cause and (a copy of its) notes; null when excs is empty. */
    private static PyBaseException subset(PyBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) return null;
        Object d = Ops.call(Ops.getattr(orig, PyStr.intern("derive")), new PyList(excs));
        if (!(d instanceof PyBaseException eg) || eg.groupExceptions == null) throw Errors.type("derive must return an instance of BaseExceptionGroup");
        eg.traceback.clear();
        eg.traceback.addAll(orig.traceback);
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = true;
        Object notes = orig.dict.map.get(PyStr.intern("__notes__"));
        if (notes != null && isSequence(notes)) eg.dict.map.put(PyStr.intern("__notes__"), new PyList(Ops.toList(notes)));
        return eg;
    }

    /** BaseException.add_note(note). */
    public static void addNote(PyBaseException e, Object note) {
        if (!(note instanceof PyStr)) throw Errors.type("note must be a str, not '" + Errors.typeName(note) + "'");
        PyStr key = PyStr.intern("__notes__");
        Object notes = e.dict.map.get(key);
        if (notes == null) e.dict.map.put(key, notes = new PyList());
        if (!(notes instanceof PyList l)) throw Errors.type("Cannot add note: __notes__ is not a list");
        l.items.add(note);
    }
}
