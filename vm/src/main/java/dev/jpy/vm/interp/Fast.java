package dev.jpy.vm.interp;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.Derived;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyMember;
import dev.jpy.vm.object.PyMethod;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PySuper;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.VersionedMap;

/**
 * The interpreter's fast paths: BINARY_OP on small ints and floats without the general dispatch, LOAD_GLOBAL
 * through an inline cache keyed by the versions of the globals and builtins dicts, and LOAD_ATTR / STORE_ATTR on instances of Python classes through per-instruction inline caches
 * ({@link AttrEntry}, kept in {@code PyCodeObj.icache}) that hold the class attribute found along the MRO,
 * valid while the type is the same and no type dict has changed ({@link PyType#version()}).
 */
final class Fast {
    private Fast() {}

    // NB op numbers (Opcode.NB_OPS); the in-place forms are 13 more
    private static final int ADD = 0, FLOORDIV = 2, MUL = 5, MOD = 6, SUB = 10, TRUEDIV = 11, INPLACE = 13;

    /** a OP b with the common int and float cases inline; everything else through {@link Arith#binary}. */
    static Object binary(int nb, Object a, Object b) {
        Object r = binaryOrNull(nb, a, b);
        return r != null ? r : Arith.binary(nb, a, b);
    }

    /** a OP b for small ints, floats and str + str (no Python code runs); null for every other case. */
    static Object binaryOrNull(int nb, Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof Derived.IntSub || b instanceof Derived.IntSub)) { // a subclass may override
            if (x.isSmall() && y.isSmall()) return smallInt(nb >= INPLACE ? nb - INPLACE : nb, x.v, y.v);
            return Numbers.wideOp(nb >= INPLACE ? nb - INPLACE : nb, x, y); // big ints: +, -, * and // % by a positive int
        } else if (a instanceof PyFloat x && b instanceof PyFloat y && !(a instanceof Derived.FloatSub || b instanceof Derived.FloatSub)) {
            return floats(nb >= INPLACE ? nb - INPLACE : nb, x.v, y.v);
        } else if (a instanceof PyStr x && b instanceof PyStr y && !(a instanceof Derived || b instanceof Derived) && (nb == ADD || nb == ADD + INPLACE)) {
            return PyStr.concat(x, y);
        }
        return null;
    }

    /** A rich comparison (op as COMPARE_OP's arg >> 5) of two ints that fit a long, as 1 or 0; -1 for any other operands. */
    static int compareInts(int op, Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall() && !(a instanceof Derived.IntSub || b instanceof Derived.IntSub)) {
            long p = x.v, q = y.v;
            boolean r = switch (op) {
                case 0 -> p < q;
                case 1 -> p <= q;
                case 2 -> p == q;
                case 3 -> p != q;
                case 4 -> p > q;
                default -> p >= q;
            };
            return r ? 1 : 0;
        }
        return -1;
    }

    /** +, -, *, //, % on longs that do not overflow (a positive divisor for // and %); else null. */
    private static Object smallInt(int op, long x, long y) {
        switch (op) {
            case ADD -> { long r = x + y; return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r); }
            case SUB -> { long r = x - y; return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r); }
            case MUL -> {
                long hi = Math.multiplyHigh(x, y), r = x * y;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? PyInt.of(r) : null;
            }
            case MOD -> { return y > 0 ? PyInt.of(Math.floorMod(x, y)) : null; }
            case FLOORDIV -> { return y > 0 ? PyInt.of(Math.floorDiv(x, y)) : null; }
            default -> { return null; }
        }
    }

    private static Object floats(int op, double x, double y) {
        return switch (op) {
            case ADD -> new PyFloat(x + y);
            case SUB -> new PyFloat(x - y);
            case MUL -> new PyFloat(x * y);
            case TRUEDIV -> y != 0 ? new PyFloat(x / y) : null;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- global cache

    /**
     * A LOAD_GLOBAL of a name found in globals at entry position {@code at}, valid while globals is this map at
     * this keys version (a value update leaves it valid; adding or deleting a key or moving entries does not).
     */
    record GlobalEntry(VersionedMap globals, int gkv, int at) {}

    /** A LOAD_GLOBAL of a name absent from globals (at keys version {@code gkv}) and found in builtins at {@code at}. */
    record BuiltinEntry(VersionedMap globals, int gkv, VersionedMap builtins, int bkv, int at) {}

    /** LOAD_GLOBAL of name at instruction {@code at}, through its inline cache while the dicts' keys are unchanged. */
    static Object loadGlobal(Frame f, PyStr name, int at) {
        Object[] ic = f.code.icache;
        VersionedMap g = f.globals.map, b = f.builtins.map;
        Object c = ic[at];
        if (c instanceof GlobalEntry e) {
            if (e.globals == g && e.gkv == g.keysVersion) return g.valueAt(e.at);
        } else if (c instanceof BuiltinEntry e) {
            if (e.globals == g && e.gkv == g.keysVersion && e.builtins == b && e.bkv == b.keysVersion) return b.valueAt(e.at);
        }
        return loadGlobalMiss(f, name, at, g, b);
    }

    private static Object loadGlobalMiss(Frame f, PyStr name, int at, VersionedMap g, VersionedMap b) {
        if (g.getClass() == VersionedMap.class && b.getClass() == VersionedMap.class) {
            int i = g.position(name);
            if (i >= 0) {
                f.code.icache[at] = new GlobalEntry(g, g.keysVersion, i);
                return g.valueAt(i);
            }
            int j = b.position(name);
            if (j >= 0) {
                f.code.icache[at] = new BuiltinEntry(g, g.keysVersion, b, b.keysVersion, j);
                return b.valueAt(j);
            }
        }
        f.lasti = at; // NameError
        return Rare.loadGlobal(f, name);
    }

    /** A LOAD_NAME or STORE_NAME of a name at entry position {@code at} of the locals map at keys version {@code kv}. */
    record NameEntry(VersionedMap map, int kv, int at) {}

    /** LOAD_NAME of name at instruction {@code at}: a name found in the locals dict reads its cached position. */
    static Object loadName(Frame f, PyStr name, int at) {
        VersionedMap m = f.locals.map;
        if (f.code.icache[at] instanceof NameEntry e && e.map == m && e.kv == m.keysVersion) return m.valueAt(e.at);
        if (m.getClass() == VersionedMap.class) {
            int i = m.position(name);
            if (i >= 0) {
                f.code.icache[at] = new NameEntry(m, m.keysVersion, i);
                return m.valueAt(i);
            }
        }
        f.lasti = at;
        return Rare.loadName(f, name);
    }

    /** STORE_NAME of name at instruction {@code at}: a name already in the locals dict is updated at its cached position. */
    static void storeName(Frame f, PyStr name, Object v, int at) {
        if (f.locals.getClass() != dev.jpy.vm.object.PyDict.class) { // a class body's namespace from __prepare__: its __setitem__
            dev.jpy.vm.object.Seq.setitem(f.locals, name, v);
            return;
        }
        VersionedMap m = f.locals.map;
        if (f.code.icache[at] instanceof NameEntry e && e.map == m && e.kv == m.keysVersion) {
            m.setValueAt(e.at, v);
            return;
        }
        m.put(name, v);
        if (m.getClass() == VersionedMap.class) {
            int i = m.position(name);
            if (i >= 0) f.code.icache[at] = new NameEntry(m, m.keysVersion, i);
        }
    }

    // ---------------------------------------------------------------- attribute caches

    /**
     * What an attribute name means on instances of one type at one type version; {@code next} chains the
     * entries of the other types seen at the same instruction (a polymorphic cache of up to {@link #POLY}).
     */
    record AttrEntry(PyType type, int version, Object desc, boolean plainStore, AttrEntry next) {}

    private static final int POLY = 4;
    private static final Object HOOKED = new Object();

    private static AttrEntry entry(Object[] icache, int at, PyType t, PyStr name) {
        int v = PyType.version();
        AttrEntry head = icache[at] instanceof AttrEntry h && h.version == v ? h : null;
        int n = 0;
        for (AttrEntry a = head; a != null; a = a.next, n++) {
            if (a.type == t) return a;
        }
        Object desc = t.lookup(name);
        // a class's own __getattribute__ sees every load: an entry no fast path accepts
        Object load = (t.hooks() & PyType.GETATTRIBUTE) != 0 ? HOOKED : desc;
        AttrEntry a = new AttrEntry(t, v, load, plainStore(t, desc, name), n < POLY ? head : null);
        icache[at] = a;
        return a;
    }

    /** Whether STORE_ATTR of name on an instance of t is a plain write into its __dict__. */
    static boolean plainStore(PyType t, Object desc, PyStr name) {
        if (!t.heap || desc instanceof PyProperty || desc instanceof PyInstance || desc instanceof PyMember) return false; // object() has no __dict__
        Object sa = t.lookup(SETATTR);
        if (sa != null && !(sa instanceof PyBuiltin)) return false;
        return t.slots == null && !name.s.equals("__class__"); // __slots__ instances have no __dict__
    }

    private static final PyStr SETATTR = PyStr.intern("__setattr__");

    /**
     * LOAD_ATTR at instruction {@code at}; returns the new stack pointer. The common case stays small enough for
     * HotSpot to inline into the dispatch loop: an instance of a Python class whose type is in the instruction's
     * cache, with the name in its __dict__ or naming a plain function of its class.
     */
    static int loadAttr(Frame f, Object[] s, int sp, int arg, int at) {
        if (s[sp - 1] instanceof PyInstance inst && f.code.icache[at] instanceof AttrEntry head && head.version == PyType.version()) {
            PyType t = inst.type();
            for (AttrEntry e = head; e != null; e = e.next) {
                if (e.type != t) continue;
                Object desc = e.desc;
                if (desc != null && !(desc instanceof PyFunction)) break;
                Object v = inst.dict.map.get(f.code.names[arg >> 1]);
                if (v != null) {
                    s[sp - 1] = v;
                    if ((arg & 1) != 0) s[sp++] = null;
                    return sp;
                }
                if (desc == null || (arg & 1) == 0) break;
                s[sp - 1] = desc;
                s[sp++] = inst;
                return sp;
            }
        }
        return loadAttrSlow(f, s, sp, arg, at);
    }

    /** LOAD_ATTR for everything {@link #loadAttr} does not do inline, filling the instruction's cache. */
    private static int loadAttrSlow(Frame f, Object[] s, int sp, int arg, int at) {
        PyStr name = f.code.names[arg >> 1];
        Object o = s[sp - 1];
        if (o instanceof PyInstance inst) {
            AttrEntry e = entry(f.code.icache, at, inst.type(), name);
            Object desc = e.desc;
            if (desc == null || desc instanceof PyFunction) {
                Object v = inst.dict.map.get(name);
                if ((arg & 1) != 0) {
                    if (v == null && desc != null) { s[sp - 1] = desc; s[sp++] = o; return sp; }
                    if (v != null) { s[sp - 1] = v; s[sp++] = null; return sp; }
                } else {
                    if (v != null) { s[sp - 1] = v; return sp; }
                    if (desc != null) { s[sp - 1] = new PyMethod(desc, o); return sp; }
                }
            } else if (desc instanceof PyMember m && m.valueOrNull(inst) instanceof Object v) { // a set __slots__ member
                s[sp - 1] = v;
                if ((arg & 1) != 0) s[sp++] = null;
                return sp;
            }
        } else if ((arg & 1) != 0 && !(o instanceof PyType || o instanceof PyModule || o instanceof PySuper)) {
            // a method of a builtin type (list.append, str.join, ...): these objects have no instance dict to check
            Object desc = entry(f.code.icache, at, ((PyObject) o).type(), name).desc;
            if (desc instanceof PyFunction || desc instanceof PyBuiltin b && b.method) { s[sp - 1] = desc; s[sp++] = o; return sp; }
        }
        if ((arg & 1) != 0) {
            Object m = Ops.methodOrNull(o, name);
            if (m != null) { s[sp - 1] = m; s[sp++] = o; }
            else { s[sp - 1] = Ops.getattr(o, name); s[sp++] = null; }
        } else {
            s[sp - 1] = Ops.getattr(o, name);
        }
        return sp;
    }

    /** STORE_ATTR at instruction {@code at} (owner at s[sp-1], value at s[sp-2]). */
    static void storeAttr(Frame f, Object[] s, int sp, int arg, int at) {
        if (s[sp - 1] instanceof PyInstance inst && f.code.icache[at] instanceof AttrEntry head && head.version == PyType.version()) {
            PyType t = inst.type();
            for (AttrEntry e = head; e != null; e = e.next) {
                if (e.type != t) continue;
                if (!e.plainStore) break;
                inst.dict.map.put(f.code.names[arg], s[sp - 2]);
                return;
            }
        }
        storeAttrSlow(f, s, sp, arg, at);
    }

    private static void storeAttrSlow(Frame f, Object[] s, int sp, int arg, int at) {
        PyStr name = f.code.names[arg];
        Object o = s[sp - 1];
        if (o instanceof PyInstance inst && !(o instanceof PyBaseException)
                && entry(f.code.icache, at, inst.type(), name).plainStore) {
            inst.dict.map.put(name, s[sp - 2]);
            return;
        }
        Ops.setattr(o, name, s[sp - 2]);
    }
}
