package dev.jpy.vm.interp;

import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/**
 * Async generators: the values their yields wrap (ASYNC_GEN_WRAP), and the awaitables asend()/__anext__ and
 * athrow()/aclose() return, which drive the generator's frame and turn its yields into StopIteration values.
 */
final class AsyncGen {
    private AsyncGen() {}

    static final PyType ASEND = new PyType("async_generator_asend", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static final PyType ATHROW = new PyType("async_generator_athrow", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);
    static final PyType WRAPPED = new PyType("async_generator_wrapped_value", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    /** A value an async generator yields (as opposed to what an await inside it passes up). */
    static final class Wrapped extends PyObject {
        final Object value;

        Wrapped(Object value) { this.value = value; }

        @Override public PyType type() { return WRAPPED; }
    }

    static Object wrap(Object v) { return new Wrapped(v); }

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** The state the asend and athrow awaitables share. */
    private abstract static class Awaitable extends PyIter implements Sendable {
        final Generator gen;
        int state = INIT;
        Object result = PyNone.NONE;

        Awaitable(PyType t, Generator gen) {
            super(t);
            this.gen = gen;
        }

        @Override public Object next() { return send(PyNone.NONE); }

        @Override public Object result() { return result; }

        @Override public void close() { state = CLOSED; }

        /** async_gen_unwrap_value: a wrapped yield finishes this awaitable (null, result set); the frame returning ends iteration. */
        Object unwrap(Object y) {
            if (y == null) {
                gen.agClosed = true;
                gen.agRunningAsync = false;
                state = CLOSED;
                throw new PyBaseException(Types.STOP_ASYNC_ITERATION, PyTuple.EMPTY).raise();
            }
            if (y instanceof Wrapped w) {
                gen.agRunningAsync = false;
                state = CLOSED;
                result = w.value;
                return null;
            }
            return y;
        }

        /** An exception out of the generator: it ends this awaitable, and the generator when it is StopAsyncIteration or GeneratorExit. */
        PyRaise failed(PyRaise e) {
            PyType t = e.exc.type();
            if (t.isSubtype(Types.STOP_ASYNC_ITERATION) || t.isSubtype(Types.GENERATOR_EXIT)) gen.agClosed = true;
            gen.agRunningAsync = false;
            state = CLOSED;
            return e;
        }
    }

    /** asend(value) and __anext__(). */
    static final class ASend extends Awaitable {
        private final Object sendval;

        ASend(Generator gen, Object sendval) {
            super(ASEND, gen);
            this.sendval = sendval;
        }

        @Override public Object send(Object arg) {
            if (state == CLOSED) throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            if (state == INIT) {
                if (gen.agRunningAsync) {
                    state = CLOSED;
                    throw Errors.raise(Types.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
                }
                if (arg == PyNone.NONE) arg = sendval;
                state = ITER;
            }
            gen.agRunningAsync = true;
            Object y;
            try {
                y = gen.send(arg);
            } catch (PyRaise e) {
                throw failed(e);
            }
            return unwrap(y);
        }

        @Override public Object throwIn(PyRaise e) {
            if (state == CLOSED) throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            Object y;
            try {
                y = gen.throwIn(e);
            } catch (PyRaise x) {
                throw failed(x);
            }
            return unwrap(y);
        }
    }

    /** athrow(...) and aclose() (exc null): the exception thrown in at the generator's yield. */
    static final class AThrow extends Awaitable {
        private final PyBaseException exc;

        AThrow(Generator gen, PyBaseException exc) {
            super(ATHROW, gen);
            this.exc = exc;
        }

        @Override public Object send(Object arg) {
            if (state == CLOSED) throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            if (gen.finished && gen.started) {
                state = CLOSED;
                return null;
            }
            Object y;
            try {
                if (state == INIT) {
                    if (gen.agRunningAsync) {
                        state = CLOSED;
                        throw Errors.raise(Types.RUNTIME_ERROR, (exc == null ? "aclose" : "athrow") + "(): asynchronous generator is already running");
                    }
                    if (gen.agClosed) {
                        state = CLOSED;
                        if (exc == null) return null;
                        throw new PyBaseException(Types.STOP_ASYNC_ITERATION, PyTuple.EMPTY).raise();
                    }
                    if (arg != PyNone.NONE) throw Errors.raise(Types.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                    state = ITER;
                    gen.agRunningAsync = true;
                    if (exc == null) gen.agClosed = true;
                    y = gen.throwIn(new PyRaise(exc != null ? exc : new PyBaseException(Types.GENERATOR_EXIT, PyTuple.EMPTY)));
                } else {
                    y = gen.send(arg);
                }
            } catch (PyRaise e) {
                return checkError(e);
            }
            return afterStep(y);
        }

        @Override public Object throwIn(PyRaise e) {
            if (state == CLOSED) throw Errors.raise(Types.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
            Object y;
            try {
                y = gen.throwIn(e);
            } catch (PyRaise x) {
                return checkError(x);
            }
            return afterStep(y);
        }

        private Object afterStep(Object y) {
            if (exc != null) {
                try {
                    return unwrap(y);
                } catch (PyRaise e) {
                    return checkError(e);
                }
            }
            if (y instanceof Wrapped) {
                gen.agRunningAsync = false;
                state = CLOSED;
                throw Errors.raise(Types.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            if (y == null) return checkError(new PyBaseException(Types.STOP_ASYNC_ITERATION, PyTuple.EMPTY).raise());
            return y;
        }

        /** The generator ended with e: for aclose() StopAsyncIteration and GeneratorExit mean it closed (finished, result None). */
        private Object checkError(PyRaise e) {
            gen.agRunningAsync = false;
            state = CLOSED;
            PyType t = e.exc.type();
            if (exc == null && (t.isSubtype(Types.STOP_ASYNC_ITERATION) || t.isSubtype(Types.GENERATOR_EXIT))) return null;
            throw e;
        }
    }

    static void install() {
        PyType t = Generator.ASYNC_GENERATOR;
        GeneratorThrow.install(t, "ag_");
        PyFrameObj.getter(t, "ag_running", (a, k) -> PyBool.of(((Generator) a[0]).agRunningAsync));
        Args.method(t, "__aiter__", (a, k) -> a[0]);
        Args.method(t, "__anext__", (a, k) -> new ASend((Generator) a[0], PyNone.NONE));
        Args.method(t, "asend", (a, k) -> {
            Args.methodCount("asend", a, k, 1, 1);
            return new ASend((Generator) a[0], a[1]);
        });
        Args.method(t, "athrow", (a, k) -> {
            Args.methodCount("athrow", a, k, 1, 3);
            return new AThrow((Generator) a[0], Rare.instantiate(a[1]));
        });
        Args.method(t, "aclose", (a, k) -> new AThrow((Generator) a[0], null));
        for (PyType aw : new PyType[] {ASEND, ATHROW}) {
            Sendable.install(aw, true);
            Args.method(aw, "__await__", (a, k) -> a[0]);
        }
    }
}
