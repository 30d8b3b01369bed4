package dev.jpy.vm.interp;

import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** The builtins aiter() and anext(), and the awaitable anext(it, default) returns. */
public final class AsyncBuiltins {
    private AsyncBuiltins() {}

    static final PyType ANEXT_AWAITABLE = new PyType("anext_awaitable", new PyType[] {Types.OBJECT}, PyType.Layout.BUILTIN, false);

    public static void install(PyDict d) {
        Args.def(d, "aiter", (a, k) -> {
            Args.count("aiter", a, k, 1, 1);
            if (((PyObject) a[0]).type().lookup("__aiter__") == null) throw Errors.type("'" + Errors.typeName(a[0]) + "' object is not an async iterable");
            Object it = Ops.callSpecial(a[0], "__aiter__");
            if (((PyObject) it).type().lookup("__anext__") == null) throw Errors.type("aiter() returned not an async iterator of type '" + Errors.typeName(it) + "'");
            return it;
        });
        Args.def(d, "anext", (a, k) -> {
            Args.count("anext", a, k, 1, 2);
            if (((PyObject) a[0]).type().lookup("__anext__") == null) throw Errors.type("'" + Errors.typeName(a[0]) + "' object is not an async iterator");
            Object awaitable = Ops.callSpecial(a[0], "__anext__");
            return a.length == 1 ? awaitable : new WithDefault(Coroutines.awaitableIter(awaitable), a[1]);
        });
        Sendable.install(ANEXT_AWAITABLE, true);
        Args.method(ANEXT_AWAITABLE, "__await__", (a, k) -> a[0]);
    }

    /** anext(it, default): awaits it.__anext__(), and ends with default instead of StopAsyncIteration. */
    static final class WithDefault extends PyIter implements Sendable {
        private final Object inner, dflt;
        private Object result;

        WithDefault(Object inner, Object dflt) {
            super(ANEXT_AWAITABLE);
            this.inner = inner;
            this.dflt = dflt;
        }

        @Override public Object next() { return send(dev.jpy.vm.object.PyNone.NONE); }

        @Override public Object send(Object value) {
            Object[] pair = {inner, value};
            try {
                if (Generator.sendStep(pair, 2)) {
                    result = pair[1];
                    return null;
                }
                return pair[1];
            } catch (PyRaise e) {
                return stopped(e);
            }
        }

        @Override public Object throwIn(PyRaise e) {
            try {
                if (inner instanceof Sendable s) {
                    Object y = s.throwIn(e);
                    if (y == null) result = s.result();
                    return y;
                }
                return Ops.call(Ops.getattr(inner, PyStr.intern("throw")), e.exc);
            } catch (PyRaise x) {
                return stopped(x);
            }
        }

        private Object stopped(PyRaise e) {
            if (!e.exc.type().isSubtype(Types.STOP_ASYNC_ITERATION)) throw e;
            result = dflt;
            return null;
        }

        @Override public void close() {
            if (inner instanceof Sendable s) s.close();
        }

        @Override public Object result() { return result; }
    }
}
