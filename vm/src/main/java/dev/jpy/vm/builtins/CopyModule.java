package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The copy module: copy and deepcopy, written in Python (lib/copy.py). */
final class CopyModule implements NativeModule {
    @Override public String name() { return "copy"; }

    @Override public void init(PyDict d) { PySource.run("copy", d); }
}
