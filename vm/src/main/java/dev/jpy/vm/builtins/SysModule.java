package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;

/** The sys module (the parts plain programs use). */
final class SysModule implements NativeModule {
    @Override public String name() { return "sys"; }

    private static final dev.jpy.vm.object.PyType VERSION_INFO = dev.jpy.vm.object.StructSeq.newType("sys", "version_info",
            java.util.List.of("major", "minor", "micro", "releaselevel", "serial"), 5);

    @Override public void init(PyDict d) {
        VmState st = VmState.get();
        d.put("stdout", st.stdout);
        d.put("stderr", st.stderr);
        d.put("__stdout__", st.stdout);
        d.put("__stderr__", st.stderr);
        java.util.List<String> argv = dev.jpy.vm.run.RunConfig.current().argv();
        java.util.List<Object> pyArgv = new java.util.ArrayList<>();
        for (String a : argv.isEmpty() ? java.util.List.of("") : argv) pyArgv.add(new PyStr(a));
        d.put("argv", new PyList(pyArgv));
        d.put("modules", st.modules);
        d.put("path", st.path);
        d.put("maxsize", PyInt.of(Long.MAX_VALUE));
        d.put("version_info", dev.jpy.vm.object.StructSeq.of(VERSION_INFO, PyInt.of(3), PyInt.of(13), PyInt.of(0), new PyStr("final"), PyInt.of(0)));
        d.put("platform", new PyStr("linux"));
        d.put("byteorder", new PyStr("little"));
        d.put("flags", SysFlags.create());
        dev.jpy.vm.object.PyBuiltin hook = SiteBuiltins.hook();
        d.put("breakpointhook", hook);
        d.put("__breakpointhook__", hook);
        d.put("copyright", new PyStr(SiteBuiltins.COPYRIGHT));
        Args.def(d, "exit", (a, k) -> {
            // as PyErr_SetObject: no argument or None gives no args, a tuple is the args
            PyTuple args = a.length == 0 || a[0] == PyNone.NONE ? PyTuple.EMPTY : a[0] instanceof PyTuple t ? t : PyTuple.of(a[0]);
            throw new PyBaseException(Types.SYSTEM_EXIT, args).raise();
        });
        Args.def(d, "_getframe", (a, k) -> {
            Args.count("_getframe", a, k, 0, 1);
            dev.jpy.vm.interp.Frame f = VmState.get().top;
            for (long depth = a.length == 0 ? 0 : dev.jpy.vm.object.Ops.index(a[0]); depth > 0 && f != null; depth--) f = f.back;
            if (f == null) throw Errors.value("call stack is not deep enough");
            return dev.jpy.vm.interp.PyFrameObj.of(f);
        });
        Args.def(d, "exception", (a, k) -> {
            Args.count("exception", a, k, 0, 0);
            PyBaseException e = VmState.get().handled;
            return e == null ? PyNone.NONE : e;
        });
        Args.def(d, "exc_info", (a, k) -> {
            Args.count("exc_info", a, k, 0, 0);
            PyBaseException e = VmState.get().handled;
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.type(), e, dev.jpy.vm.object.PyTraceback.of(e));
        });
        SysSizes.install(d);
        Args.def(d, "getrecursionlimit", (a, k) -> PyInt.of(VmState.get().recursionLimit));
        Args.def(d, "setrecursionlimit", (a, k) -> {
            long n = dev.jpy.vm.object.Ops.index(a[0]);
            if (n < 1) throw Errors.value("recursion limit must be greater or equal than 1");
            VmState.get().recursionLimit = (int) n;
            return PyNone.NONE;
        });
    }
}
