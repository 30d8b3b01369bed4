package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import dev.jpy.marshal.opcode.Opcode;

/** generator.throw() and generator.close(): an exception raised at the suspended yield, delegated through yield from. */
final class GeneratorThrow {
    private GeneratorThrow() {}

    static void install(PyType type) {
        dev.jpy.vm.builtins.Args.method(type, "throw", (a, k) -> {
            Generator g = (Generator) a[0];
            if (a.length < 2) throw Errors.type("throw expected at least 1 argument, got 0");
            Object y = throwInto(g, new PyRaise(Rare.instantiate(a[1])));
            if (y == null) throw g.stop();
            return y;
        });
        dev.jpy.vm.builtins.Args.method(type, "close", (a, k) -> { close((Generator) a[0]); return PyNone.NONE; });
        PyFrameObj.getter(type, "gi_frame", (a, k) -> ((Generator) a[0]).finished ? PyNone.NONE : PyFrameObj.of(((Generator) a[0]).frame));
        PyFrameObj.getter(type, "gi_running", (a, k) -> dev.jpy.vm.object.PyBool.of(((Generator) a[0]).running));
        PyFrameObj.getter(type, "gi_code", (a, k) -> ((Generator) a[0]).frame.code);
        PyFrameObj.getter(type, "__name__", (a, k) -> new dev.jpy.vm.object.PyStr(((Generator) a[0]).frame.code.code.name().value()));
        PyFrameObj.getter(type, "__qualname__", (a, k) -> new dev.jpy.vm.object.PyStr(((Generator) a[0]).name()));
    }

    /** Raises e at the generator's yield; returns the next yielded value, or null when the generator returned. */
    static Object throwInto(Generator g, PyRaise e) {
        if (g.running) throw Errors.value("generator already executing");
        if (g.finished || !g.started) {
            g.finished = true;
            throw e;
        }
        Frame f = g.frame;
        int[] code = f.code.instr;
        int yieldAt = f.lasti;
        if (yieldAt >= 0 && (code[yieldAt] >>> 8) != 0 && f.resumeSp > f.code.nlocalsplus
                && f.s[f.resumeSp - 1] instanceof Generator sub && !sub.finished) {
            Object y;
            try {
                y = throwInto(sub, e);
            } catch (PyRaise inner) {
                return raiseAt(g, inner);
            }
            if (y != null) return y;
            int sendAt = yieldAt - 1 - Opcode.SEND.cacheEntries();
            int endSend = yieldAt + (code[sendAt] >>> 8);
            f.s[f.resumeSp - 1] = sub.returnValue;
            return g.resume(endSend + 1, f.resumeSp);
        }
        return raiseAt(g, e);
    }

    private static Object raiseAt(Generator g, PyRaise e) {
        Frame f = g.frame;
        VmState st = VmState.get();
        Frame saved = st.top;
        st.top = f;
        long target;
        try {
            target = Unwind.handle(f, e, st);
        } finally {
            st.top = saved;
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
        if (y != null) throw Errors.raise(Types.RUNTIME_ERROR, "generator ignored GeneratorExit");
    }
}
