package dev.jpy.vm.interp;

import dev.jpy.vm.builtins.ModuleRegistry;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;

/** IMPORT_NAME and IMPORT_FROM over the native module registry (importing .py modules from disk comes later). */
final class Imports {
    private Imports() {}

    static Object importName(Frame f, String name, Object fromlist, Object level) {
        int dot = name.indexOf('.');
        if (dot > 0 && ModuleRegistry.load(name) != null) return importDotted(name, fromlist);
        PyModule m = ModuleRegistry.load(name);
        if (m == null) m = dev.jpy.vm.run.DiskModules.importModule(name); // the program's own modules, cached as importlib does
        if (m == null) {
            dev.jpy.vm.object.PyBaseException e = new dev.jpy.vm.object.PyBaseException(Types.MODULE_NOT_FOUND_ERROR,
                    dev.jpy.vm.object.PyTuple.of(new PyStr("No module named '" + name + "'")));
            throw e.raise();
        }
        return m;
    }

    /** A native submodule (os.path, collections.abc): binds it in its parent; the top module unless there is a fromlist. */
    private static Object importDotted(String name, Object fromlist) {
        PyModule leaf = ModuleRegistry.load(name), top = null, parent = null;
        int at = 0;
        while (true) {
            int dot = name.indexOf('.', at);
            PyModule m = ModuleRegistry.load(dot < 0 ? name : name.substring(0, dot));
            if (m == null) break;
            if (parent != null) parent.dict.put(name.substring(name.lastIndexOf('.', (dot < 0 ? name.length() : dot) - 1) + 1, dot < 0 ? name.length() : dot), m);
            if (top == null) top = m;
            parent = m;
            if (dot < 0) break;
            at = dot + 1;
        }
        boolean wantsLeaf = fromlist instanceof dev.jpy.vm.object.PyTuple t && t.items.length > 0;
        return wantsLeaf || top == null ? leaf : top;
    }

    static Object importFrom(Object module, String name) {
        Object v = Ops.getattrOrNull(module, new PyStr(name));
        if (v == null) {
            String mod = module instanceof PyModule m ? m.name : "?";
            throw Errors.raise(Types.IMPORT_ERROR, "cannot import name '" + name + "' from '" + mod + "' (unknown location)");
        }
        return v;
    }
}
