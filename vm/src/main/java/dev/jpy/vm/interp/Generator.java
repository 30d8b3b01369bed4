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

    private final Frame frame;
    private boolean started, finished, running;
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
        int pc = frame.resumePc, sp = frame.resumeSp;
        frame.s[sp++] = value;
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
}
