package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.TypeCall;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}: runs a class body and makes the class. */
final class ClassBuilder {
    private ClassBuilder() {}

    static Object buildClass(Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (npos < 2) throw Errors.type("__build_class__: not enough arguments");
        if (!(a[0] instanceof PyFunction body)) throw Errors.type("__build_class__: func must be a function");
        if (!(a[1] instanceof PyStr name)) throw Errors.type("__build_class__: name is not a string");
        List<Object> origBases = List.of(a).subList(2, npos);
        List<Object> bases = resolveBases(origBases);
        Object meta = Args.kw(a, k, "metaclass");
        if (meta == null) meta = bases.isEmpty() ? Types.TYPE : ((PyObject) bases.get(0)).type();
        if (meta instanceof PyType mt) meta = winner(mt, bases);
        PyDict ns = new PyDict();
        Object prep = meta instanceof PyType mt2 && mt2 != Types.TYPE ? Ops.getattrOrNull(meta, new PyStr("__prepare__")) : null;
        if (prep != null) {
            List<Object> pa = new ArrayList<>(java.util.Arrays.asList(metaArgs(a, k, name, bases, null)));
            pa.remove(2); // __prepare__(name, bases, **kwds): no namespace yet
            ns = (PyDict) Ops.call(prep, pa.toArray(), metaKwNames(k));
        }
        Object cell = Interpreter.runWithLocals(body, ns);
        if (!bases.equals(origBases)) ns.put("__orig_bases__", PyTuple.of(origBases.toArray()));
        Object cls;
        boolean ownNew = false;
        if (meta == Types.TYPE) {
            PyType[] bt = new PyType[bases.size()];
            for (int i = 0; i < bt.length; i++) {
                if (!(bases.get(i) instanceof PyType t)) throw Errors.type("bases must be types");
                bt[i] = t;
            }
            cls = TypeCall.newClass(Types.TYPE, name.s, bt, ns);
        } else {
            // the class keywords go to the metaclass; a __new__ written in Python passes on what it wants to
            // type.__new__, which then calls __init_subclass__ (as CPython's type_new does)
            ownNew = meta instanceof PyType mt3 && !(mt3.lookup("__new__") instanceof dev.jpy.vm.object.PyBuiltin);
            cls = Ops.call(meta, metaArgs(a, k, name, bases, ns), metaKwNames(k));
        }
        if (cls instanceof PyType t) t.dict.map.remove(new PyStr("__classcell__"));
        if (cell instanceof PyCell c) c.value = cls;
        if (cls instanceof PyType t && !ownNew) initSubclass(t, a, k);
        return cls;
    }

    /** The most derived of meta and the metaclasses of the bases (TypeError when two are unrelated). */
    static PyType winner(PyType meta, List<Object> bases) {
        for (Object b : bases) {
            PyType bt = ((PyObject) b).type();
            if (bt.isSubtype(meta)) meta = bt;
            else if (!meta.isSubtype(bt)) throw Errors.type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return meta;
    }

    /** name, bases, namespace, then the values of the class keywords other than metaclass. */
    private static Object[] metaArgs(Object[] a, PyTuple k, PyStr name, List<Object> bases, PyDict ns) {
        List<Object> out = new ArrayList<>(java.util.Arrays.asList(name, PyTuple.of(bases.toArray()), ns));
        if (k != null) {
            int npos = Args.npos(a, k);
            for (int i = 0; i < k.items.length; i++) if (!((PyStr) k.items[i]).s.equals("metaclass")) out.add(a[npos + i]);
        }
        return out.toArray();
    }

    private static PyTuple metaKwNames(PyTuple k) {
        if (k == null) return null;
        List<Object> names = new ArrayList<>();
        for (Object n : k.items) if (!((PyStr) n).s.equals("metaclass")) names.add(n);
        return names.isEmpty() ? null : PyTuple.of(names.toArray());
    }

    /** Calls __set_name__ on the new class's attributes, then the parent's __init_subclass__ with the class keywords. */
    static void initSubclass(PyType t, Object[] a, PyTuple k) {
        for (var e : new ArrayList<>(t.dict.map.entrySet())) {
            Object v = e.getValue();
            if (v instanceof dev.jpy.vm.object.PyInstance && ((PyObject) v).type().lookup("__set_name__") != null) {
                Ops.callSpecial(v, "__set_name__", t, e.getKey());
            }
        }
        List<Object> kwNames = new ArrayList<>(), kwValues = new ArrayList<>();
        if (k != null) {
            int npos = Args.npos(a, k);
            for (int i = 0; i < k.items.length; i++) {
                if (((PyStr) k.items[i]).s.equals("metaclass")) continue;
                kwNames.add(k.items[i]);
                kwValues.add(a[npos + i]);
            }
        }
        Object bound = dev.jpy.vm.interp.Supers.getattr(new dev.jpy.vm.object.PySuper(t, t, t), new PyStr("__init_subclass__"));
        Ops.call(bound, kwValues.toArray(), kwNames.isEmpty() ? null : PyTuple.of(kwNames.toArray()));
    }

    /** PEP 560: a base that is not a class is replaced by what its __mro_entries__(bases) returns. */
    private static List<Object> resolveBases(List<Object> orig) {
        List<Object> out = new ArrayList<>();
        for (Object b : orig) {
            if (b instanceof PyType) out.add(b);
            else if (b instanceof dev.jpy.vm.object.GenericAlias g) out.add(g.origin);
            else {
                Object entries = Ops.getattrOrNull(b, PyStr.intern("__mro_entries__"));
                if (entries != null) out.addAll(Ops.toList(Ops.call(entries, PyTuple.of(orig.toArray()))));
                else out.add(b);
            }
        }
        return out;
    }
}
