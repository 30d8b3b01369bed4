package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code queue}: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full, ShutDown for one thread; its body is Python (lib/queue.py). */
final class QueueModule implements NativeModule {
    @Override public String name() { return "queue"; }

    @Override public void init(PyDict d) { PySource.run("queue", d); }
}
