package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code logging.handlers}: rotating, buffering, memory and queue handlers, written in Python (lib/logging_sub_handlers.py). */
final class LoggingHandlersModule implements NativeModule {
    @Override public String name() { return "logging.handlers"; }

    @Override public void init(PyDict d) { PySource.run("logging_sub_handlers", d); }
}
