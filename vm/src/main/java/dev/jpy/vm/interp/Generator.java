package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/**
 * A generator, coroutine or async generator (by its code's flags): a suspended frame resumed by send(); exhaustion
 * returns null (no StopIteration on the for-loop path). Each keeps its own "exception being handled" across yields.
 */
public final class Generator extends PyIter implements Sendable {
    public static final PyType TYPE = new PyType("generator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    public static final PyType COROUTINE = new PyType("coroutine", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static final int CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;
    /** What the frame is: a plain generator, a coroutine or an async generator. */
    enum Kind { GENERATOR, COROUTINE, ASYNC_GENERATOR }

    final Frame frame;
    final Kind kind;
    boolean started, finished, running;
    /** The value of the return statement that ended the generator. */
    public Object returnValue = PyNone.NONE;
    /** The exception its frame was handling when it last suspended (null: none of its own). */
    PyBaseException excState;
    /** Async generators: an asend/athrow awaitable is driving it; it can no longer run (aclose()d or ended). */
    boolean agRunningAsync, agClosed;

    Generator(Frame frame) {
        super(typeOf(frame.code.code.flags()));
        this.frame = frame;
        int flags = frame.code.code.flags();
        kind = (flags & CO_COROUTINE) != 0 ? Kind.COROUTINE : (flags & CO_ASYNC_GENERATOR) != 0 ? Kind.ASYNC_GENERATOR : Kind.GENERATOR;
    }

    private static PyType typeOf(int flags) {
        return (flags & CO_COROUTINE) != 0 ? COROUTINE : (flags & CO_ASYNC_GENERATOR) != 0 ? ASYNC_GENERATOR : TYPE;
    }

    /** "generator", "coroutine" or "async generator", as CPython's messages name it. */
    String what() { return kind == Kind.GENERATOR ? "generator" : kind == Kind.COROUTINE ? "coroutine" : "async generator"; }

    /** Coroutines and async generators are not iterators; generator-based coroutines are. */
    @Override public boolean iterable() { return kind == Kind.GENERATOR; }

    /** A generator made by a types.coroutine function: awaitable as well as iterable. */
    boolean iterableCoroutine() { return (frame.code.code.flags() & CO_ITERABLE_COROUTINE) != 0; }

    @Override public Object next() { return send(PyNone.NONE); }

    @Override public Object result() { return returnValue; }

    /** Resumes with a value; returns the next yielded value, or null when the generator returned. */
    @Override public Object send(Object value) {
        if (running) throw Errors.value(what() + " already executing");
        if (finished) {
            if (kind == Kind.COROUTINE) throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started) {
            if (value != PyNone.NONE) throw Errors.type("can't send non-None value to a just-started " + what());
            started = true;
        }
        int sp = frame.resumeSp;
        frame.s[sp++] = value;
        return resume(frame.resumePc, sp);
    }

    @Override public Object throwIn(PyRaise e) { return GeneratorThrow.throwInto(this, e); }

    @Override public void close() { GeneratorThrow.close(this); }

    /** Runs the suspended frame from pc; returns the next yielded value, or null when the generator returned. */
    Object resume(int pc, int sp) {
        frame.resumePc = -1;
        running = true;
        VmState st = frame.st != null ? frame.st : VmState.get(); // set when the frame first ran
        PyBaseException outer = st.handled;
        if (excState != null) st.handled = excState;
        try {
            Object r = Interpreter.run(frame, st, pc, sp);
            if (frame.resumePc >= 0) {
                excState = st.handled == outer ? null : st.handled;
                return r;
            }
            finished = true;
            returnValue = r;
            return null;
        } catch (PyRaise e) {
            finished = true;
            excState = null;
            PyType t = e.exc.type();
            if (t.isSubtype(Types.STOP_ITERATION)) throw replaced(e, what() + " raised StopIteration");
            if (kind == Kind.ASYNC_GENERATOR && t.isSubtype(Types.STOP_ASYNC_ITERATION)) throw replaced(e, "async generator raised StopAsyncIteration");
            throw e;
        } finally {
            running = false;
            st.handled = outer;
        }
    }

    // ---------------------------------------------------------------- resumption from a FOR_ITER of translated code

    /** While {@link #jitResume} has the frame running: the thread's top frame and handled exception before it. */
    private Frame savedTop;
    private PyBaseException outerHandled;

    /**
     * What {@link #send}(None), {@link #resume} and {@link Interpreter#run} do before the frame runs, for a FOR_ITER of
     * translated code that then runs the frame's translation itself (a call HotSpot may inline there): the pc to run
     * it from, with the stack pointer in {@code frame.resumeSp}; -1 when this generator needs the general path.
     */
    int jitResume() {
        Frame f = frame;
        VmState st = f.st;
        if (kind != Kind.GENERATOR || running || finished || excState != null || f.code.jit == null || st == null
                || f.resumePc < 0 || st.depth >= st.recursionLimit) return -1;
        started = true;
        running = true;
        int pc = f.resumePc, sp = f.resumeSp;
        f.s[sp] = PyNone.NONE;
        f.resumeSp = sp + 1;
        f.resumePc = -1;
        st.depth++;
        savedTop = st.top;
        st.top = f;
        outerHandled = st.handled;
        return pc;
    }

    /** The translation run after {@link #jitResume} returned r: the value yielded, or null when the generator returned. */
    Object jitDone(Object r) {
        VmState st = frame.st;
        st.top = savedTop;
        st.depth--;
        running = false;
        PyBaseException outer = outerHandled;
        savedTop = null;
        outerHandled = null;
        if (frame.resumePc >= 0) {
            excState = st.handled == outer ? null : st.handled;
            st.handled = outer;
            return r;
        }
        st.handled = outer;
        finished = true;
        returnValue = r;
        return null;
    }

    /** The translation run after {@link #jitResume} threw t: its exception table decides, as in {@link Interpreter#run}. */
    Object jitFailed(Throwable t) {
        Frame f = frame;
        VmState st = f.st;
        try {
            PyRaise e = t instanceof PyRaise p ? p : t instanceof StackOverflowError ? Errors.raise(Types.RECURSION_ERROR, Errors.RECURSION) : null;
            if (e == null) {
                if (t instanceof RuntimeException r) throw r;
                throw (Error) t;
            }
            long target = Unwind.handle(f, e, st);
            if (target < 0) throw e.reraise ? new PyRaise(e.exc) : e;
            return jitDone(Interpreter.run(f, st, (int) (target >>> 32), (int) target));
        } catch (RuntimeException | Error x) {
            if (running) {
                st.top = savedTop;
                st.depth--;
                st.handled = outerHandled;
                running = false;
                savedTop = null;
                outerHandled = null;
            }
            finished = true;
            excState = null;
            if (x instanceof PyRaise e && e.exc.type().isSubtype(Types.STOP_ITERATION)) throw replaced(e, what() + " raised StopIteration");
            throw x;
        }
    }

    private static PyRaise replaced(PyRaise e, String message) {
        PyBaseException re = new PyBaseException(Types.RUNTIME_ERROR, PyTuple.of(new PyStr(message)));
        re.cause = e.exc;
        re.context = e.exc;
        re.suppressContext = true;
        return re.raise();
    }

    public String name() { return frame.code.qualname; }

    @Override public String repr() { return "<" + type().name + " object " + name() + " at " + dev.jpy.vm.object.Repr.address(this) + ">"; }

    /** What the suspended frame is awaiting or delegating to (yield from), or null. */
    Object delegate() {
        if (finished || !started || frame.resumePc < 0) return null;
        int yieldAt = frame.lasti;
        if (yieldAt < 0 || (frame.code.instr[yieldAt] >>> 8) == 0 || frame.resumeSp <= frame.code.nlocalsplus) return null;
        return frame.s[frame.resumeSp - 1];
    }

    /** SEND: (receiver, value -- receiver, result); true when the receiver is exhausted (result = its return value). */
    static boolean sendStep(Object[] s, int sp) {
        Object receiver = s[sp - 2], v = s[sp - 1];
        Object y;
        if (receiver instanceof Sendable g) {
            y = g.send(v);
            if (y == null) { s[sp - 1] = g.result(); return true; }
        } else {
            try {
                y = v == PyNone.NONE && Coroutines.isIterator(receiver) ? callNext(receiver)
                        : dev.jpy.vm.object.Ops.call(dev.jpy.vm.object.Ops.getattr(receiver, PyStr.intern("send")), v);
            } catch (PyRaise e) {
                if (!e.exc.type().isSubtype(Types.STOP_ITERATION)) throw e;
                Object[] args = e.exc.args.items;
                s[sp - 1] = args.length > 0 ? args[0] : PyNone.NONE;
                return true;
            }
        }
        s[sp - 1] = y;
        return false;
    }

    private static Object callNext(Object it) {
        if (it instanceof PyIter i) {
            Object y = i.next();
            if (y == null) throw new PyBaseException(Types.STOP_ITERATION, PyTuple.EMPTY).raise();
            return y;
        }
        Object y = dev.jpy.vm.object.Ops.callSpecial(it, "__next__");
        if (y == null) throw Errors.type("'" + Errors.typeName(it) + "' object is not an iterator");
        return y;
    }

    static {
        Sendable.install(TYPE, true);
        GeneratorThrow.install(TYPE, "gi_");
        Coroutines.install();
        AsyncGen.install();
    }
}
