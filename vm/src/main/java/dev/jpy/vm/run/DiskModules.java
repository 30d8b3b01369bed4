package dev.jpy.vm.run;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFormatException;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.imports.CachedLoader;
import dev.jpy.toolchain.imports.ModuleFinder;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Top-level modules imported from disk for the VM's IMPORT_NAME: found on {@link RunConfig#current()}'s search path
 * by {@link ModuleFinder}, their code from {@link CachedLoader} (so {@code __pycache__} is used and written under the
 * run's cache options), executed once in a fresh module namespace and kept for the rest of the run.
 */
public final class DiskModules {
    private DiskModules() {}

    private static final ThreadLocal<Map<String, PyModule>> LOADED = ThreadLocal.withInitial(HashMap::new);

    /** Forgets the modules of the previous run. */
    static void reset() {
        LOADED.get().clear();
    }

    /**
     * The module {@code name} (no dots) from disk, executed on first import; null when no file provides it. A
     * syntax error in it raises SyntaxError, an unreadable file ImportError.
     */
    public static PyModule importModule(String name) {
        Map<String, PyModule> loaded = LOADED.get();
        PyModule m = loaded.get(name);
        if (m != null) return m;
        RunConfig cfg = RunConfig.current();
        Optional<ModuleFinder.Spec> found = ModuleFinder.find(cfg.searchPath(), name, name);
        if (found.isEmpty()) return null;
        ModuleFinder.Spec spec = found.get();
        PyCode code;
        try {
            code = spec.load(cfg.cache());
        } catch (PySyntaxError e) {
            throw Errors.raise(Types.SYNTAX_ERROR, e.msg() + " (" + e.filename() + ", line " + e.lineno() + ")");
        } catch (IOException | PycFormatException e) {
            throw Errors.raise(Types.IMPORT_ERROR, e.getMessage());
        }
        PyDict d = new PyDict();
        d.put("__name__", new PyStr(name));
        d.put("__doc__", PyNone.NONE);
        d.put("__package__", new PyStr(spec.isPackage() ? name : ""));
        d.put("__file__", new PyStr(spec.origin().toString()));
        if (!spec.sourceless()) {
            d.put("__cached__", new PyStr(CachedLoader.cacheFromSource(spec.origin(), cfg.cache()).toString()));
        }
        d.put("__builtins__", VmState.get().builtins);
        m = new PyModule(name, d);
        loaded.put(name, m);
        try {
            Interpreter.runModule(new CodeLoader().load(code), d);
        } catch (PyRaise e) {
            loaded.remove(name);
            throw e;
        }
        return m;
    }
}
