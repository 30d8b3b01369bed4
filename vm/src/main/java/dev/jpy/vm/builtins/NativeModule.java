package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** A module written in Java: adding one is one class implementing this, listed in {@link ModuleRegistry}. */
public interface NativeModule {
    String name();

    /** Fills the module's globals. */
    void init(PyDict globals);
}
