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

    /** The receiver of a dict method called through its array entry point, checked as CPython checks it. */
    static PyDict d(Object[] a, String name) {
        if (a.length == 0) throw Errors.type("unbound method dict." + name + "() needs an argument");
        if (a[0] instanceof PyDict d) return d;
        throw Errors.type("descriptor '" + name + "' for 'dict' objects doesn't apply to a '" + Errors.typeName(a[0]) + "' object");
    }

    static void install() {
        var t = Types.DICT;
        FixedMethod.install(t, PyDict.class, "get", 1, 2, (n, self, key, dflt) -> {
            Ops.checkHashable(key);
            Object v = ((PyDict) self).map.get(key);
            return v != null ? v : n > 1 ? dflt : PyNone.NONE;
        });
        FixedMethod.install(t, PyDict.class, "keys", 0, 0, (n, self, x, y) -> new Views.View((PyDict) self, Views.Kind.KEYS));
        FixedMethod.install(t, PyDict.class, "values", 0, 0, (n, self, x, y) -> new Views.View((PyDict) self, Views.Kind.VALUES));
        FixedMethod.install(t, PyDict.class, "items", 0, 0, (n, self, x, y) -> new Views.View((PyDict) self, Views.Kind.ITEMS));
        for (var view : new dev.jpy.vm.object.PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
            Args.method(view, "isdisjoint", (a, k) -> {
                Args.methodCount(view.name + ".isdisjoint", a, k, 1, 1);
                for (Object x : Ops.toList(a[1])) if (Seq.contains(a[0], x)) return PyBool.FALSE;
                return PyBool.TRUE;
            });
        }
        FixedMethod.install(t, PyDict.class, "pop", 1, 2, (n, self, key, dflt) -> {
            Ops.checkHashable(key);
            Object v = ((PyDict) self).map.remove(key);
            if (v != null) return v;
            if (n > 1) return dflt;
            throw Errors.keyError(key);
        });
        FixedMethod.install(t, PyDict.class, "popitem", 0, 0, (n, self, x, y) -> {
            var m = ((PyDict) self).map;
            if (m.isEmpty()) throw Errors.raise(Types.KEY_ERROR, "popitem(): dictionary is empty");
            int last = m.lastPosition();
            Object key = m.keyAt(last), value = m.valueAt(last);
            m.remove(key);
            return PyTuple.of(key, value);
        });
        // as CPython's, setdefault stores without a subclass's __setitem__
        FixedMethod.install(t, PyDict.class, "setdefault", 1, 2, (n, self, key, dflt) -> {
            Ops.checkHashable(key);
            var m = ((PyDict) self).map;
            Object v = m.get(key);
            if (v != null) return v;
            Object dv = n > 1 ? dflt : PyNone.NONE;
            m.put(key, dv);
            return dv;
        });
        Args.method(t, "update", (a, k) -> {
            update("update", d(a, "update"), java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        FixedMethod.install(t, PyDict.class, "copy", 0, 0, (n, self, x, y) -> {
            PyDict c = new PyDict();
            c.map.putAll(((PyDict) self).map);
            return c;
        });
        FixedMethod.install(t, PyDict.class, "clear", 0, 0, (n, self, x, y) -> {
            ((PyDict) self).map.clear();
            return PyNone.NONE;
        });
        t.put("fromkeys", new dev.jpy.vm.object.PyProperty(dev.jpy.vm.object.PyProperty.Kind.CLASSMETHOD, new dev.jpy.vm.object.PyBuiltin("fromkeys", false, (a, k) -> {
            PyDict r = new PyDict();
            for (Object x : Ops.toList(a[1])) Seq.setitem(r, x, a.length > 2 ? a[2] : PyNone.NONE);
            return r;
        })));
    }

    /** dict(...) / dict.update(...): a mapping or an iterable of pairs, then keyword arguments. */
    static void update(PyDict d, Object[] a, PyTuple k) { update("dict", d, a, k); }

    /** The same, for a call named {@code name} in the message for too many arguments. */
    static void update(String name, PyDict d, Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (npos > 1) throw Errors.type(name + " expected at most 1 argument, got " + npos);
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
