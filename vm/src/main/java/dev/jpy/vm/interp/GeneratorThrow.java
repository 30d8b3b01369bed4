package dev.jpy.vm.interp;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** throw() and close() of generators and coroutines: an exception raised at the suspended yield, delegated through yield from / await. */
final class GeneratorThrow {
    private GeneratorThrow() {}

    /** The gi_ / cr_ / ag_ attributes. */
    static void install(PyType type, String prefix) {
        PyFrameObj.getter(type, prefix + "frame", (a, k) -> ((Generator) a[0]).finished ? PyNone.NONE : PyFrameObj.of(((Generator) a[0]).frame));
        PyFrameObj.getter(type, prefix + "running", (a, k) -> PyBool.of(((Generator) a[0]).running));
        PyFrameObj.getter(type, prefix + "code", (a, k) -> ((Generator) a[0]).frame.code);
        PyFrameObj.getter(type, prefix.equals("gi_") ? "gi_yieldfrom" : prefix + "await", (a, k) -> Interpreter.none(((Generator) a[0]).delegate()));
        PyFrameObj.getter(type, prefix.equals("gi_") ? "gi_suspended" : prefix + "suspended",
                (a, k) -> PyBool.of(((Generator) a[0]).started && !((Generator) a[0]).finished && !((Generator) a[0]).running));
        PyFrameObj.getter(type, "__name__", (a, k) -> new PyStr(((Generator) a[0]).frame.code.name));
        PyFrameObj.getter(type, "__qualname__", (a, k) -> new PyStr(((Generator) a[0]).name()));
    }

    /** Raises e at the generator's yield; returns the next yielded value, or null when the generator returned. */
    static Object throwInto(Generator g, PyRaise e) {
        if (g.running) throw Errors.value(g.what() + " already executing");
        if (g.finished || !g.started) {
            g.finished = true;
            throw e;
        }
        Object sub = g.delegate();
        if (sub == null) return raiseAt(g, e);
        if (e.exc.type().isSubtype(Types.GENERATOR_EXIT) && !(sub instanceof Generator)) {
            try {
                if (sub instanceof Sendable sd) sd.close();
                else if (Ops.getattrOrNull(sub, new PyStr("close")) instanceof Object close) Ops.call(close);
            } catch (PyRaise inner) {
                return raiseAt(g, inner);
            }
            return raiseAt(g, e);
        }
        Object y = null;
        PyRaise raised = null;
        VmState st = VmState.get();
        PyBaseException outer = st.handled;
        if (g.excState != null) st.handled = g.excState; // what the delegate raises chains to this generator's exception
        try {
            if (sub instanceof Sendable sd) y = sd.throwIn(e);
            else {
                Object thr = Ops.getattrOrNull(sub, new PyStr("throw"));
                if (thr == null) raised = e;
                else y = Ops.call(thr, e.exc);
            }
        } catch (PyRaise inner) {
            raised = inner;
        } finally {
            st.handled = outer;
        }
        if (raised != null) return raiseAt(g, raised);
        if (y != null) return y;
        Frame f = g.frame;
        int[] code = f.code.instr;
        int yieldAt = f.lasti;
        int sendAt = yieldAt - 1 - Opcode.SEND.cacheEntries();
        int endSend = yieldAt + (code[sendAt] >>> 8);
        f.s[f.resumeSp - 1] = ((Sendable) sub).result();
        return g.resume(endSend + 1, f.resumeSp);
    }

    private static Object raiseAt(Generator g, PyRaise e) {
        Frame f = g.frame;
        VmState st = VmState.get();
        Frame saved = st.top;
        PyBaseException outer = st.handled;
        st.top = f;
        if (g.excState != null) st.handled = g.excState; // the thrown exception chains to what the generator was handling
        long target;
        try {
            target = Unwind.handle(f, e, st);
        } finally {
            st.top = saved;
            st.handled = outer;
        }
        if (target < 0) {
            g.finished = true;
            throw e.reraise ? new PyRaise(e.exc) : e;
        }
        return g.resume((int) (target >>> 32), (int) target);
    }

    static void close(Generator g) {
        if (g.finished || !g.started) {
            g.finished = true;
            return;
        }
        Object y;
        try {
            y = throwInto(g, new PyBaseException(Types.GENERATOR_EXIT, PyTuple.EMPTY).raise());
        } catch (PyRaise e) {
            if (e.exc.type().isSubtype(Types.GENERATOR_EXIT) || e.exc.type().isSubtype(Types.STOP_ITERATION)) return;
            throw e;
        }
        if (y != null) throw Errors.raise(Types.RUNTIME_ERROR, g.what() + " ignored GeneratorExit");
    }
}
