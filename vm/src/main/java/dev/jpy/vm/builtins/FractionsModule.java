package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The fractions module: Fraction, written in Python (lib/fractions.py). */
final class FractionsModule implements NativeModule {
    @Override public String name() { return "fractions"; }

    @Override public void init(PyDict d) { PySource.run("fractions", d); }
}
