package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;

/**
 * {@code gc}, as far as the JVM allows: collect() asks for a full collection and then runs the callbacks of weak
 * references whose objects it freed (it answers 0: the JVM does not count what it frees); enable/disable/isenabled
 * keep a flag the JVM's collector ignores.
 */
final class GcModule implements NativeModule {
    @Override public String name() { return "gc"; }

    @Override public void init(PyDict d) {
        boolean[] enabled = {true};
        Args.def(d, "collect", (a, k) -> {
            System.gc();
            if (VmState.get().modules.get("weakref") instanceof PyModule m) Ops.call(Ops.getattr(m, new PyStr("_poll")), PyBool.TRUE);
            return PyInt.of(0);
        });
        Args.def(d, "enable", (a, k) -> { enabled[0] = true; return PyNone.NONE; });
        Args.def(d, "disable", (a, k) -> { enabled[0] = false; return PyNone.NONE; });
        Args.def(d, "isenabled", (a, k) -> enabled[0] ? PyBool.TRUE : PyBool.FALSE);
        Args.def(d, "get_threshold", (a, k) -> PyTuple.of(PyInt.of(2000), PyInt.of(10), PyInt.of(10)));
    }
}
