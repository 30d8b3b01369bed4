package dev.jpy.vm.run;

import dev.jpy.vm.builtins.SysHooks;
import dev.jpy.vm.builtins.TextStream;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTraceback;

/**
 * How an exception nobody caught is shown (PyErr_PrintEx): sys.last_exc, last_type, last_value and last_traceback
 * are set, then sys.excepthook is called; the default hook prints the traceback, another hook that fails gets
 * "Error in sys.excepthook:" with its own traceback and "Original exception was:" with the first.
 */
public final class ExceptHook {
    private ExceptHook() {}

    /** The traceback text of {@code e} as the default sys.excepthook prints it (the running program's printer). */
    public static String format(PyBaseException e) {
        return Traceback.current().format(e);
    }

    static void print(PyBaseException e, Traceback tb, TextStream stderr) {
        VmState st = VmState.get();
        PyModule sys = st.modules.get("sys") instanceof PyModule m ? m : null;
        Object tbObj = PyTraceback.of(e);
        if (sys != null) {
            sys.dict.put("last_exc", e);
            sys.dict.put("last_type", e.type());
            sys.dict.put("last_value", e);
            sys.dict.put("last_traceback", tbObj);
        }
        Object hook = sys == null ? SysHooks.EXCEPTHOOK : sys.dict.get("excepthook");
        if (hook == SysHooks.EXCEPTHOOK) {
            stderr.write(tb.format(e));
        } else if (hook == null) {
            stderr.write("sys.excepthook is missing\n");
            stderr.write(tb.format(e));
        } else {
            try {
                Ops.call(hook, e.type(), e, tbObj);
            } catch (PyRaise r) {
                st.handled = null;
                stderr.flush();
                stderr.write("Error in sys.excepthook:\n");
                stderr.write(tb.format(r.exc));
                stderr.write("\nOriginal exception was:\n");
                stderr.write(tb.format(e));
            }
        }
        stderr.flush();
    }
}
