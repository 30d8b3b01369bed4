package dev.jpy.vm.builtins;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;

/** The dataclasses module, written in Python (lib/dataclasses.py), with _exec: jpy's compiler running the methods it generates. */
final class DataclassesModule implements NativeModule {
    @Override public String name() { return "dataclasses"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_exec", (a, k) -> {
            PyDict ns = (PyDict) a[1];
            ns.put("__builtins__", VmState.get().builtins);
            Interpreter.runModule(new CodeLoader().load(Compiler.compile(((PyStr) a[0]).s, "<string>", 0)), ns);
            return PyNone.NONE;
        });
        PySource.run("dataclasses", d);
    }
}
