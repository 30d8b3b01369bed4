package dev.jpy.vm.builtins;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Runs a module body written in Python and bundled as a resource next to this class, compiled by jpy's compiler. */
final class BundledPython {
    private BundledPython() {}

    /** Compiles the resource and runs it with {@code d} as the module's globals. */
    static void run(String resource, String module, PyDict d) {
        String src;
        try (InputStream in = BundledPython.class.getResourceAsStream(resource)) {
            if (in == null) throw Errors.raise(Types.IMPORT_ERROR, "jpy's " + module + " source is missing");
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.raise(Types.IMPORT_ERROR, "cannot read jpy's " + module + " source: " + e.getMessage());
        }
        d.put("__file__", new PyStr("<jpy>/" + resource));
        d.put("__builtins__", VmState.get().builtins);
        Interpreter.runModule(new CodeLoader().load(Compiler.compile(src, "<jpy>/" + resource, 0)), d);
    }
}
