package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The abc module: ABCMeta, ABC and abstractmethod, written in Python (lib/abc.py). */
final class AbcModule implements NativeModule {
    @Override public String name() { return "abc"; }

    @Override public void init(PyDict d) { PySource.run("abc", d); }
}
