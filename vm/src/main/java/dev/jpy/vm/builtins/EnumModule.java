package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code enum}: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique; its body is Python (lib/enum.py). */
final class EnumModule implements NativeModule {
    @Override public String name() { return "enum"; }

    @Override public void init(PyDict d) { PySource.run("enum", d); }
}
