package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** The contextlib module: contextmanager here (a generator-driven context manager in Java); the rest in lib/contextlib.py. */
final class ContextlibModule implements NativeModule {
    @Override public String name() { return "contextlib"; }

    private static PyType newType(String name) {
        PyDict ns = new PyDict();
        ns.put("__module__", new PyStr("contextlib"));
        return (PyType) Ops.call(Types.TYPE, new PyStr(name), PyTuple.of(Types.OBJECT), ns);
    }

    private static Object field(Object self, String name) { return ((PyInstance) self).dict.get(name); }

    @Override public void init(PyDict d) {
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
            PyBuiltin[] helper = new PyBuiltin[1];
            helper[0] = new PyBuiltin(func instanceof dev.jpy.vm.object.PyFunction f ? f.name : "helper", false, (b, kk) -> {
                PyInstance cm = new PyInstance(gcm);
                cm.dict.put("gen", Ops.call(func, b, kk));
                Object[] args = b.clone();
                // a context manager used as a decorator makes a fresh one for each call (ContextDecorator._recreate_cm)
                cm.dict.put("_recreate_cm", new PyBuiltin("_recreate_cm", false, (c, ck) -> Ops.call(helper[0], args, kk)));
                return cm;
            });
            return helper[0];
        });
        d.put("_GeneratorContextManager", gcm);

        PySource.run("contextlib", d);
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
}
