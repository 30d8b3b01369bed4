package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyMemoryView;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** memoryview's constructor and methods: cast, tobytes, tolist, hex, toreadonly, release and the context manager. */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    private static PyMemoryView mv(Object[] a) { return (PyMemoryView) a[0]; }

    static void install() {
        PyType t = Types.MEMORYVIEW;
        t.constructor = (a, k) -> {
            Object o = CallArgs.bind("memoryview", a, k, 1, 1, "object")[0];
            if (o instanceof PyMemoryView m) return m.view(false);
            if (!(o instanceof PyBytes b)) throw Errors.type("memoryview: a bytes-like object is required, not '" + Errors.typeName(o) + "'");
            return new PyMemoryView(b, 0, b.b.length);
        };
        Args.method(t, "cast", (a, k) -> {
            Object[] p = CallArgs.bind("cast", a, k, 3, 2, "", "format", "shape");
            if (!(p[1] instanceof PyStr f)) throw Errors.type("cast() argument 'format' must be str, not " + Errors.typeName(p[1]));
            return mv(a).cast(f.s, p[2]);
        });
        Args.method(t, "tobytes", (a, k) -> {
            CallArgs.bind("tobytes", a, k, 2, 1, "", "order");
            return new PyBytes(mv(a).bytes());
        });
        Args.method(t, "tolist", (a, k) -> {
            Args.methodCount("tolist", a, k, 0, 0);
            return new PyList(mv(a).toList());
        });
        Args.method(t, "hex", (a, k) -> BytesMethods.hex(mv(a).bytes(), a, k));
        Args.method(t, "toreadonly", (a, k) -> mv(a).view(true));
        Args.method(t, "release", (a, k) -> { mv(a).release(); return PyNone.NONE; });
        Args.method(t, "__enter__", (a, k) -> { mv(a).length(); return a[0]; });
        Args.method(t, "__exit__", (a, k) -> { mv(a).release(); return PyBool.FALSE; });
    }
}
