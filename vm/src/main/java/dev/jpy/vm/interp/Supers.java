package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** super(): LOAD_SUPER_ATTR and the lookup along the MRO after a class. */
public final class Supers {
    private Supers() {}

    /** LOAD_SUPER_ATTR: (global_super, class, self -- attr[, self_or_null]). */
    static int loadSuperAttr(Frame f, Object[] s, int sp, int arg) {
        Object self = s[--sp], cls = s[--sp], sup = s[--sp];
        PyStr name = f.code.names[arg >> 2];
        if (sup != f.builtins.get("super")) {
            Object bound = Ops.call(sup, cls, self);
            if ((arg & 1) != 0) { s[sp++] = Ops.getattr(bound, name); s[sp++] = null; }
            else s[sp++] = Ops.getattr(bound, name);
            return sp;
        }
        Object found = lookupAfter((PyType) cls, self, name);
        if ((arg & 1) != 0 && (found instanceof PyFunction || found instanceof PyBuiltin b && b.method)) {
            s[sp++] = found;
            s[sp++] = self;
            return sp;
        }
        Object v = bindSuper(found, self);
        s[sp++] = v;
        if ((arg & 1) != 0) s[sp++] = null;
        return sp;
    }

    /** The raw attribute after {@code cls} in the MRO of self's type (or of self when it is a class). */
    public static Object lookupAfter(PyType cls, Object self, PyStr name) {
        PyType start = self instanceof PyType t && t.isSubtype(cls) ? t : ((PyObject) self).type();
        PyType[] mro = start.mro;
        int i = 0;
        while (i < mro.length && mro[i] != cls) i++;
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict.map.get(name);
            if (v != null) return v;
        }
        throw Errors.raise(Types.ATTRIBUTE_ERROR, "'super' object has no attribute '" + name.s + "'");
    }

    public static Object bindSuper(Object v, Object self) {
        if (v instanceof PyFunction || v instanceof PyBuiltin b && b.method) return new dev.jpy.vm.object.PyMethod(v, self);
        if (v instanceof PyProperty p) {
            if (p.kind == PyProperty.Kind.CLASSMETHOD) return new dev.jpy.vm.object.PyMethod(p.fget, self instanceof PyType ? self : ((PyObject) self).type());
            if (p.kind == PyProperty.Kind.STATICMETHOD) return p.fget;
            if (p.kind == PyProperty.Kind.PROPERTY) return Ops.call(p.fget, self);
        }
        return v;
    }
}
