package dev.jpy.vm.builtins;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycFormatException;
import dev.jpy.marshal.pyc.SourceHash;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.PyDict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Python half of a native module: a source under resources dev/jpy/vm/lib, loaded once per JVM (precompiled or compiled by jpy) and run in the module's globals. */
final class PySource {
    private PySource() {}

    private static final Map<String, PyCode> COMPILED = new ConcurrentHashMap<>();

    /** Runs lib/NAME.py in globals (which already hold the module's Java-made names). */
    static void run(String name, PyDict globals) {
        PyCode code = COMPILED.computeIfAbsent(name, PySource::compile);
        globals.put("__builtins__", VmState.get().builtins);
        Interpreter.runModule(new CodeLoader().load(code), globals);
    }

    /** The code of lib/NAME.py: from lib/NAME.pyc (vm/tools/compile_lib.py) while its source hash matches, else compiled. */
    static PyCode compile(String name) {
        byte[] source = resource(name + ".py");
        if (source == null) throw new IllegalStateException("missing resource lib/" + name + ".py");
        PyCode cached = fresh(resource(name + ".pyc"), source);
        return cached != null ? cached : Compiler.compile(new String(source, StandardCharsets.UTF_8), "<jpy " + name + ">", 0);
    }

    /** The code of a checked-hash .pyc whose hash is the source's, else null. */
    static PyCode fresh(byte[] pyc, byte[] source) {
        if (pyc == null) return null;
        try {
            PycFile f = PycFile.parse(pyc);
            if (!f.header().isHashBased() || !Arrays.equals(f.header().sourceHash(), SourceHash.of(source))) return null;
            return f.code() instanceof PyCode c ? c : null;
        } catch (PycFormatException e) {
            return null;
        }
    }

    static byte[] resource(String file) {
        try (InputStream in = PySource.class.getResourceAsStream("/dev/jpy/vm/lib/" + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
