package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** {@code csv}: reader, writer, dialects, DictReader and DictWriter; its body is Python (lib/csv.py). */
final class CsvModule implements NativeModule {
    @Override public String name() { return "csv"; }

    @Override public void init(PyDict d) { PySource.run("csv", d); }
}
