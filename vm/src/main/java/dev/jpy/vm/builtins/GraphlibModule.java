package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code graphlib}: TopologicalSorter and CycleError; its body is Python (lib/graphlib.py). */
final class GraphlibModule implements NativeModule {
    @Override public String name() { return "graphlib"; }

    @Override public void init(PyDict d) { PySource.run("graphlib", d); }
}
