package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyStr;

/**
 * A minimal {@code asyncio}: an event loop with a virtual clock, Future/Task, run, sleep, gather, create_task,
 * Queue, Event, Lock, timeout, wait_for, TaskGroup, Semaphore, Condition, wait and as_completed. Its body is Python (lib/asyncio_mini.py and asyncio_more.py, shipped precompiled
 * and run through {@link PySource}), since it drives coroutines exactly as Python code would.
 */
final class AsyncioModule implements NativeModule {
    @Override public String name() { return "asyncio"; }

    @Override public void init(PyDict d) {
        d.put("__file__", new PyStr("<jpy asyncio_mini>"));
        PySource.run("asyncio_mini", d);
        PySource.run("asyncio_more", d);
    }
}
