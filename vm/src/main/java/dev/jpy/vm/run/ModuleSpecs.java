package dev.jpy.vm.run;

import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.TypeCall;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The importlib objects a module carries: {@code __spec__} (a {@code ModuleSpec} with importlib's attributes and
 * repr) and {@code __loader__} (a {@code SourceFileLoader} or {@code SourcelessFileLoader}), as plain instances of
 * types named as CPython names them.
 */
public final class ModuleSpecs {
    private ModuleSpecs() {}

    static final PyType MODULE_SPEC = type("ModuleSpec", "_frozen_importlib");
    static final PyType SOURCE_LOADER = type("SourceFileLoader", "_frozen_importlib_external");
    static final PyType SOURCELESS_LOADER = type("SourcelessFileLoader", "_frozen_importlib_external");
    static final PyType NAMESPACE_LOADER = type("NamespaceLoader", "_frozen_importlib_external");
    /** The loader of built-in modules (the class itself is the loader, as in importlib). */
    public static final PyType BUILTIN_IMPORTER = type("BuiltinImporter", "_frozen_importlib");

    static {
        MODULE_SPEC.put("__repr__", new PyBuiltin("__repr__", true, (a, k) -> new PyStr(specRepr((PyInstance) a[0]))));
    }

    private static PyType type(String name, String module) {
        PyDict ns = new PyDict();
        ns.put("__module__", new PyStr(module));
        ns.put("__qualname__", new PyStr(name));
        PyType t = TypeCall.newClass(Types.TYPE, name, new PyType[0], ns);
        t.module = module;
        return t;
    }

    /** A loader object for a module file. */
    static PyInstance loader(String name, String path, boolean sourceless) {
        PyInstance l = new PyInstance(sourceless ? SOURCELESS_LOADER : SOURCE_LOADER);
        l.dict.put("name", new PyStr(name));
        l.dict.put("path", new PyStr(path));
        return l;
    }

    /** The spec of a built-in module: the BuiltinImporter as loader, origin 'built-in', no location. */
    public static PyInstance builtinSpec(String name) {
        PyInstance s = spec(name, BUILTIN_IMPORTER, "built-in", null, null);
        s.dict.put("_set_fileattr", PyBool.FALSE);
        s.dict.put("has_location", PyBool.FALSE);
        return s;
    }

    /** The loader of a namespace package. */
    static PyInstance namespaceLoader(String name, List<Object> portions) {
        PyInstance l = new PyInstance(NAMESPACE_LOADER);
        l.dict.put("_path", new PyList(portions));
        return l;
    }

    /** The spec of a namespace package: no origin, its portions as search locations. */
    static PyInstance namespaceSpec(String name, Object loader, PyList portions) {
        PyInstance s = spec(name, loader, null, null, null);
        s.dict.put("submodule_search_locations", portions);
        s.dict.put("parent", new PyStr(name));
        return s;
    }

    /** A ModuleSpec: {@code packageDir} non-null for a package; {@code cached} null when there is none. */
    static PyInstance spec(String name, Object loader, String origin, String packageDir, String cached) {
        PyInstance s = new PyInstance(MODULE_SPEC);
        PyDict d = s.dict;
        d.put("name", new PyStr(name));
        d.put("loader", loader);
        d.put("origin", origin == null ? PyNone.NONE : new PyStr(origin));
        d.put("loader_state", PyNone.NONE);
        d.put("submodule_search_locations", packageDir == null ? PyNone.NONE : new PyList(List.of(new PyStr(packageDir))));
        d.put("_uninitialized_submodules", new PyList());
        d.put("_set_fileattr", PyBool.of(origin != null));
        d.put("_cached", cached == null ? PyNone.NONE : new PyStr(cached));
        d.put("cached", cached == null ? PyNone.NONE : new PyStr(cached));
        d.put("parent", new PyStr(packageDir != null ? name : parentOf(name)));
        d.put("has_location", PyBool.of(origin != null));
        return s;
    }

    /** {@code name.rpartition('.')[0]}. */
    static String parentOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** Marks a spec as running its module's body (or done); {@code spec._initializing} as importlib sets it. */
    static void setInitializing(Object spec, boolean on) {
        if (spec instanceof PyInstance s && s.type() == MODULE_SPEC) s.dict.put("_initializing", PyBool.of(on));
    }

    /** Whether a module object's {@code __spec__._initializing} is true. */
    public static boolean initializing(Object module) {
        Object spec = module instanceof dev.jpy.vm.object.PyModule m ? m.dict.get("__spec__") : null;
        if (!(spec instanceof PyInstance s)) return false;
        Object v = s.dict.get("_initializing");
        return v != null && Ops.truthy(v);
    }

    private static String specRepr(PyInstance s) {
        PyDict d = s.dict;
        List<String> parts = new ArrayList<>();
        parts.add("name=" + Repr.repr(d.get("name")));
        parts.add("loader=" + Repr.repr(d.get("loader")));
        if (d.get("origin") != PyNone.NONE) parts.add("origin=" + Repr.repr(d.get("origin")));
        Object locs = d.get("submodule_search_locations");
        if (locs != null && locs != PyNone.NONE) parts.add("submodule_search_locations=" + Repr.repr(locs));
        return "ModuleSpec(" + String.join(", ", parts) + ")";
    }
}
