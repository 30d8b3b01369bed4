package dev.jpy.vm.interp;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.ExceptionGroups;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** except*: CHECK_EG_MATCH splits the exception being handled, and PREP_RERAISE_STAR works out what to raise at the end. */
final class ExceptStar {
    private ExceptStar() {}

    /** CHECK_EG_MATCH: (exc, type -- rest, match); the match becomes the exception being handled. */
    static void checkMatch(Frame f, Object[] s, int sp) {
        Object type = s[sp - 1], exc = s[sp - 2];
        checkType(type);
        Object match, rest;
        if (exc == PyNone.NONE) {
            match = rest = PyNone.NONE;
        } else {
            PyBaseException e = (PyBaseException) exc;
            if (ExceptionGroups.matchesType(e, type)) {
                if (ExceptionGroups.isGroup(e)) {
                    match = e;
                } else {
                    PyBaseException wrapped = ExceptionGroups.create(Types.BASE_EXCEPTION_GROUP, new Object[] {PyStr.EMPTY, PyTuple.of(e)}, null);
                    wrapped.traceback.add(new PyBaseException.TracebackEntry(f.code, f.lasti, f));
                    match = wrapped;
                }
                rest = PyNone.NONE;
            } else if (ExceptionGroups.isGroup(e)) {
                Object pair = Ops.call(Ops.getattr(e, PyStr.intern("split")), type);
                if (!(pair instanceof PyTuple t)) throw Errors.type(e.type().name + ".split must return a tuple, not " + Errors.typeName(pair));
                if (t.items.length < 2) throw Errors.type(e.type().name + ".split must return a 2-tuple, got tuple of size " + t.items.length);
                match = t.items[0];
                rest = t.items[1];
            } else {
                match = PyNone.NONE;
                rest = e;
            }
        }
        if (match != PyNone.NONE) VmState.get().handled = (PyBaseException) match;
        s[sp - 2] = rest;
        s[sp - 1] = match;
    }

    private static void checkType(Object type) {
        Object[] items = type instanceof PyTuple t ? t.items : new Object[] {type};
        for (Object x : items) {
            if (!(x instanceof PyType pt) || !pt.isSubtype(Types.BASE_EXCEPTION)) throw Errors.type(Errors.CATCH_NOT_EXCEPTION);
        }
        for (Object x : items) {
            if (((PyType) x).isSubtype(Types.BASE_EXCEPTION_GROUP)) {
                throw Errors.type("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    static Object intrinsic2(int which, Object a, Object b) {
        String name = Opcode.INTRINSIC_2_DESCS.get(which);
        if (name.equals("INTRINSIC_PREP_RERAISE_STAR")) return prepReraise((PyBaseException) a, ((PyList) b).items);
        Object r = TypeParams.intrinsic2(name, a, b);
        if (r != null) return r;
        throw Errors.raise(Types.SYSTEM_ERROR, "jpy does not support " + name + " yet");
    }

    /** What the end of try/except* raises: the re-raised parts of orig, in orig's shape, beside any newly raised exceptions. */
    static Object prepReraise(PyBaseException orig, List<Object> excs) {
        if (excs.isEmpty()) return PyNone.NONE;
        if (!ExceptionGroups.isGroup(orig)) return excs.get(0);
        List<Object> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (Object x : excs) {
            if (x == PyNone.NONE) continue;
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, orig)) reraised.add(e);
            else raised.add(e);
        }
        Map<PyBaseException, Boolean> leaves = new IdentityHashMap<>();
        for (PyBaseException e : reraised) collectLeaves(e, leaves);
        PyBaseException kept = ExceptionGroups.split(orig, e -> !ExceptionGroups.isGroup(e) && leaves.containsKey(e), false).match();
        if (raised.isEmpty()) return kept == null ? PyNone.NONE : kept;
        if (kept != null) raised.add(kept);
        if (raised.size() == 1) return raised.get(0);
        return ExceptionGroups.create(Types.BASE_EXCEPTION_GROUP, new Object[] {PyStr.EMPTY, new PyList(raised)}, null);
    }

    private static void collectLeaves(PyBaseException e, Map<PyBaseException, Boolean> out) {
        if (!ExceptionGroups.isGroup(e)) {
            out.put(e, true);
            return;
        }
        for (Object x : e.groupExceptions.items) collectLeaves((PyBaseException) x, out);
    }

    /** Same traceback, cause, context and notes object: a re-raise of (part of) orig rather than a new exception. */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        PyStr notes = PyStr.intern("__notes__");
        return a.traceback.equals(b.traceback) && a.cause == b.cause && a.context == b.context
                && a.dict.map.get(notes) == b.dict.map.get(notes);
    }
}
