package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyIter;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.util.List;

/** enumerate, zip, map, filter and reversed: lazy iterators that end without exceptions. */
final class Iterators {
    private Iterators() {}

    static void install() {
        Types.ENUMERATE.constructor = (a, k) -> {
            Args.onlyKeywords("enumerate", k, "iterable", "start");
            if (a.length == 0) throw Errors.type("enumerate() missing required argument 'iterable'");
            Object it = Ops.iter(a[0]);
            Object st = a.length > 1 ? a[1] : Args.kw(a, k, "start");
            long start = st == null ? 0 : Ops.index(st);
            return new PyIter(Types.ENUMERATE) {
                long i = start;

                @Override public Object next() {
                    Object v = Ops.next(it);
                    return v == null ? null : PyTuple.of(PyInt.of(i++), v);
                }
            };
        };
        Types.ZIP.constructor = (a, k) -> {
            int n = Args.npos(a, k);
            Object strict = Args.kw(a, k, "strict");
            Object[] its = new Object[n];
            for (int i = 0; i < n; i++) {
                try {
                    its[i] = Ops.iter(a[i]);
                } catch (dev.jpy.vm.object.PyRaise e) {
                    throw Errors.type("'" + Errors.typeName(a[i]) + "' object is not iterable");
                }
            }
            boolean isStrict = strict != null && Ops.truthy(strict);
            return new PyIter(Types.ZIP) {
                @Override public Object next() {
                    if (n == 0) return null;
                    Object[] out = new Object[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = Ops.next(its[i]);
                        if (out[i] == null) {
                            if (isStrict) strictEnd(i);
                            return null;
                        }
                    }
                    return PyTuple.of(out);
                }

                /** zip(strict=True) at the end of argument i+1: every argument must end together. */
                private void strictEnd(int i) {
                    if (i > 0) throw Errors.value("zip() argument " + (i + 1) + " is shorter than argument" + plural(i));
                    for (int j = 1; j < n; j++) {
                        if (Ops.next(its[j]) != null) throw Errors.value("zip() argument " + (j + 1) + " is longer than argument" + plural(j));
                    }
                }

                private static String plural(int i) { return i == 1 ? " 1" : "s 1-" + i; }
            };
        };
        Types.MAP.constructor = (a, k) -> {
            if (k != null) throw Errors.type("map() takes no keyword arguments");
            if (a.length < 2) throw Errors.type("map() must have at least two arguments.");
            Object f = a[0];
            Object[] its = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(a[i]);
            return new PyIter(Types.MAP) {
                @Override public Object next() {
                    Object[] args = new Object[its.length];
                    for (int i = 0; i < its.length; i++) if ((args[i] = Ops.next(its[i])) == null) return null;
                    return Ops.call(f, args, null);
                }
            };
        };
        Types.FILTER.constructor = (a, k) -> {
            Args.count("filter", a, k, 2, 2);
            Object f = a[0], it = Ops.iter(a[1]);
            return new PyIter(Types.FILTER) {
                @Override public Object next() {
                    for (Object v; (v = Ops.next(it)) != null; ) {
                        if (f == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(f, v))) return v;
                    }
                    return null;
                }
            };
        };
        Types.REVERSED.constructor = (a, k) -> {
            Args.count("reversed", a, k, 1, 1);
            Object r = a[0] instanceof dev.jpy.vm.object.PyInstance || Ops.isMetaInstance(a[0]) ? Ops.callSpecial(a[0], "__reversed__") : null;
            if (r != null) return r;
            Object o = a[0];
            if (o instanceof dev.jpy.vm.object.PyRange range) return dev.jpy.vm.object.Ranges.reversed(range);
            if (o instanceof dev.jpy.vm.object.PyInt || o instanceof dev.jpy.vm.object.PyFloat || o instanceof dev.jpy.vm.object.PyNone
                    || o instanceof dev.jpy.vm.object.PySet || o instanceof PyIter
                    || o instanceof dev.jpy.vm.object.PyInstance && ((dev.jpy.vm.object.PyObject) o).type().lookup("__getitem__") == null) {
                throw Errors.type("'" + Errors.typeName(o) + "' object is not reversible");
            }
            List<Object> items = Ops.toList(a[0]);
            java.util.Collections.reverse(items);
            return PyIter.ofJava(items.iterator(), Types.REVERSED);
        };
    }
}
