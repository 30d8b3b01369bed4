package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.run.ModuleSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The import attributes of jpy's native modules, which are built in: {@code __doc__} (CPython 3.13's docstring of the
 * module, recorded by vm/tools/record_module_docs.py into docs/NAME.txt), {@code __loader__} (BuiltinImporter),
 * {@code __spec__} (a ModuleSpec with origin 'built-in') and {@code __package__}; no {@code __file__}, as CPython's
 * built-in modules have none.
 */
public final class ModuleDunders {
    private ModuleDunders() {}

    /** The native modules that are packages in CPython (their {@code __package__} is their own name). */
    private static final Set<String> PACKAGES = Set.of("asyncio", "collections", "importlib", "json", "logging", "re");
    private static final Map<String, Object> DOCS = new ConcurrentHashMap<>();

    /** Sets the attributes on module {@code name}'s dict (the docstring always; the others unless the module set them). */
    public static void fill(String name, PyDict d) {
        d.put("__doc__", doc(name));
        String pkg = PACKAGES.contains(name) ? name : name.contains(".") && !name.equals("os.path") ? name.substring(0, name.lastIndexOf('.')) : "";
        if (d.get("__package__") == null) d.put("__package__", new PyStr(pkg));
        if (d.get("__loader__") == null) d.put("__loader__", ModuleSpecs.BUILTIN_IMPORTER);
        if (d.get("__spec__") == null) d.put("__spec__", ModuleSpecs.builtinSpec(name));
        if (PACKAGES.contains(name) && d.get("__path__") == null) { // a package whose submodules are all native too
            dev.jpy.vm.object.PyList path = new dev.jpy.vm.object.PyList();
            d.put("__path__", path);
            if (d.get("__spec__") instanceof dev.jpy.vm.object.PyInstance spec) {
                spec.dict.put("submodule_search_locations", path);
                spec.dict.put("parent", new PyStr(name));
            }
        }
    }

    /** CPython's docstring of module {@code name}, or None. */
    static Object doc(String name) {
        return DOCS.computeIfAbsent(name, n -> {
            try (InputStream in = ModuleDunders.class.getResourceAsStream("docs/" + n + ".txt")) {
                return in == null ? PyNone.NONE : new PyStr(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return PyNone.NONE;
            }
        });
    }
}
