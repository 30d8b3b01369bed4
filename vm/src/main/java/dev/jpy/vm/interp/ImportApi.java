package dev.jpy.vm.interp;

import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;

/** Imports for modules written in Java (importlib.import_module): the same path as the IMPORT_NAME instruction. */
public final class ImportApi {
    private ImportApi() {}

    /** The module named by the absolute dotted name (the leaf module, not the top package). */
    public static Object importModule(String name) {
        Object top = Imports.importName(VmState.get().top, name, PyNone.NONE, PyInt.of(0));
        Object m = top;
        String[] parts = name.split("\\.");
        for (int i = 1; i < parts.length; i++) m = Ops.getattr(m, new PyStr(parts[i]));
        return m;
    }
}
