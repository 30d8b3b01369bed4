package dev.jpy.vm.interp;

import dev.jpy.vm.object.Derived;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PySuper;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.VersionedMap;

/**
 * The inline cache of one LOAD_ATTR or STORE_ATTR in code translated by {@code dev.jpy.vm.jit} (a constant of the
 * generated class): up to {@link #WAYS} types seen there, each valid at one {@link PyType#version()}. An attribute
 * load or store remembers the entry position of the name in the instance's dict and reads or writes the value there
 * while the key at that position is still the name (instances made alike lay their dicts out alike), as CPython's
 * LOAD_ATTR_INSTANCE_VALUE does; a method load remembers the function found on the type and only checks that the
 * instance's dict does not shadow it. Everything else goes through {@link Fast}, as in the interpreter.
 */
public final class AttrSite {
    private static final int WAYS = 4;

    /**
     * One type seen at the site: what holds for its instances while no type dict changes ({@code version}): the
     * name's usual position in their dicts (loads and stores), or the method the type gives (method loads).
     */
    record Way(PyType type, int version, int pos, Object method) {}

    final PyStr name;
    final int arg, at;
    private Way[] ways = new Way[0];

    AttrSite(PyStr name, int arg, int at) {
        this.name = name;
        this.arg = arg;
        this.at = at;
    }

    /** A new cache for the LOAD_ATTR or STORE_ATTR at instruction at of code (its oparg is arg). */
    public static AttrSite of(dev.jpy.vm.object.PyCodeObj code, int arg, int at, boolean load) {
        return new AttrSite(code.names[load ? arg >> 1 : arg], arg, at);
    }

    private Way find(PyType t) {
        int v = PyType.version();
        for (Way w : ways) if (w.type == t && w.version == v) return w;
        return null;
    }

    private void remember(PyType t, int pos, Object method) {
        int v = PyType.version();
        Way[] old = ways;
        java.util.ArrayList<Way> keep = new java.util.ArrayList<>(WAYS);
        keep.add(new Way(t, v, pos, method));
        for (Way w : old) if (w.type != t && w.version == v && keep.size() < WAYS) keep.add(w);
        ways = keep.toArray(new Way[0]);
    }

    /** The value at entry position pos of m when the key there is name, else null. */
    private static Object valueAt(VersionedMap m, int pos, PyStr name) {
        return pos >= 0 && pos < m.limit() && m.keyAt(pos) == name ? m.valueAt(pos) : null;
    }

    // ---------------------------------------------------------------- LOAD_ATTR (no method)

    /** o.name. */
    static Object load(Frame f, AttrSite c, Object o) {
        if (o instanceof PyInstance inst) {
            Way w = c.find(inst.type());
            if (w != null) {
                Object v = valueAt(inst.dict.map, w.pos, c.name);
                if (v != null) return v;
            }
        }
        return c.loadMiss(f, o);
    }

    private Object loadMiss(Frame f, Object o) {
        if (o instanceof PyInstance inst) {
            PyType t = inst.type();
            if ((t.hooks() & PyType.GETATTRIBUTE) == 0 && (t.lookup(name) instanceof PyFunction || t.lookup(name) == null)) {
                VersionedMap m = inst.dict.map;
                int pos = m.getClass() == VersionedMap.class ? m.position(name) : -1;
                if (pos >= 0) {
                    remember(t, pos, null);
                    return m.valueAt(pos);
                }
            }
        }
        Object[] s = {o};
        Fast.loadAttr(f, s, 1, arg, at);
        return s[0];
    }

    // ---------------------------------------------------------------- LOAD_ATTR (method)

    /** The function a method load of name on o finds on o's type, with o to be passed as self; null: {@link #methodMiss}. */
    static Object method(AttrSite c, Object o) {
        if (o instanceof PyObject p) {
            Way w = c.find(p.type());
            if (w != null && (!(o instanceof PyInstance inst) || inst.dict.map.get(c.name) == null)) return w.method;
        }
        return null;
    }

    /** A method load that {@link #method} did not do: the interpreter's way on the stack s (o at s[sp-1]). */
    static void methodMiss(Frame f, AttrSite c, Object[] s, int sp) {
        Object o = s[sp - 1];
        if (o instanceof PyObject p && !(o instanceof Derived || o instanceof PyType || o instanceof PyModule || o instanceof PySuper
                || o instanceof PyFunction)) {
            PyType t = p.type();
            Object desc = t.lookup(c.name);
            boolean plain = o instanceof PyInstance ? (t.hooks() & PyType.GETATTRIBUTE) == 0 && desc instanceof PyFunction
                    : desc instanceof PyFunction || desc instanceof PyBuiltin b && b.method;
            if (plain) c.remember(t, -1, desc);
        }
        Fast.loadAttr(f, s, sp, c.arg, c.at);
    }

    // ---------------------------------------------------------------- STORE_ATTR

    /** o.name = v. */
    static void store(Frame f, AttrSite c, Object o, Object v) {
        if (o instanceof PyInstance inst) {
            Way w = c.find(inst.type());
            if (w != null) {
                VersionedMap m = inst.dict.map;
                int pos = w.pos;
                if (pos < m.limit() && m.keyAt(pos) == c.name) {
                    m.setValueAt(pos, v);
                    return;
                }
            }
        }
        c.storeMiss(o, v);
    }

    private void storeMiss(Object o, Object v) {
        if (o instanceof PyInstance inst && !(o instanceof PyBaseException)) {
            PyType t = inst.type();
            if (Fast.plainStore(t, t.lookup(name), name)) {
                VersionedMap m = inst.dict.map;
                m.put(name, v);
                int pos = m.getClass() == VersionedMap.class ? m.position(name) : -1;
                if (pos >= 0) remember(t, pos, null);
                return;
            }
        }
        Ops.setattr(o, name, v);
    }
}
