package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;

/**
 * A method of a builtin type that takes at most two positional arguments and no keywords, reachable without an
 * argument array ({@link PyBuiltin#direct}, what the call instruction uses) as well as through its generic body.
 * Both check the argument count and the receiver's type with CPython's messages before the method runs, so the
 * method itself may cast its receiver.
 */
final class FixedMethod implements PyBuiltin.Direct {
    /** The method's own work, with the count and the receiver checked. */
    @FunctionalInterface
    interface Impl {
        Object call(int n, Object self, Object a, Object b);
    }

    private final PyType owner;
    private final Class<?> receiver;
    private final String name;
    private final int min, max;
    private final Impl impl;

    private FixedMethod(PyType owner, Class<?> receiver, String name, int min, int max, Impl impl) {
        this.owner = owner;
        this.receiver = receiver;
        this.name = name;
        this.min = min;
        this.max = max;
        this.impl = impl;
    }

    /** Puts method {@code name} taking min to max (at most 2) arguments into type t, whose instances are receiver's. */
    static PyBuiltin install(PyType t, Class<?> receiver, String name, int min, int max, Impl impl) {
        FixedMethod m = new FixedMethod(t, receiver, name, min, max, impl);
        PyBuiltin b = new PyBuiltin(name, true, m::callArray);
        b.owner = t.name;
        b.direct = m;
        t.put(name, b);
        return b;
    }

    @Override public Object call(int n, Object self, Object a, Object b) {
        if (n < min || n > max) throw countError(n);
        if (!receiver.isInstance(self)) {
            throw Errors.type("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + Errors.typeName(self) + "' object");
        }
        return impl.call(n, self, a, b);
    }

    private Object callArray(Object[] args, PyTuple kw) {
        if (kw != null && kw.items.length > 0) throw Errors.type(owner.name + "." + name + "() takes no keyword arguments");
        if (args.length == 0) throw Errors.type("unbound method " + owner.name + "." + name + "() needs an argument");
        int n = args.length - 1;
        if (n > 2) throw countError(n);
        return call(n, args[0], n > 0 ? args[1] : null, n > 1 ? args[2] : null);
    }

    /** CPython's wording: METH_NOARGS and METH_O methods name their type, argument-clinic ones do not. */
    private PyRaise countError(int n) {
        if (max == 0) return Errors.type(owner.name + "." + name + "() takes no arguments (" + n + " given)");
        if (min == 1 && max == 1) return Errors.type(owner.name + "." + name + "() takes exactly one argument (" + n + " given)");
        if (n < min) return Errors.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        return Errors.type(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
}
