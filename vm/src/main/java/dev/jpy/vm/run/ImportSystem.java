package dev.jpy.vm.run;

import dev.jpy.vm.builtins.Args;
import dev.jpy.vm.builtins.ModuleRegistry;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code __import__} as importlib's {@code _bootstrap} does it: {@code _calc___package__}, {@code _resolve_name},
 * {@code _find_and_load} over {@code sys.modules}, the native modules ({@link ModuleRegistry}) and the files on
 * {@code sys.path} or a package's {@code __path__} ({@link DiskModules}), then {@code _handle_fromlist}; with
 * CPython's error messages.
 */
public final class ImportSystem {
    private ImportSystem() {}

    /** {@code __import__(name, globals, locals, fromlist, level)}; {@code globals} may be null. */
    public static Object importModule(String name, PyDict globals, Object fromlist, int level) {
        if (level < 0) throw Errors.value("level must be >= 0");
        Object module;
        if (level == 0) {
            module = gcdImport(name, null, 0);
        } else {
            String pkg = calcPackage(globals == null ? new PyDict() : globals);
            module = gcdImport(name, pkg, level);
        }
        boolean emptyFrom = fromlist == null || fromlist == PyNone.NONE || !Ops.truthy(fromlist);
        if (emptyFrom) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? module : gcdImport(name.substring(0, dot), null, 0);
            }
            if (name.isEmpty()) return module;
            int cut = name.length() - (name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
            String full = Ops.str(Ops.getattr(module, new PyStr("__name__")));
            return modules().get(full.substring(0, full.length() - cut));
        }
        if (Ops.getattrOrNull(module, new PyStr("__path__")) != null) handleFromlist(module, fromlist, false);
        return module;
    }

    /** {@code _gcd_import}: the module of an absolute or relative name (sanity-checked as importlib does). */
    public static Object gcdImport(String name, String pkg, int level) {
        if (level > 0) {
            if (pkg == null) throw Errors.type("__package__ not set to a string");
            if (pkg.isEmpty()) throw Errors.raise(Types.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        if (name.isEmpty() && level == 0) throw Errors.value("Empty module name");
        if (level > 0) name = resolveName(name, pkg, level);
        return findAndLoad(name);
    }

    /** {@code _resolve_name}. */
    static String resolveName(String name, String pkg, int level) {
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.raise(Types.IMPORT_ERROR, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code _calc___package__}: {@code __package__}, else {@code __spec__.parent}, else from {@code __name__}. */
    static String calcPackage(PyDict globals) {
        Object pkg = globals.get("__package__");
        Object spec = globals.get("__spec__");
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr s)) throw Errors.type("package must be a string");
            return s.s;
        }
        if (spec != null && spec != PyNone.NONE) {
            Object parent = Ops.getattr(spec, new PyStr("parent"));
            return parent instanceof PyStr s ? s.s : null;
        }
        Object n = globals.get("__name__");
        if (!(n instanceof PyStr s)) throw Errors.keyError(new PyStr("__name__"));
        return globals.get("__path__") != null ? s.s : ModuleSpecs.parentOf(s.s);
    }

    static PyDict modules() {
        return VmState.get().modules;
    }

    /** {@code _find_and_load}: from sys.modules, or found and executed. */
    public static Object findAndLoad(String name) {
        Object m = modules().get(name);
        if (m == null) return findAndLoadUnlocked(name);
        if (m == PyNone.NONE) throw notFound("import of " + name + " halted; None in sys.modules", name);
        return m;
    }

    /**
     * CPython's builtin modules ({@code sys.builtin_module_names} of a Linux build) that jpy may provide natively:
     * found before {@code sys.path}. jpy's other own modules come after it, so a program's {@code random.py}
     * shadows jpy's random as it shadows CPython's.
     */
    static final Set<String> BUILTIN_NAMES = Set.of("sys", "builtins", "itertools", "time", "errno", "gc", "marshal",
            "atexit", "posix", "pwd", "faulthandler", "_io", "_abc", "_codecs", "_collections", "_functools", "_operator",
            "_signal", "_sre", "_stat", "_string", "_thread", "_warnings", "_weakref", "_imp");

    private static Object findAndLoadUnlocked(String name) {
        String parent = ModuleSpecs.parentOf(name);
        List<Path> path = new ArrayList<>();
        Object parentModule = null;
        if (!parent.isEmpty()) {
            if (modules().get(parent) == null) gcdImport(parent, null, 0);
            Object again = modules().get(name);
            if (again != null) return again;
            parentModule = modules().get(parent);
            PyModule nat = ModuleRegistry.load(name); // a native submodule (os.path)
            if (nat != null) return bind(name, nat, parent);
            Object p = Ops.getattrOrNull(parentModule, new PyStr("__path__"));
            if (p == null) {
                throw notFound("No module named " + Ops.repr(new PyStr(name)) + "; " + Ops.repr(new PyStr(parent)) + " is not a package", name);
            }
            for (Object e : Ops.toList(p)) if (e instanceof PyStr s) path.add(absolute(s.s));
        } else {
            if (BUILTIN_NAMES.contains(name)) {
                PyModule nat = ModuleRegistry.load(name);
                if (nat != null) return bind(name, nat, parent);
            }
            for (Object e : VmState.get().path.items) if (e instanceof PyStr s) path.add(absolute(s.s));
        }
        String child = name.substring(name.lastIndexOf('.') + 1);
        Object parentSpec = parentModule == null ? null : Ops.getattrOrNull(parentModule, new PyStr("__spec__"));
        var uninit = parentSpec instanceof PyInstance ps ? ps.dict.get("_uninitialized_submodules") : null;
        if (uninit instanceof PyList l) l.items.add(new PyStr(child));
        Object module;
        try {
            module = DiskModules.load(name, path);
        } finally {
            if (uninit instanceof PyList l && !l.items.isEmpty()) l.items.remove(l.items.size() - 1);
        }
        if (module == null && parent.isEmpty()) {
            PyModule nat = ModuleRegistry.load(name); // jpy's own modules, after sys.path
            if (nat != null) return bind(name, nat, parent);
        }
        if (module == null) throw notFound("No module named " + Ops.repr(new PyStr(name)), name);
        if (parentModule != null) {
            Object pm = modules().get(parent);
            if (pm != null) Ops.setattr(pm, new PyStr(child), module);
        }
        return module;
    }

    /** A path entry made absolute, as importlib's FileFinder does ('' is the working directory). */
    static Path absolute(String entry) {
        return RunConfig.current().cwd().resolve(entry);
    }

    /** A native module into sys.modules and, for a submodule, onto its parent. */
    private static Object bind(String name, PyModule m, String parent) {
        modules().put(name, m);
        Object pm = parent.isEmpty() ? null : modules().get(parent);
        if (pm != null) Ops.setattr(pm, new PyStr(name.substring(parent.length() + 1)), m);
        return m;
    }

    /** {@code _handle_fromlist}: imports the submodules a {@code from package import x} names. */
    static void handleFromlist(Object module, Object fromlist, boolean recursive) {
        String modName = Ops.str(Ops.getattr(module, new PyStr("__name__")));
        for (Object x : Ops.toList(fromlist)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? modName + ".__all__" : "``from list''";
                throw Errors.type("Item in " + where + " must be str, not " + Errors.typeName(x));
            }
            if (s.s.equals("*")) {
                Object all = recursive ? null : Ops.getattrOrNull(module, new PyStr("__all__"));
                if (all != null) handleFromlist(module, all, true);
            } else if (Ops.getattrOrNull(module, s) == null) {
                String from = modName + "." + s.s;
                try {
                    gcdImport(from, null, 0);
                } catch (PyRaise e) {
                    if (e.exc.type() == Types.MODULE_NOT_FOUND_ERROR && new PyStr(from).equals(e.exc.dict.get("name"))
                            && modules().get(from) != PyNone.NONE) continue;
                    throw e;
                }
            }
        }
    }

    /** ModuleNotFoundError(msg, name=name). */
    static PyRaise notFound(String msg, String name) {
        PyBaseException e = new PyBaseException(Types.MODULE_NOT_FOUND_ERROR, PyTuple.of(new PyStr(msg)));
        e.dict.put("name", new PyStr(name));
        e.dict.put("msg", new PyStr(msg));
        e.dict.put("path", PyNone.NONE);
        return e.raise();
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public static Object dunderImport(Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        Object name = npos > 0 ? a[0] : Args.kw(a, k, "name");
        Object globals = npos > 1 ? a[1] : Args.kw(a, k, "globals");
        Object fromlist = npos > 3 ? a[3] : Args.kw(a, k, "fromlist");
        Object level = npos > 4 ? a[4] : Args.kw(a, k, "level");
        if (name == null) throw Errors.type("__import__() missing required argument 'name' (pos 1)");
        if (!(name instanceof PyStr s)) throw Errors.type("module name must be a string");
        int lv = level == null ? 0 : (int) Ops.index(level);
        if (lv < 0) throw Errors.value("level must be >= 0");
        if (s.s.isEmpty() && lv == 0) throw Errors.value("Empty module name");
        return importModule(s.s, globals instanceof PyDict d ? d : null, fromlist, lv);
    }
}
