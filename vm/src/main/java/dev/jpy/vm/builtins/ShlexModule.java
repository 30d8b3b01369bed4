package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code shlex}: split (POSIX rules), quote and join; its body is Python (lib/shlex.py). */
final class ShlexModule implements NativeModule {
    @Override public String name() { return "shlex"; }

    @Override public void init(PyDict d) { PySource.run("shlex", d); }
}
