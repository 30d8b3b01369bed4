package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code pprint}: PrettyPrinter, pprint, pformat, pp, saferepr, isreadable, isrecursive; its body is Python (lib/pprint.py). */
final class PprintModule implements NativeModule {
    @Override public String name() { return "pprint"; }

    @Override public void init(PyDict d) { PySource.run("pprint", d); }
}
