package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code logging.config}: dictConfig and its DictConfigurator, written in Python (lib/logging_sub_config.py). */
final class LoggingConfigModule implements NativeModule {
    @Override public String name() { return "logging.config"; }

    @Override public void init(PyDict d) { PySource.run("logging_sub_config", d); }
}
