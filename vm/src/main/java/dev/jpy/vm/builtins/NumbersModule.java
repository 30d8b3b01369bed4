package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code numbers}: the PEP 3141 numeric tower (Number, Complex, Real, Rational, Integral); its body is Python (lib/numbers.py). */
final class NumbersModule implements NativeModule {
    @Override public String name() { return "numbers"; }

    @Override public void init(PyDict d) { PySource.run("numbers", d); }
}
