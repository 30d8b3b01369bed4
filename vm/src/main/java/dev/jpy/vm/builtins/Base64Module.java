package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code base64}: the RFC 4648 Base64 and Base16 encodings; its body is Python (lib/base64.py). */
final class Base64Module implements NativeModule {
    @Override public String name() { return "base64"; }

    @Override public void init(PyDict d) { PySource.run("base64", d); }
}
