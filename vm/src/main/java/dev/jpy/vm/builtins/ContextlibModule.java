package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The contextlib module (a native stand-in for the pure-Python one): suppress, contextmanager, ExitStack here; the rest in lib/contextlib.py. */
final class ContextlibModule implements NativeModule {
    @Override public String name() { return "contextlib"; }

    private static PyType newType(String name) {
        PyDict ns = new PyDict();
        ns.put("__module__", new PyStr("contextlib"));
        return (PyType) Ops.call(Types.TYPE, new PyStr(name), PyTuple.of(Types.OBJECT), ns);
    }

    private static Object field(Object self, String name) { return ((PyInstance) self).dict.get(name); }

    @Override public void init(PyDict d) {
        PyType suppress = newType("suppress");
        Args.method(suppress, "__enter__", (a, k) -> PyNone.NONE);
        Args.method(suppress, "__exit__", (a, k) -> {
            if (a[1] == PyNone.NONE) return PyBool.FALSE;
            for (Object t : ((PyTuple) field(a[0], "_exceptions")).items) {
                if (t instanceof PyType x && ((PyType) a[1]).isSubtype(x)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        });
        PyType nullcontext = newType("nullcontext");
        Args.method(nullcontext, "__enter__", (a, k) -> field(a[0], "enter_result"));
        Args.method(nullcontext, "__exit__", (a, k) -> PyNone.NONE);
        Args.def(d, "nullcontext", (a, k) -> {
            Args.count("nullcontext", a, k, 0, 1);
            PyInstance n = new PyInstance(nullcontext);
            n.dict.put("enter_result", a.length > 0 ? a[0] : PyNone.NONE);
            return n;
        });
        Args.def(d, "suppress", (a, k) -> {
            PyInstance s = new PyInstance(suppress);
            s.dict.put("_exceptions", PyTuple.of(a.clone()));
            return s;
        });

        PyType gcm = newType("_GeneratorContextManager");
        Args.method(gcm, "__enter__", (a, k) -> {
            Object y = Ops.next(field(a[0], "gen"));
            if (y == null) throw Errors.raise(Types.RUNTIME_ERROR, "generator didn't yield");
            return y;
        });
        Args.method(gcm, "__exit__", (a, k) -> exitGenerator(field(a[0], "gen"), a[1], a[2], a.length > 3 ? a[3] : PyNone.NONE));
        Args.def(d, "contextmanager", (a, k) -> {
            Args.count("contextmanager", a, k, 1, 1);
            Object func = a[0];
            return new PyBuiltin(func instanceof dev.jpy.vm.object.PyFunction f ? f.name : "helper", false, (b, kk) -> {
                PyInstance cm = new PyInstance(gcm);
                cm.dict.put("gen", Ops.call(func, b, kk));
                return cm;
            });
        });

        PyType exitStack = newType("ExitStack");
        Args.method(exitStack, "__enter__", (a, k) -> a[0]);
        Args.method(exitStack, "enter_context", (a, k) -> {
            Object cm = a[1];
            Object r = Ops.callSpecial(cm, "__enter__");
            if (r == null) throw Errors.type("'" + Errors.typeName(cm) + "' object does not support the context manager protocol");
            callbacks(a[0]).add(PyTuple.of(PyBool.TRUE, cm));
            return r;
        });
        Args.method(exitStack, "callback", (a, k) -> {
            Object fn = a[1];
            Object[] rest = java.util.Arrays.copyOfRange(a, 2, a.length);
            callbacks(a[0]).add(PyTuple.of(PyBool.FALSE, new PyBuiltin("_exit_wrapper", false, (b, kk) -> Ops.call(fn, rest, k))));
            return fn;
        });
        Args.method(exitStack, "__exit__", (a, k) -> exitStack(callbacks(a[0]), a[1], a[2]));
        d.put("ExitStack", exitStack);
        PySource.run("contextlib", d);
    }

    /** The exit callbacks of an ExitStack, made on first use (the class is called like any heap class). */
    private static List<Object> callbacks(Object self) {
        if (!(field(self, "_exit_callbacks") instanceof PyList l)) {
            PyList made = new PyList(new ArrayList<>());
            ((PyInstance) self).dict.put("_exit_callbacks", made);
            return made.items;
        }
        return l.items;
    }

    private static Object exitGenerator(Object gen, Object type, Object value, Object tb) {
        if (type == PyNone.NONE) {
            if (Ops.next(gen) != null) throw Errors.raise(Types.RUNTIME_ERROR, "generator didn't stop");
            return PyBool.FALSE;
        }
        if (value == PyNone.NONE) value = Ops.call(type);
        try {
            Ops.call(Ops.getattr(gen, new PyStr("throw")), value);
        } catch (PyRaise e) {
            if (e.exc == value) {
                // the exception goes on from the with statement, with the traceback it had there (as CPython's __exit__)
                if (tb instanceof dev.jpy.vm.object.PyTraceback) dev.jpy.vm.object.PyTraceback.assign(e.exc, tb);
                return PyBool.FALSE;
            }
            if (e.exc.type().isSubtype(Types.STOP_ITERATION)) return PyBool.TRUE;
            throw e;
        }
        throw Errors.raise(Types.RUNTIME_ERROR, "generator didn't stop after throw()");
    }

    /** Runs the callbacks last first; an exception one of them raises replaces the pending one. */
    private static Object exitStack(List<Object> cbs, Object type, Object value) {
        boolean received = type != PyNone.NONE;
        PyRaise pending = null;
        while (!cbs.isEmpty()) {
            PyTuple cb = (PyTuple) cbs.remove(cbs.size() - 1);
            try {
                boolean isCm = cb.items[0] == PyBool.TRUE;
                Object tb = PyNone.NONE;
                Object r = isCm ? Ops.callSpecial(cb.items[1], "__exit__", type, value, tb) : Ops.call(cb.items[1], type, value, tb);
                if (isCm && r != null && Ops.truthy(r)) {
                    type = PyNone.NONE;
                    value = PyNone.NONE;
                    pending = null;
                }
            } catch (PyRaise e) {
                if (value instanceof PyBaseException old && e.exc.context == null && e.exc != old) e.exc.context = old;
                pending = e;
                type = e.exc.type();
                value = e.exc;
            }
        }
        if (pending != null) throw pending;
        return PyBool.of(received && type == PyNone.NONE);
    }
}
