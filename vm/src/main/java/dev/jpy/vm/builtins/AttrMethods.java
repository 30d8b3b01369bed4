package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyMember;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;

/** object's generic attribute methods (__getattribute__, __setattr__, __delattr__) and the member descriptor's __get__/__set__/__delete__. */
final class AttrMethods {
    private AttrMethods() {}

    static void install() {
        Args.method(Types.OBJECT, "__getattribute__", (a, k) -> {
            Args.methodCount("__getattribute__", a, k, 1, 1);
            return Ops.genericGetattr(a[0], name(a[1]));
        });
        Args.method(Types.OBJECT, "__setattr__", (a, k) -> {
            Args.methodCount("__setattr__", a, k, 2, 2);
            Ops.genericSetattr(a[0], name(a[1]), a[2]);
            return PyNone.NONE;
        });
        Args.method(Types.OBJECT, "__delattr__", (a, k) -> {
            Args.methodCount("__delattr__", a, k, 1, 1);
            Ops.genericDelattr(a[0], name(a[1]));
            return PyNone.NONE;
        });
        Args.method(Types.MEMBER_DESCRIPTOR, "__get__", (a, k) -> {
            Args.methodCount("__get__", a, k, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : ((PyMember) a[0]).get(a[1]);
        });
        Args.method(Types.MEMBER_DESCRIPTOR, "__set__", (a, k) -> {
            Args.methodCount("__set__", a, k, 2, 2);
            ((PyMember) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        });
        Args.method(Types.MEMBER_DESCRIPTOR, "__delete__", (a, k) -> {
            Args.methodCount("__delete__", a, k, 1, 1);
            ((PyMember) a[0]).delete(a[1]);
            return PyNone.NONE;
        });
    }

    private static PyStr name(Object o) {
        if (o instanceof PyStr s) return s;
        throw Errors.type("attribute name must be string, not '" + Errors.typeName(o) + "'");
    }
}
