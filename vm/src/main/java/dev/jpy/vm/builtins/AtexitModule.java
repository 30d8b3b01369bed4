package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code atexit}: register, unregister, _run_exitfuncs, _clear and _ncallbacks. The callbacks of a run are called last
 * first when the program ends ({@link #runExitFuncs}, after an uncaught exception is printed); one that raises is
 * reported as CPython's "Exception ignored in atexit callback" and the rest still run.
 */
public final class AtexitModule implements NativeModule {
    /** One registration: the function, then the call's arguments and keyword names (vectorcall style). */
    private record Callback(Object func, Object[] args, PyTuple kwnames) {}

    /** The callbacks of the run on this thread (a run imports the module afresh, see ModuleRegistry.reset). */
    private static final ThreadLocal<List<Callback>> CALLBACKS = ThreadLocal.withInitial(ArrayList::new);

    @Override public String name() { return "atexit"; }

    @Override public void init(PyDict d) {
        CALLBACKS.get().clear();
        Args.def(d, "register", (a, k) -> {
            if (Args.npos(a, k) == 0) throw Errors.type("register() takes at least 1 argument (0 given)");
            if (!Ops.callable(a[0])) throw Errors.type("the first argument must be callable");
            CALLBACKS.get().add(new Callback(a[0], Arrays.copyOfRange(a, 1, a.length), k));
            return a[0];
        });
        Args.def(d, "unregister", (a, k) -> {
            Args.count("unregister", a, k, 1, 1);
            List<Callback> cbs = CALLBACKS.get(); // the slot empties, _ncallbacks still counts it (as CPython's)
            for (int i = 0; i < cbs.size(); i++) if (cbs.get(i) != null && Compare.eq(cbs.get(i).func, a[0])) cbs.set(i, null);
            return PyNone.NONE;
        });
        Args.def(d, "_clear", (a, k) -> { Args.count("_clear", a, k, 0, 0); CALLBACKS.get().clear(); return PyNone.NONE; });
        Args.def(d, "_ncallbacks", (a, k) -> { Args.count("_ncallbacks", a, k, 0, 0); return PyInt.of(CALLBACKS.get().size()); });
        Args.def(d, "_run_exitfuncs", (a, k) -> {
            Args.count("_run_exitfuncs", a, k, 0, 0);
            runExitFuncs(CALLBACKS.get());
            return PyNone.NONE;
        });
    }

    /** Calls this run's callbacks, last registered first, and forgets them; one that raises is reported on stderr. */
    private static void runExitFuncs(List<Callback> callbacks) {
        for (int i = callbacks.size() - 1; i >= 0; i--) {
            Callback c = i < callbacks.size() ? callbacks.get(i) : null;
            if (c == null) continue; // unregistered, maybe by a later callback
            try {
                Ops.call(c.func, c.args, c.kwnames);
            } catch (PyRaise e) {
                dev.jpy.vm.interp.VmState.get().handled = null;
                TextStream err = (TextStream) dev.jpy.vm.interp.VmState.get().stderr;
                err.write("Exception ignored in atexit callback " + Ops.repr(c.func) + ":\n");
                err.write(dev.jpy.vm.run.ExceptHook.format(e.exc));
                err.flush();
            }
        }
        callbacks.clear();
    }

    /** At the end of a program run: its atexit callbacks, if it imported atexit. */
    public static void atExit() {
        if (ModuleRegistry.isLoaded("atexit")) runExitFuncs(CALLBACKS.get());
    }
}
