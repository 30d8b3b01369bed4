package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.run.ImportSystem;

/** The importlib module: {@code import_module} and {@code reload} over jpy's import system, {@code invalidate_caches}. */
final class ImportlibModule implements NativeModule {
    @Override public String name() { return "importlib"; }

    @Override public void init(PyDict d) {
        Args.def(d, "import_module", (a, k) -> {
            int npos = Args.npos(a, k);
            Object name = npos > 0 ? a[0] : Args.kw(a, k, "name");
            Object pkg = npos > 1 ? a[1] : Args.kw(a, k, "package");
            if (!(name instanceof PyStr s)) throw Errors.type("module name must be str, not " + (name == null ? "NoneType" : Errors.typeName(name)));
            int level = 0;
            while (level < s.s.length() && s.s.charAt(level) == '.') level++;
            String p = pkg == null || pkg == PyNone.NONE ? null : Ops.str(pkg);
            if (level > 0 && (p == null || p.isEmpty())) {
                throw Errors.type("the 'package' argument is required to perform a relative import for " + Ops.repr(s));
            }
            return ImportSystem.gcdImport(s.s.substring(level), p, level);
        });
        Args.def(d, "invalidate_caches", (a, k) -> PyNone.NONE);
        Args.def(d, "reload", (a, k) -> {
            Args.count("reload", a, k, 1, 1);
            if (!(a[0] instanceof dev.jpy.vm.object.PyModule m)) throw Errors.type("reload() argument must be a module");
            return dev.jpy.vm.run.DiskModules.reload(m);
        });
    }
}
