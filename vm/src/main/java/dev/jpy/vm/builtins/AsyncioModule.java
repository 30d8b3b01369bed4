package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/**
 * A minimal {@code asyncio}: an event loop with a virtual clock, Future/Task, run, sleep, gather, create_task,
 * Queue, Event, Lock, timeout, wait_for and TaskGroup. Its body is Python (the resource asyncio_mini.py, compiled
 * by jpy's compiler on first import), since it drives coroutines exactly as Python code would.
 */
final class AsyncioModule implements NativeModule {
    @Override public String name() { return "asyncio"; }

    @Override public void init(PyDict d) { BundledPython.run("asyncio_mini.py", "asyncio", d); }
}
