package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code keyword}: Python's keywords and soft keywords (kwlist, softkwlist, iskeyword, issoftkeyword); its body is Python (lib/keyword.py). */
final class KeywordModule implements NativeModule {
    @Override public String name() { return "keyword"; }

    @Override public void init(PyDict d) { PySource.run("keyword", d); }
}
