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
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Modules imported from disk for the VM's import system: found in a list of directories ({@code sys.path} or a
 * package's {@code __path__}) by {@link ModuleFinder}, their code from {@link CachedLoader} (so {@code __pycache__} is
 * used and written under the run's cache options), executed in a new module that is in {@code sys.modules} while
 * its body runs (so circular imports see it, partially initialised).
 */
public final class DiskModules {
    private DiskModules() {}

    /**
     * Module {@code name} (dotted; its last part is looked up in {@code path}) loaded from disk and executed; null
     * when no file provides it. A syntax error in it raises SyntaxError, an unreadable file ImportError.
     */
    static PyModule load(String name, List<Path> path) {
        RunConfig cfg = RunConfig.current();
        String last = name.substring(name.lastIndexOf('.') + 1);
        Optional<ModuleFinder.Spec> found = ModuleFinder.find(path, last, name);
        if (found.isEmpty()) return namespacePackage(name, ModuleFinder.namespacePortions(path, last), cfg);
        ModuleFinder.Spec spec = found.get();
        PyCode code = code(spec, cfg);
        PyDict d = namespace(name, spec, cfg);
        PyModule m = new PyModule(name, d);
        PyDict modules = VmState.get().modules;
        Object specObj = d.get("__spec__");
        ModuleSpecs.setInitializing(specObj, true);
        modules.put(name, m);
        try {
            Interpreter.runModule(new CodeLoader().load(code), d);
        } catch (PyRaise e) {
            modules.map.remove(new PyStr(name));
            throw e;
        } finally {
            ModuleSpecs.setInitializing(specObj, false);
        }
        if (cfg.cache().verbose() != null) {
            cfg.cache().verbose().accept("import " + Ops.repr(new PyStr(name)) + " # " + Ops.repr(d.get("__loader__")));
        }
        Object now = modules.get(name);
        if (now == null) throw Errors.keyError(new PyStr(name));
        return now instanceof PyModule pm ? pm : m;
    }

    /** The module's code through the .pyc cache; a syntax error raises SyntaxError, an unreadable file ImportError. */
    private static PyCode code(ModuleFinder.Spec spec, RunConfig cfg) {
        List<dev.jpy.toolchain.errors.CompileWarnings.Warning> warnings = dev.jpy.toolchain.errors.CompileWarnings.list();
        var outer = dev.jpy.toolchain.errors.CompileWarnings.swap(warnings);
        try {
            PyCode code = spec.load(cfg.cache());
            dev.jpy.toolchain.errors.CompileWarnings.swap(outer);
            SyntaxWarnings.issue(warnings, spec.origin().toString(), null); // none when the .pyc cache had the code
            return code;
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e, spec.origin());
        } catch (IOException | PycFormatException e) {
            throw Errors.raise(Types.IMPORT_ERROR, e.getMessage());
        } finally {
            dev.jpy.toolchain.errors.CompileWarnings.swap(outer);
        }
    }

    /**
     * {@code importlib.reload}: the module's file found again (in its parent's {@code __path__} or sys.path) and its
     * code run again in the same namespace; modules with no file (native, namespace) are returned as they are.
     */
    public static Object reload(PyModule m) {
        PyDict modules = VmState.get().modules;
        if (modules.get(m.name) != m) {
            throw Errors.raise(Types.IMPORT_ERROR, "module " + m.name + " not in sys.modules");
        }
        if (!(m.dict.get("__file__") instanceof PyStr)) return m;
        String parent = ModuleSpecs.parentOf(m.name);
        List<Path> path = new java.util.ArrayList<>();
        Object locs = parent.isEmpty() ? VmState.get().path : Ops.getattrOrNull(modules.get(parent), new PyStr("__path__"));
        if (locs != null) for (Object e : Ops.toList(locs)) if (e instanceof PyStr s) path.add(ImportSystem.absolute(s.s));
        String last = m.name.substring(m.name.lastIndexOf('.') + 1);
        Optional<ModuleFinder.Spec> found = ModuleFinder.find(path, last, m.name);
        if (found.isEmpty()) throw ImportSystem.notFound("spec not found for the module " + Ops.repr(new PyStr(m.name)), m.name);
        PyCode code = code(found.get(), RunConfig.current());
        Interpreter.runModule(new CodeLoader().load(code), m.dict);
        Object now = modules.get(m.name);
        return now != null ? now : m;
    }

    /** A namespace package (PEP 420) over its portions, or null when there are none; it has no code to run. */
    private static PyModule namespacePackage(String name, List<Path> portions, RunConfig cfg) {
        if (portions.isEmpty()) return null;
        var verbose = cfg.cache().verbose();
        List<Object> dirs = new java.util.ArrayList<>();
        for (Path p : portions) {
            if (verbose != null) verbose.accept("# possible namespace for " + p);
            dirs.add(new PyStr(p.toString()));
        }
        Object loader = ModuleSpecs.namespaceLoader(name, dirs);
        PyDict d = new PyDict();
        d.put("__name__", new PyStr(name));
        d.put("__doc__", PyNone.NONE);
        d.put("__package__", new PyStr(name));
        d.put("__loader__", loader);
        d.put("__spec__", ModuleSpecs.namespaceSpec(name, loader, new PyList(dirs)));
        d.put("__file__", PyNone.NONE);
        d.put("__path__", new PyList(dirs));
        PyModule m = new PyModule(name, d);
        VmState.get().modules.put(name, m);
        if (verbose != null) verbose.accept("import " + Ops.repr(new PyStr(name)) + " # " + Ops.repr(loader));
        return m;
    }

    /** The attributes importlib gives a new module, in its order, and {@code __builtins__}. */
    private static PyDict namespace(String name, ModuleFinder.Spec spec, RunConfig cfg) {
        String file = spec.origin().toString();
        String cached = spec.sourceless() ? null : CachedLoader.cacheFromSource(spec.origin(), cfg.cache()).toString();
        String pkgDir = spec.isPackage() ? spec.packageDir().toString() : null;
        Object loader = ModuleSpecs.loader(name, file, spec.sourceless());
        PyDict d = new PyDict();
        d.put("__name__", new PyStr(name));
        d.put("__doc__", PyNone.NONE);
        d.put("__package__", new PyStr(spec.isPackage() ? name : ModuleSpecs.parentOf(name)));
        d.put("__loader__", loader);
        d.put("__spec__", ModuleSpecs.spec(name, loader, file, pkgDir, spec.sourceless() ? file : cached));
        if (pkgDir != null) d.put("__path__", new PyList(List.of(new PyStr(pkgDir))));
        d.put("__file__", new PyStr(file));
        d.put("__cached__", new PyStr(spec.sourceless() ? file : cached));
        d.put("__builtins__", VmState.get().builtins);
        return d;
    }
}
