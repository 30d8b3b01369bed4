package dev.jpy.vm.run;

import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.nio.file.Path;

/** The start of a run's import state: {@code sys.path} from the run's search path, {@code __main__} in
 * {@code sys.modules}, and the {@code __import__} builtin. */
final class MainModule {
    private MainModule() {}

    /** Fills the run's sys.path and sys.modules; returns the globals of {@code __main__}. */
    static PyDict setUp(VmState st, RunConfig config) {
        for (Path p : config.searchPath()) st.path.items.add(new PyStr(p.toString()));
        PyDict globals = new PyDict();
        globals.put("__name__", new PyStr("__main__"));
        globals.put("__doc__", PyNone.NONE);
        globals.put("__package__", PyNone.NONE);
        globals.put("__loader__", ModuleSpecs.BUILTIN_IMPORTER); // as CPython's __main__ before a script's loader replaces it
        globals.put("__spec__", PyNone.NONE);
        globals.put("__annotations__", new PyDict());
        PyModule builtins = new PyModule("builtins", st.builtins); // __main__ sees the module, imported modules its dict
        st.modules.put("builtins", builtins);
        globals.put("__builtins__", builtins);
        st.modules.put("__main__", new PyModule("__main__", globals));
        if (!config.warnOptions().isEmpty()) ImportSystem.gcdImport("warnings", null, 0); // as CPython: applies (and checks) them at start-up
        return globals;
    }

    /** The script's {@code __file__}, {@code __cached__} (None) and {@code __loader__}, as CPython gives {@code __main__}. */
    static void setScript(PyDict globals, Path mainFile) {
        if (mainFile == null) return;
        String file = mainFile.toAbsolutePath().toString();
        globals.put("__loader__", ModuleSpecs.loader("__main__", file, file.endsWith(".pyc")));
        globals.put("__file__", new PyStr(file));
        globals.put("__cached__", PyNone.NONE);
    }

    /** A script read from standard input: {@code __file__} is {@code '<stdin>'}, as CPython's run of a FILE* sets it. */
    static void setStdinScript(PyDict globals) {
        globals.put("__file__", new PyStr("<stdin>"));
        globals.put("__cached__", PyNone.NONE);
    }
}
