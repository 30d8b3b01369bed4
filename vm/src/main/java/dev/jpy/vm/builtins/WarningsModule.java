package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The warnings module: warn, filters and catch_warnings, written in Python (lib/warnings.py). */
final class WarningsModule implements NativeModule {
    @Override public String name() { return "warnings"; }

    @Override public void init(PyDict d) { PySource.run("warnings", d); }
}
