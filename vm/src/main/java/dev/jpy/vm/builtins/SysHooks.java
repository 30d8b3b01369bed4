package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;

/**
 * sys.displayhook and sys.excepthook (also sys.__displayhook__ and sys.__excepthook__): the defaults, and the
 * expression-statement hook of mode 'single' that calls whatever sys.displayhook is now.
 */
public final class SysHooks {
    private SysHooks() {}

    /** The default sys.displayhook: repr(v) on sys.stdout and builtins._ = v, unless v is None. */
    public static final PyBuiltin DISPLAYHOOK = new PyBuiltin("displayhook", false, (a, k) -> {
        Args.count("displayhook", a, k, 1, 1);
        Object v = a[0];
        if (v == PyNone.NONE) return PyNone.NONE;
        VmState st = VmState.get();
        st.builtins.put("_", PyNone.NONE);
        Ops.call(Ops.getattr(st.sysStdout(), PyStr.intern("write")), new PyStr(Ops.repr(v) + "\n"));
        st.builtins.put("_", v);
        return PyNone.NONE;
    });

    /** The default sys.excepthook: the traceback of the exception on sys.stderr, as an uncaught exception prints. */
    public static final PyBuiltin EXCEPTHOOK = new PyBuiltin("excepthook", false, (a, k) -> {
        Args.count("excepthook", a, k, 3, 3);
        if (!(a[1] instanceof PyBaseException e)) {
            throw Errors.type("print_exception(): Exception expected for value, " + Errors.typeName(a[1]) + " found");
        }
        String text = dev.jpy.vm.run.ExceptHook.format(e);
        VmState st = VmState.get();
        Object err = st.modules.get("sys") instanceof PyModule sys && sys.dict.get("stderr") instanceof Object s ? s : st.stderr;
        Ops.call(Ops.getattr(err, PyStr.intern("write")), new PyStr(text));
        return PyNone.NONE;
    });

    /** CALL_INTRINSIC_1 INTRINSIC_PRINT: calls sys.displayhook (RuntimeError "lost sys.displayhook" when deleted). */
    public static Object display(Object v) {
        if (!(VmState.get().modules.get("sys") instanceof PyModule sys)) return Ops.call(DISPLAYHOOK, v);
        Object hook = sys.dict.get("displayhook");
        if (hook == null) throw Errors.raise(Types.RUNTIME_ERROR, "lost sys.displayhook");
        return Ops.call(hook, v);
    }
}
