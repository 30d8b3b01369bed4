package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The decimal module: Decimal with the default context (28 digits, ROUND_HALF_EVEN), written in Python (lib/decimal_base.py, then lib/decimal.py). */
final class DecimalModule implements NativeModule {
    @Override public String name() { return "decimal"; }

    @Override public void init(PyDict d) {
        PySource.run("decimal_base", d);
        PySource.run("decimal", d);
    }
}
