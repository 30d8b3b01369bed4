package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** A generator: a suspended frame resumed by next()/send(); exhaustion returns null (no StopIteration on the for-loop path). */
public final class Generator extends PyIter {
    public static final PyType TYPE = new PyType("generator", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    final Frame frame;
    boolean started, finished, running;
    /** The value of the return statement that ended the generator. */
    public Object returnValue = PyNone.NONE;

    Generator(Frame frame) {
        super(TYPE);
        this.frame = frame;
    }

    @Override public Object next() { return send(PyNone.NONE); }

    /** Resumes with a value; returns the next yielded value, or null when the generator returned. */
    public Object send(Object value) {
        if (finished) return null;
        if (running) throw Errors.value("generator already executing");
        if (!started) {
            if (value != PyNone.NONE) throw Errors.type("can't send non-None value to a just-started generator");
            started = true;
        }
        int sp = frame.resumeSp;
        frame.s[sp++] = value;
        return resume(frame.resumePc, sp);
    }

    /** Runs the suspended frame from pc; returns the next yielded value, or null when the generator returned. */
    Object resume(int pc, int sp) {
        frame.resumePc = -1;
        running = true;
        try {
            Object r = Interpreter.run(frame, pc, sp);
            if (frame.resumePc >= 0) return r;
            finished = true;
            returnValue = r;
            return null;
        } catch (PyRaise e) {
            finished = true;
            if (e.exc.type().isSubtype(Types.STOP_ITERATION)) {
                PyBaseException re = new PyBaseException(Types.RUNTIME_ERROR, PyTuple.of(new dev.jpy.vm.object.PyStr("generator raised StopIteration")));
                re.cause = e.exc;
                re.context = e.exc;
                throw re.raise();
            }
            throw e;
        } finally {
            running = false;
        }
    }

    public String name() { return frame.code.qualname; }

    /** SEND: (receiver, value -- receiver, result); true when the receiver is exhausted (result = its return value). */
    static boolean sendStep(Object[] s, int sp) {
        Object receiver = s[sp - 2], v = s[sp - 1];
        Object y;
        if (receiver instanceof Generator g) {
            y = g.send(v);
            if (y == null) { s[sp - 1] = g.returnValue; return true; }
        } else if (v == PyNone.NONE) {
            y = dev.jpy.vm.object.Ops.next(receiver);
            if (y == null) { s[sp - 1] = PyNone.NONE; return true; }
        } else {
            y = dev.jpy.vm.object.Ops.callSpecial(receiver, "send", v);
        }
        s[sp - 1] = y;
        return false;
    }

    /** The StopIteration that next() raises once the generator has returned. */
    public PyRaise stop() {
        return new PyBaseException(Types.STOP_ITERATION, returnValue == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(returnValue)).raise();
    }

    static {
        dev.jpy.vm.builtins.Args.method(TYPE, "send", (a, k) -> {
            Generator g = (Generator) a[0];
            Object y = g.send(a[1]);
            if (y == null) throw g.stop();
            return y;
        });
        GeneratorThrow.install(TYPE);
        dev.jpy.vm.builtins.Args.method(TYPE, "__next__", (a, k) -> {
            Generator g = (Generator) a[0];
            Object y = g.next();
            if (y == null) throw g.stop();
            return y;
        });
    }
}
