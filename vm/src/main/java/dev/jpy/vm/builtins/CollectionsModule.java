package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The collections module: deque, defaultdict, Counter, OrderedDict, ChainMap, namedtuple, UserDict and UserList, written in Python (lib/collections*.py). */
final class CollectionsModule implements NativeModule {
    @Override public String name() { return "collections"; }

    @Override public void init(PyDict d) {
        CollectionsNative.countElements(d);
        PySource.run("collections", d);
        PySource.run("collections_seq", d);
        d.put("_abc", ModuleRegistry.load("collections.abc")); // not `import collections.abc`: collections is not ready yet
        PySource.run("collections_user", d);
        CollectionsNative.install(d);
    }
}
