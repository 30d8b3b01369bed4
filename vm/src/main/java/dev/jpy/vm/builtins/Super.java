package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.Frame;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PySuper;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** {@code super()} and {@code super(cls, obj)} called as functions. */
final class Super {
    private Super() {}

    static Object create(Object[] a, PyTuple k) {
        if (a.length == 2) return new PySuper((PyType) a[0], a[1]);
        Frame f = VmState.get().top;
        if (f == null || f.code.code.argCount() == 0) throw Errors.raise(Types.RUNTIME_ERROR, "super(): no arguments");
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            if (f.code.code.localName(i).equals("__class__") && f.s[i] instanceof PyCell c && c.value instanceof PyType t) {
                Object self = f.s[0] instanceof PyCell sc ? sc.value : f.s[0];
                return new PySuper(t, self);
            }
        }
        throw Errors.raise(Types.RUNTIME_ERROR, "super(): __class__ cell not found");
    }
}
