package dev.jpy.vm.interp;

import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;

/**
 * An activation: one Object[] holds the fast locals, cells and free variables ({@code [0, nlocalsplus)}) and
 * then the value stack. {@code locals} is the name dict of module and class bodies (null in functions).
 */
public final class Frame {
    public final PyCodeObj code;
    public final Object[] s;
    public final PyDict globals;
    public final PyDict builtins;
    public final PyDict locals;
    public final PyCell[] closure;
    /** The instruction (code unit index) running now; what tracebacks and the exception table use. */
    public int lasti;
    public final Frame back;
    /** For generators: where execution resumes after a YIELD_VALUE (resumePc < 0 while running or finished). */
    public int resumePc = -1, resumeSp;
    /** The thread's state while the frame runs (set by the interpreter; saves a ThreadLocal read per call). */
    VmState st;
    /** The frame object Python code sees for this frame, made on first use (sys._getframe(), tb_frame). */
    PyFrameObj view;

    /** The length of a frame's array for code: fast locals, cells, free variables, the value stack and one spare. */
    static int size(PyCodeObj code) { return code.frameSize; }

    public Frame(PyCodeObj code, PyDict globals, PyDict builtins, PyDict locals, PyCell[] closure, Frame back) {
        this(code, new Object[size(code)], globals, builtins, locals, closure, back);
    }

    /** A fresh frame for a call of fn on the thread whose state is st (its arguments still to be stored). */
    static Frame forCall(dev.jpy.vm.object.PyFunction fn, VmState st) {
        return new Frame(fn.code, new Object[fn.code.frameSize], fn.globals, st.builtins, null, fn.closure, st.top);
    }

    /** A frame over a given cleared array of {@link #size} slots (allocated by the caller). */
    Frame(PyCodeObj code, Object[] s, PyDict globals, PyDict builtins, PyDict locals, PyCell[] closure, Frame back) {
        this.code = code;
        this.s = s;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.closure = closure;
        this.back = back;
    }
}
