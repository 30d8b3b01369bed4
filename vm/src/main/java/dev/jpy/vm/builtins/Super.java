package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.Frame;
import dev.jpy.vm.interp.Supers;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PySuper;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** {@code super()}, {@code super(cls)} and {@code super(cls, obj)} called as functions. */
final class Super {
    private Super() {}

    static Object create(Object[] a, PyTuple k) {
        if (k != null && k.items.length > 0) throw Errors.type("super() takes no keyword arguments");
        if (a.length > 2) throw Errors.type("super() expected at most 2 arguments, got " + a.length);
        if (a.length == 0) return zeroArg();
        if (!(a[0] instanceof PyType cls)) throw Errors.type("super() argument 1 must be a type, not " + Errors.typeName(a[0]));
        if (a.length == 1 || a[1] == PyNone.NONE) return new PySuper(cls, null, null);
        return new PySuper(cls, a[1], Supers.objType(cls, a[1]));
    }

    /** super() in a method: the class from the __class__ cell, the object from the first argument. */
    private static Object zeroArg() {
        Frame f = VmState.get().top;
        if (f == null || f.code.code.argCount() == 0) throw runtime("super(): no arguments");
        Object self = f.s[0] instanceof PyCell sc ? sc.value : f.s[0];
        if (self == null) throw runtime("super(): arg[0] deleted");
        for (int i = 0; i < f.code.nlocalsplus; i++) {
            if (!f.code.code.localName(i).equals("__class__")) continue;
            if (!(f.s[i] instanceof PyCell c)) throw runtime("super(): bad __class__ cell");
            if (c.value == null) throw runtime("super(): empty __class__ cell");
            if (!(c.value instanceof PyType t)) throw runtime("super(): __class__ is not a type (" + Errors.typeName(c.value) + ")");
            return new PySuper(t, self, Supers.objType(t, self));
        }
        throw runtime("super(): __class__ cell not found");
    }

    private static RuntimeException runtime(String message) { return Errors.raise(Types.RUNTIME_ERROR, message); }
}
