package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code binascii}: base64 and hex conversions and crc32; its body is Python (lib/binascii.py). */
final class BinasciiModule implements NativeModule {
    @Override public String name() { return "binascii"; }

    @Override public void init(PyDict d) { PySource.run("binascii", d); }
}
