package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.Types;
import dev.jpy.vm.object.Views;
import java.util.ArrayList;

/** The methods of dict and set. */
final class DictMethods {
    private DictMethods() {}

    static PyDict d(Object[] a) { return (PyDict) a[0]; }

    static void install() {
        var t = Types.DICT;
        Args.method(t, "get", (a, k) -> {
            Args.methodCount("get", a, k, 1, 2);
            Ops.checkHashable(a[1]);
            Object v = d(a).map.get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        Args.method(t, "keys", (a, k) -> new Views.View(d(a), Views.Kind.KEYS));
        Args.method(t, "values", (a, k) -> new Views.View(d(a), Views.Kind.VALUES));
        Args.method(t, "items", (a, k) -> new Views.View(d(a), Views.Kind.ITEMS));
        for (var view : new dev.jpy.vm.object.PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
            Args.method(view, "isdisjoint", (a, k) -> {
                Args.methodCount(view.name + ".isdisjoint", a, k, 1, 1);
                for (Object x : Ops.toList(a[1])) if (Seq.contains(a[0], x)) return PyBool.FALSE;
                return PyBool.TRUE;
            });
        }
        Args.method(t, "pop", (a, k) -> {
            Object v = d(a).map.remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Errors.keyError(a[1]);
        });
        Args.method(t, "popitem", (a, k) -> {
            if (d(a).map.isEmpty()) throw Errors.raise(Types.KEY_ERROR, "popitem(): dictionary is empty");
            var m = d(a).map;
            int last = m.lastPosition();
            Object key = m.keyAt(last), value = m.valueAt(last);
            m.remove(key);
            return PyTuple.of(key, value);
        });
        Args.method(t, "setdefault", (a, k) -> {
            Object v = d(a).map.get(a[1]);
            if (v != null) return v;
            Object dv = a.length > 2 ? a[2] : PyNone.NONE;
            Seq.setitem(a[0], a[1], dv);
            return dv;
        });
        Args.method(t, "update", (a, k) -> { update(d(a), java.util.Arrays.copyOfRange(a, 1, a.length), k); return PyNone.NONE; });
        Args.method(t, "copy", (a, k) -> { PyDict c = new PyDict(); c.map.putAll(d(a).map); return c; });
        Args.method(t, "clear", (a, k) -> { d(a).map.clear(); return PyNone.NONE; });
        t.put("fromkeys", new dev.jpy.vm.object.PyProperty(dev.jpy.vm.object.PyProperty.Kind.CLASSMETHOD, new dev.jpy.vm.object.PyBuiltin("fromkeys", false, (a, k) -> {
            PyDict r = new PyDict();
            for (Object x : Ops.toList(a[1])) Seq.setitem(r, x, a.length > 2 ? a[2] : PyNone.NONE);
            return r;
        })));
    }

    /** dict(...) / dict.update(...): a mapping or an iterable of pairs, then keyword arguments. */
    static void update(PyDict d, Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (npos > 1) throw Errors.type("dict expected at most 1 argument, got " + npos);
        if (npos == 1) {
            Object src = a[0];
            if (src instanceof PyDict s) d.map.putAll(s.map);
            else if (src instanceof dev.jpy.vm.object.PyInstance && Ops.getattrOrNull(src, new PyStr("keys")) != null) {
                for (Object key : Ops.toList(Ops.call(Ops.getattr(src, new PyStr("keys"))))) d.map.put(key, Seq.getitem(src, key));
            } else {
                int i = 0;
                for (Object pair : Ops.toList(src)) {
                    ArrayList<Object> kv;
                    try {
                        kv = Ops.toList(pair);
                    } catch (dev.jpy.vm.object.PyRaise e) {
                        String notIterable = "'" + Errors.typeName(pair) + "' object is not iterable";
                        if (e.exc.args.items.length == 1 && e.exc.args.items[0] instanceof PyStr m && m.s.equals(notIterable)) {
                            throw Errors.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
                        }
                        throw e;
                    }
                    if (kv.size() != 2) throw Errors.value("dictionary update sequence element #" + i + " has length " + kv.size() + "; 2 is required");
                    Seq.setitem(d, kv.get(0), kv.get(1));
                    i++;
                }
            }
        }
        if (k != null) for (int i = 0; i < k.items.length; i++) d.map.put(k.items[i], a[npos + i]);
    }

    static PyList list(Object o) { return PyList.wrap(Ops.toList(o)); }
}
