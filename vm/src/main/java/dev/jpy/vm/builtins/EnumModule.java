package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code enum}: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique; its body is Python (the resource enum_mini.py). */
final class EnumModule implements NativeModule {
    @Override public String name() { return "enum"; }

    @Override public void init(PyDict d) { BundledPython.run("enum_mini.py", "enum", d); }
}
