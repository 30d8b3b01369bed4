package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyStr;

/** {@code atexit}: register, unregister and the exit-time run, written in Python (lib/atexit.py). */
public final class AtexitModule implements NativeModule {
    @Override public String name() { return "atexit"; }

    @Override public void init(PyDict d) { PySource.run("atexit", d); }

    /** Runs the registered exit functions when the program imported atexit (the runner calls this as it ends). */
    public static void runExitFunctions(VmState st) {
        if (st.modules.get("atexit") instanceof PyModule m) Ops.call(Ops.getattr(m, new PyStr("_run_exitfuncs")));
    }
}
