package dev.jpy.vm.interp;

import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyRaise;

/** Exception unwinding within a frame: traceback entry, context chaining, and the exception-table lookup. */
final class Unwind {
    private Unwind() {}

    /** Finds the handler for an exception raised at f.lasti: returns {@code pc << 32 | sp}, or -1 to propagate. */
    static long handle(Frame f, PyRaise e, VmState st) {
        PyBaseException exc = e.exc;
        if (!e.reraise) exc.traceback.add(new PyBaseException.TracebackEntry(f.code, f.lasti, f));
        if (!e.chained && !e.reraise && st.handled != null && st.handled != exc) {
            // as _PyErr_SetObject: the handled exception becomes the context, and a chain leading back to exc is cut
            for (PyBaseException o = st.handled; o != null; o = o.context) {
                if (o.context == exc) {
                    o.context = null;
                    break;
                }
            }
            exc.context = st.handled;
        } else if (exc.context == null && st.handled != null && st.handled != exc && !chainsTo(st.handled, exc)) {
            exc.context = st.handled;
        }
        e.chained = true;
        int[] t = f.code.excTable;
        int at = f.lasti;
        for (int i = 0; i < t.length; i += 4) {
            if (at >= t[i] && at < t[i + 1]) {
                int sp = f.code.nlocalsplus + (t[i + 3] >> 1);
                java.util.Arrays.fill(f.s, sp, f.s.length, null);
                if ((t[i + 3] & 1) != 0) f.s[sp++] = PyInt.of(at);
                f.s[sp++] = exc;
                return (long) t[i + 2] << 32 | sp;
            }
        }
        return -1;
    }

    private static boolean chainsTo(PyBaseException from, PyBaseException target) {
        for (PyBaseException c = from.context; c != null; c = c.context) if (c == target) return true;
        return false;
    }
}
