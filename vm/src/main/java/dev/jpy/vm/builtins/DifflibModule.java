package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code difflib}: SequenceMatcher, get_close_matches, unified_diff and context_diff; its body is Python (lib/difflib.py). */
final class DifflibModule implements NativeModule {
    @Override public String name() { return "difflib"; }

    @Override public void init(PyDict d) { PySource.run("difflib", d); }
}
