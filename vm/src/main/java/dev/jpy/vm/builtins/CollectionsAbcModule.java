package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** collections.abc: the abstract base classes, written in Python (lib/collections_abc.py). */
final class CollectionsAbcModule implements NativeModule {
    @Override public String name() { return "collections.abc"; }

    @Override public void init(PyDict d) { PySource.run("collections_abc", d); }
}
