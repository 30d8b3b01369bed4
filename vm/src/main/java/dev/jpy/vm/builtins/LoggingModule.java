package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;

/** {@code logging}: levels, records, formatters, filters, handlers and the logger hierarchy, written in Python (lib/logging*.py). */
final class LoggingModule implements NativeModule {
    @Override public String name() { return "logging"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_thread_ident", (a, k) -> PyInt.of(Thread.currentThread().threadId()));
        PySource.run("logging", d);
        PySource.run("logging_handlers", d);
        PySource.run("logging_loggers", d);
    }
}
