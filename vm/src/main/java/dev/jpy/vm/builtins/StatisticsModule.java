package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;

/** The statistics module: mean, median, mode, variance, stdev and friends, written in Python (lib/statistics.py). */
final class StatisticsModule implements NativeModule {
    @Override public String name() { return "statistics"; }

    @Override public void init(PyDict d) {
        PySource.run("statistics", d);
        PySource.run("statistics_normal", d);
    }
}
