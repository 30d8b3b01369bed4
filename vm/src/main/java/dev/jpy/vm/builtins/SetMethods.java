package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.SetOps;
import dev.jpy.vm.object.Types;

/** The methods of set and frozenset (the algorithms are in {@link SetOps}). */
final class SetMethods {
    private SetMethods() {}

    private static PySet s(Object[] a) { return (PySet) a[0]; }

    static void install() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            Args.method(t, "union", (a, k) -> {
                PySet r = SetOps.copy(s(a));
                for (int i = 1; i < a.length; i++) SetOps.update(r.items, a[i]);
                return r;
            });
            Args.method(t, "intersection", (a, k) -> {
                PySet r = a.length == 1 ? SetOps.copy(s(a)) : s(a);
                for (int i = 1; i < a.length; i++) r = SetOps.intersection(r, a[i]);
                return r;
            });
            Args.method(t, "difference", (a, k) -> {
                if (a.length == 1) return SetOps.copy(s(a));
                PySet r = SetOps.difference(s(a), a[1]);
                for (int i = 2; i < a.length; i++) SetOps.differenceUpdate(r, a[i]);
                return r;
            });
            Args.method(t, "symmetric_difference", (a, k) -> { one("symmetric_difference", a, k); return SetOps.symmetricDifference(s(a), a[1]); });
            Args.method(t, "issubset", (a, k) -> { one("issubset", a, k); return PyBool.of(SetOps.isSubset(s(a), a[1])); });
            Args.method(t, "issuperset", (a, k) -> { one("issuperset", a, k); return PyBool.of(SetOps.isSuperset(s(a), a[1])); });
            Args.method(t, "isdisjoint", (a, k) -> { one("isdisjoint", a, k); return PyBool.of(SetOps.isDisjoint(s(a), a[1])); });
            Args.method(t, "copy", (a, k) -> { Args.methodCount("copy", a, k, 0, 0); return t == Types.FROZENSET ? a[0] : SetOps.copy(s(a)); });
        }
        PyType t = Types.SET;
        Args.method(t, "add", (a, k) -> { one("add", a, k); s(a).items.add(a[1]); return PyNone.NONE; });
        Args.method(t, "remove", (a, k) -> {
            one("remove", a, k);
            if (!s(a).items.remove(a[1])) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        });
        Args.method(t, "discard", (a, k) -> { one("discard", a, k); s(a).items.remove(a[1]); return PyNone.NONE; });
        Args.method(t, "clear", (a, k) -> { Args.methodCount("clear", a, k, 0, 0); s(a).items.clear(); return PyNone.NONE; });
        Args.method(t, "pop", (a, k) -> {
            Args.methodCount("pop", a, k, 0, 0);
            if (s(a).items.isEmpty()) throw Errors.raise(Types.KEY_ERROR, "pop from an empty set");
            return s(a).items.pop();
        });
        Args.method(t, "update", (a, k) -> {
            for (int i = 1; i < a.length; i++) SetOps.update(s(a).items, a[i]);
            return PyNone.NONE;
        });
        Args.method(t, "intersection_update", (a, k) -> {
            PySet r = s(a);
            for (int i = 1; i < a.length; i++) r = SetOps.intersection(r, a[i]);
            if (r != s(a)) s(a).items.replaceWith(r.items);
            return PyNone.NONE;
        });
        Args.method(t, "difference_update", (a, k) -> {
            for (int i = 1; i < a.length; i++) SetOps.differenceUpdate(s(a), a[i]);
            return PyNone.NONE;
        });
        Args.method(t, "symmetric_difference_update", (a, k) -> {
            one("symmetric_difference_update", a, k);
            SetOps.symmetricDifferenceUpdate(s(a), a[1]);
            return PyNone.NONE;
        });
    }

    private static void one(String name, Object[] a, dev.jpy.vm.object.PyTuple k) { Args.methodCount(name, a, k, 1, 1); }
}
