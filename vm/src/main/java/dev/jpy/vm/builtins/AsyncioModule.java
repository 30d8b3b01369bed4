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

/**
 * A minimal {@code asyncio}: an event loop with a virtual clock, Future/Task, run, sleep, gather, create_task,
 * Queue, Event, Lock, timeout, wait_for and TaskGroup. Its body is Python (the resource asyncio_mini.py, compiled
 * by jpy's compiler on first import), since it drives coroutines exactly as Python code would.
 */
final class AsyncioModule implements NativeModule {
    private static final String SOURCE = "asyncio_mini.py";

    @Override public String name() { return "asyncio"; }

    @Override public void init(PyDict d) {
        String src;
        try (InputStream in = AsyncioModule.class.getResourceAsStream(SOURCE)) {
            if (in == null) throw Errors.raise(Types.IMPORT_ERROR, "jpy's asyncio source is missing");
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw Errors.raise(Types.IMPORT_ERROR, "cannot read jpy's asyncio source: " + e.getMessage());
        }
        d.put("__file__", new PyStr("<jpy>/" + SOURCE));
        d.put("__builtins__", VmState.get().builtins);
        Interpreter.runModule(new CodeLoader().load(Compiler.compile(src, "<jpy>/" + SOURCE, 0)), d);
    }
}
