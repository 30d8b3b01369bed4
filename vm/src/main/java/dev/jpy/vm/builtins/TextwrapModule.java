package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code textwrap}: TextWrapper, wrap, fill, shorten, dedent, indent; its body is Python (lib/textwrap.py). */
final class TextwrapModule implements NativeModule {
    @Override public String name() { return "textwrap"; }

    @Override public void init(PyDict d) { PySource.run("textwrap", d); }
}
