package dev.jpy.vm.interp;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyMethod;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PySuper;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** super(): LOAD_SUPER_ATTR, the attributes of super objects, and the lookup along the MRO after a class. */
public final class Supers {
    private Supers() {}

    /** LOAD_SUPER_ATTR: (global_super, class, self -- attr[, self_or_null]). */
    static int loadSuperAttr(Frame f, Object[] s, int sp, int arg) {
        Object self = s[--sp], cls = s[--sp], sup = s[--sp];
        PyStr name = f.code.names[arg >> 2];
        boolean method = (arg & 1) != 0;
        if (sup != f.builtins.get("super")) {
            Object bound = Ops.call(sup, cls, self);
            s[sp++] = Ops.getattr(bound, name);
            if (method) s[sp++] = null;
            return sp;
        }
        if (!(cls instanceof PyType t)) throw Errors.type("super() argument 1 must be a type, not " + Errors.typeName(cls));
        PyType start = objType(t, self);
        Object found = lookupAfter(t, start, name);
        if (method && !(self instanceof PyType) && (found instanceof PyFunction || found instanceof PyBuiltin b && b.method)) {
            s[sp++] = found;
            s[sp++] = self;
            return sp;
        }
        Object v = found != null ? bind(found, self, start) : superObjectAttr(new PySuper(t, self, start), name);
        if (v == null) throw Errors.attribute(new PySuper(t, self, start), name.s);
        s[sp++] = v;
        if (method) s[sp++] = null;
        return sp;
    }

    /** The type whose MRO super(cls, obj) searches: obj when it is a subclass of cls, else obj's type; else TypeError. */
    public static PyType objType(PyType cls, Object obj) {
        if (obj instanceof PyType t && t.isSubtype(cls)) return t;
        PyType ot = ((PyObject) obj).type();
        if (ot.isSubtype(cls)) return ot;
        String what = obj instanceof PyType t ? "type " + t.name : "instance of " + ot.name;
        throw Errors.type("super(type, obj): obj (" + what + ") is not an instance or subtype of type (" + cls.name + ").");
    }

    /** The raw attribute after {@code cls} in the MRO of {@code start}; null when no class after it has one. */
    static Object lookupAfter(PyType cls, PyType start, PyStr name) {
        PyType[] mro = start.mro;
        int i = 0;
        while (i < mro.length && mro[i] != cls) i++;
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict.map.get(name);
            if (v != null) return v;
        }
        return null;
    }

    /** getattr on a super object; null when missing (the caller raises AttributeError). */
    public static Object getattr(PySuper sup, PyStr name) {
        if (sup.objType != null && !name.s.equals("__class__")) {
            Object found = lookupAfter(sup.cls, sup.objType, name);
            if (found != null) return bind(found, sup.self, sup.objType);
        }
        return superObjectAttr(sup, name);
    }

    /** The attributes of the super object itself (as object.__getattribute__ finds them on it). */
    private static Object superObjectAttr(PySuper sup, PyStr name) {
        return switch (name.s) {
            case "__thisclass__" -> sup.cls;
            case "__self__" -> sup.self != null ? sup.self : PyNone.NONE;
            case "__self_class__" -> sup.objType != null ? sup.objType : PyNone.NONE;
            case "__class__" -> Types.SUPER;
            default -> {
                Object v = Types.SUPER.lookup(name);
                if (v instanceof PyFunction || v instanceof PyBuiltin b && b.method) yield new PyMethod(v, sup);
                yield v;
            }
        };
    }

    /** What the descriptor found after cls becomes: bound to obj, or unbound when obj is the class searched. */
    static Object bind(Object v, Object obj, PyType start) {
        Object inst = obj == start ? null : obj;
        if (v instanceof PyFunction || v instanceof PyBuiltin b && b.method) return inst == null ? v : new PyMethod(v, inst);
        if (v instanceof PyProperty p) {
            return switch (p.kind) {
                case CLASSMETHOD -> new PyMethod(p.fget, start);
                case STATICMETHOD -> p.fget;
                case PROPERTY -> inst == null ? p : Ops.call(p.fget, inst);
                default -> v;
            };
        }
        if (v instanceof PyInstance && ((PyObject) v).type().lookup("__get__") != null) {
            return Ops.callSpecial(v, "__get__", inst == null ? PyNone.NONE : inst, start);
        }
        return v;
    }
}
