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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code jpy run -m MODULE}: runpy's {@code _run_module_as_main}. The parent package is imported, the module found
 * (a package runs its {@code __main__}), {@code sys.argv[0]} becomes the module's file, and its code runs in the
 * {@code __main__} namespace with the module's {@code __spec__}, {@code __file__} and {@code __package__}.
 */
final class ModuleMain {
    private ModuleMain() {}

    /** runpy's {@code _Error}: printed as {@code jpy: MESSAGE}, exit status 1. */
    static final class NotRunnable extends Exception {
        NotRunnable(String message) {
            super(message);
        }
    }

    /** The module to run and how many packages were followed to their {@code __main__} to reach it. */
    private record Found(String name, ModuleFinder.Spec spec, int hops) {}

    /** A frame of runpy (or importlib) that CPython's traceback shows above the program's own frames. */
    private static String frozen(String module, int line, String function) {
        return "  File \"<frozen " + module + ">\", line " + line + ", in " + function + "\n";
    }

    /** The runpy frames above {@code _get_module_details} after {@code hops} package __main__ lookups. */
    private static void detailsFrames(List<String> outer, int hops) {
        outer.clear();
        outer.add(frozen("runpy", 189, "_run_module_as_main"));
        for (int i = 0; i < hops; i++) outer.add(frozen("runpy", 148, "_get_module_details"));
    }

    /** Runs module {@code name} in {@code globals} (those of {@code __main__}). */
    static void run(String name, PyDict globals, RunConfig config, List<String> outer) throws NotRunnable {
        Found f = details(name, 0, outer);
        detailsFrames(outer, f.hops());
        outer.add(frozen("runpy", 159, "_get_module_details"));
        outer.add(frozen("importlib._bootstrap_external", 1156, "get_code"));
        outer.add(frozen("importlib._bootstrap_external", 1086, "source_to_code"));
        outer.add(frozen("importlib._bootstrap", 488, "_call_with_frames_removed"));
        ModuleFinder.Spec spec = f.spec();
        PyCode code;
        try {
            code = spec.load(config.cache());
        } catch (PySyntaxError e) {
            throw SyntaxErrors.toPython(e, spec.origin());
        } catch (IOException | PycFormatException e) {
            throw new NotRunnable("Error while finding module specification for " + Ops.repr(new PyStr(name)) + " (ImportError: " + e.getMessage() + ")");
        }
        String file = spec.origin().toString();
        String cached = spec.sourceless() ? file : CachedLoader.cacheFromSource(spec.origin(), config.cache()).toString();
        Object loader = ModuleSpecs.loader(f.name(), file, spec.sourceless());
        globals.put("__package__", new PyStr(ModuleSpecs.parentOf(f.name())));
        globals.put("__loader__", loader);
        globals.put("__spec__", ModuleSpecs.spec(f.name(), loader, file, null, cached));
        globals.put("__file__", new PyStr(file));
        globals.put("__cached__", new PyStr(cached));
        setArgv0(file, config);
        outer.clear();
        outer.add(frozen("runpy", 198, "_run_module_as_main"));
        outer.add(frozen("runpy", 88, "_run_code"));
        Interpreter.runModule(new CodeLoader().load(code), globals);
    }

    /** runpy's {@code _get_module_details}: the module to run, a package's {@code __main__} followed. */
    private static Found details(String name, int hops, List<String> outer) throws NotRunnable {
        if (name.startsWith(".")) throw new NotRunnable("Relative module names not supported");
        String pkg = ModuleSpecs.parentOf(name);
        if (!pkg.isEmpty()) {
            detailsFrames(outer, hops);
            outer.add(frozen("runpy", 112, "_get_module_details"));
            try {
                ImportSystem.gcdImport(pkg, null, 0);
            } catch (PyRaise e) {
                Object en = e.exc.type().isSubtype(Types.IMPORT_ERROR) ? e.exc.dict.get("name") : null;
                if (!(en instanceof PyStr s) || !(s.s.equals(pkg) || pkg.startsWith(s.s + "."))) throw e;
            }
        }
        Optional<ModuleFinder.Spec> spec;
        try {
            spec = findSpec(name);
        } catch (PyRaise e) {
            if (!e.exc.type().isSubtype(Types.IMPORT_ERROR) && !e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
            String msg = "Error while finding module specification for " + Ops.repr(new PyStr(name)) + " (" + e.exc.type().name + ": " + Ops.str(e.exc) + ")";
            if (name.endsWith(".py")) {
                String stem = name.substring(0, name.length() - 3);
                msg += ". Try using '" + stem + "' instead of '" + name + "' as the module name.";
            }
            throw new NotRunnable(msg);
        }
        if (spec.isEmpty()) throw new NotRunnable("No module named " + name);
        if (spec.get().isPackage()) {
            if (name.equals("__main__") || name.endsWith(".__main__")) throw new NotRunnable("Cannot use package as __main__ module");
            try {
                return details(name + ".__main__", hops + 1, outer);
            } catch (NotRunnable e) {
                if (VmState.get().modules.get(name) == null) throw e;
                throw new NotRunnable(e.getMessage() + "; " + Ops.repr(new PyStr(name)) + " is a package and cannot be directly executed");
            }
        }
        return new Found(name, spec.get(), hops);
    }

    /** {@code importlib.util.find_spec} for a file module: the parent imported, then its {@code __path__} searched. */
    private static Optional<ModuleFinder.Spec> findSpec(String name) {
        String parent = ModuleSpecs.parentOf(name);
        List<Path> path = new ArrayList<>();
        if (!parent.isEmpty()) {
            Object p = ImportSystem.gcdImport(parent, null, 0);
            Object locs = Ops.getattrOrNull(p, new PyStr("__path__"));
            if (locs == null) {
                throw ImportSystem.notFound("__path__ attribute not found on " + Ops.repr(new PyStr(parent)) + " while trying to find " + Ops.repr(new PyStr(name)), name);
            }
            for (Object e : Ops.toList(locs)) if (e instanceof PyStr s) path.add(ImportSystem.absolute(s.s));
        } else {
            for (Object e : VmState.get().path.items) if (e instanceof PyStr s) path.add(ImportSystem.absolute(s.s));
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        Optional<ModuleFinder.Spec> found = ModuleFinder.find(path, last, name);
        if (found.isPresent()) return found;
        List<Path> portions = ModuleFinder.namespacePortions(path, last); // a namespace package: no file, only a __path__
        return portions.isEmpty() ? found : Optional.of(new ModuleFinder.Spec(name, null, false, portions.get(0)));
    }

    /** {@code sys.argv[0]} becomes the module's file (in sys if already imported, and for a later import). */
    private static void setArgv0(String file, RunConfig config) {
        List<String> argv = new ArrayList<>(config.argv());
        if (argv.isEmpty()) argv.add(file);
        else argv.set(0, file);
        RunConfig.set(new RunConfig(argv, config.searchPath(), config.cache(), config.cwd(), config.flags()));
        Object sys = VmState.get().modules.get("sys");
        if (sys instanceof PyModule m && m.dict.get("argv") instanceof PyList l && !l.items.isEmpty()) l.items.set(0, new PyStr(file));
    }
}
