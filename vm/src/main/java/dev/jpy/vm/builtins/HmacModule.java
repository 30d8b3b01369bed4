package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code hmac}: RFC 2104 keyed hashing over hashlib; its body is Python (lib/hmac.py). */
final class HmacModule implements NativeModule {
    @Override public String name() { return "hmac"; }

    @Override public void init(PyDict d) { PySource.run("hmac", d); }
}
