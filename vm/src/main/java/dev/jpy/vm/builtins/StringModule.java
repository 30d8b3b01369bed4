package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The string module: constants, capwords and Template, written in Python (lib/string.py). */
final class StringModule implements NativeModule {
    @Override public String name() { return "string"; }

    @Override public void init(PyDict d) { PySource.run("string", d); }
}
