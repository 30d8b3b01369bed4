package dev.jpy.vm.builtins;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.PyDict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Python half of a native module: a source under resources dev/jpy/vm/lib, compiled once per JVM by jpy's compiler and run in the module's globals. */
final class PySource {
    private PySource() {}

    private static final Map<String, PyCode> COMPILED = new ConcurrentHashMap<>();

    /** Runs lib/NAME.py in globals (which already hold the module's Java-made names). */
    static void run(String name, PyDict globals) {
        PyCode code = COMPILED.computeIfAbsent(name, PySource::compile);
        globals.put("__builtins__", VmState.get().builtins);
        Interpreter.runModule(new CodeLoader().load(code), globals);
    }

    private static PyCode compile(String name) {
        String path = "/dev/jpy/vm/lib/" + name + ".py";
        try (InputStream in = PySource.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return Compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<jpy " + name + ">", 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
