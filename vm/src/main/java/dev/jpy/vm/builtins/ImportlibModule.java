package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.ImportApi;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;

/** {@code importlib}: import_module(name, package=None), with relative names resolved against the package. */
final class ImportlibModule implements NativeModule {
    @Override public String name() { return "importlib"; }

    @Override public void init(PyDict d) {
        Args.def(d, "import_module", (a, k) -> {
            Args.onlyKeywords("import_module", k, "package");
            int npos = Args.npos(a, k);
            if (npos < 1 || npos > 2) throw Errors.type("import_module() takes from 1 to 2 positional arguments but " + npos + " were given");
            Object pkg = npos > 1 ? a[1] : Args.kw(a, k, "package");
            return ImportApi.importModule(resolve(Args.str(a[0], "import_module() argument 'name'").s, pkg == PyNone.NONE ? null : pkg));
        });
        Args.def(d, "invalidate_caches", (a, k) -> PyNone.NONE);
    }

    /** importlib.util.resolve_name: '..x' against package 'a.b.c' is 'a.b.x'. */
    static String resolve(String name, Object pkg) {
        if (!name.startsWith(".")) return name;
        if (!(pkg instanceof PyStr p)) {
            throw Errors.type("the 'package' argument is required to perform a relative import for " + dev.jpy.vm.object.Repr.repr(new PyStr(name)));
        }
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') level++;
        String base = p.s;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.raise(dev.jpy.vm.object.Types.IMPORT_ERROR, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        String rest = name.substring(level);
        return rest.isEmpty() ? base : base + "." + rest;
    }
}
