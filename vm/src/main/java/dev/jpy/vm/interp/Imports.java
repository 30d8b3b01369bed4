package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import dev.jpy.vm.run.ImportSystem;
import dev.jpy.vm.run.ModuleSpecs;

/** IMPORT_NAME, IMPORT_FROM and {@code from m import *} over {@link ImportSystem}, with CPython's messages. */
final class Imports {
    private Imports() {}

    /** IMPORT_NAME: {@code __import__(name, globals, locals, fromlist, level)}, through a replaced builtin too. */
    static Object importName(Frame f, String name, Object level, Object fromlist) {
        Object imp = f.builtins.get("__import__");
        if (imp != null && !(imp instanceof dev.jpy.vm.object.PyBuiltin b && b.name.equals("__import__"))) {
            return Ops.call(imp, new PyStr(name), f.globals, f.locals == null ? PyNone.NONE : f.locals, fromlist, level);
        }
        return ImportSystem.importModule(name, f.globals, fromlist, (int) Ops.index(level));
    }

    /** IMPORT_FROM: the attribute, else the submodule in sys.modules, else ImportError as ceval's import_from. */
    static Object importFrom(Object module, String name) {
        PyStr key = new PyStr(name);
        Object v;
        try {
            v = Ops.getattrOrNull(module, key);
            if (v == null && module instanceof PyModule m && m.dict.get("__getattr__") != null) v = Ops.getattr(module, key);
        } catch (PyRaise e) {
            if (!e.exc.type().isSubtype(Types.ATTRIBUTE_ERROR)) throw e;
            v = null;
        }
        if (v != null) return v;
        Object pkgName = module instanceof PyModule m ? m.dict.get("__name__") : Ops.getattrOrNull(module, new PyStr("__name__"));
        if (pkgName instanceof PyStr pn) {
            Object sub = VmState.get().modules.get(pn.s + "." + name);
            if (sub != null) return sub;
        }
        String mod = pkgName instanceof PyStr pn ? Ops.repr(pn) : "'<unknown module name>'";
        Object file = module instanceof PyModule m ? m.dict.get("__file__") : null;
        String where = file instanceof PyStr fs ? fs.s : "unknown location";
        String msg = ModuleSpecs.initializing(module)
                ? "cannot import name " + Ops.repr(key) + " from partially initialized module " + mod + " (most likely due to a circular import) (" + where + ")"
                : "cannot import name " + Ops.repr(key) + " from " + mod + " (" + where + ")";
        PyBaseException e = new PyBaseException(Types.IMPORT_ERROR, PyTuple.of(new PyStr(msg)));
        e.dict.put("name", pkgName instanceof PyStr ? pkgName : PyNone.NONE);
        e.dict.put("name_from", key);
        e.dict.put("msg", new PyStr(msg));
        e.dict.put("path", file instanceof PyStr ? file : PyNone.NONE);
        e.attrObj = module; // "Did you mean" searches dir(module), as traceback does for ImportError.name_from
        e.attrName = name;
        throw e.raise();
    }

    /** CALL_INTRINSIC_1 INTRINSIC_IMPORT_STAR: binds the public names (or {@code __all__}) in the frame's locals. */
    static Object importStar(Frame f, Object module) {
        PyDict locals = f.locals;
        if (locals == null) throw Errors.raise(Types.SYSTEM_ERROR, "no locals found during 'import *'");
        Object all = Ops.getattrOrNull(module, new PyStr("__all__"));
        boolean skipUnderscore = all == null;
        if (all == null) {
            Object dict = module instanceof PyModule m ? m.dict : Ops.getattrOrNull(module, new PyStr("__dict__"));
            if (dict == null) throw Errors.raise(Types.IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__");
            all = new dev.jpy.vm.object.PyList(new java.util.ArrayList<>(((PyDict) dict).map.keySet()));
        }
        for (Object n : Ops.toList(all)) {
            if (!(n instanceof PyStr s)) {
                String modName = module instanceof PyModule m ? m.name : "?";
                throw Errors.type((skipUnderscore ? "Key in " + modName + ".__dict__" : "Item in " + modName + ".__all__")
                        + " must be str, not " + Errors.typeName(n));
            }
            if (skipUnderscore && s.s.startsWith("_")) continue;
            locals.map.put(s, Ops.getattr(module, s));
        }
        return PyNone.NONE;
    }
}
