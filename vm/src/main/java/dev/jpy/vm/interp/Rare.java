package dev.jpy.vm.interp;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Format;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PySlice;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The less frequent instructions, each a small static method called from the dispatch loop. Returns the new sp. */
public final class Rare {
    private Rare() {}

    static int execute(Frame f, Opcode op, int arg, int sp, int pc) {
        Object[] s = f.s;
        switch (op) {
            case UNARY_INVERT -> s[sp - 1] = Arith.invert(s[sp - 1]);
            case DELETE_FAST -> {
                if (s[arg] == null) throw unboundLocal(f, arg);
                s[arg] = null;
            }
            case STORE_GLOBAL -> f.globals.map.put(f.code.names[arg], s[--sp]);
            case DELETE_GLOBAL -> { if (f.globals.map.remove(f.code.names[arg]) == null) throw nameError(f, f.code.names[arg].s); }
            case DELETE_NAME -> { if (f.locals.map.remove(f.code.names[arg]) == null) throw nameError(f, f.code.names[arg].s); }
            case DELETE_ATTR -> Ops.delattr(s[--sp], f.code.names[arg]);
            case DELETE_SUBSCR -> { Seq.delitem(s[sp - 2], s[sp - 1]); sp -= 2; }
            case DELETE_DEREF -> {
                PyCell c = (PyCell) s[arg];
                if (c.value == null) throw unboundLocal(f, arg);
                c.value = null;
            }
            case LOAD_FROM_DICT_OR_DEREF -> {
                PyDict d = (PyDict) s[sp - 1];
                Object v = d.map.get(new PyStr(f.code.code.localName(arg)));
                s[sp - 1] = v != null ? v : loadDeref(f, arg);
            }
            case LOAD_FROM_DICT_OR_GLOBALS -> {
                PyDict d = (PyDict) s[sp - 1];
                Object v = d.map.get(f.code.names[arg]);
                s[sp - 1] = v != null ? v : loadGlobal(f, f.code.names[arg]);
            }
            case LOAD_LOCALS -> s[sp++] = f.locals;
            case STORE_SLICE -> {
                Object end = s[--sp], start = s[--sp], c = s[--sp], v = s[--sp];
                Seq.setitem(c, new PySlice(start, end, PyNone.NONE), v);
            }
            case BUILD_SLICE -> {
                Object step = arg == 3 ? s[--sp] : PyNone.NONE;
                Object stop = s[--sp];
                s[sp - 1] = new PySlice(s[sp - 1], stop, step);
            }
            case BUILD_SET -> {
                sp -= arg;
                PySet set = new PySet(false);
                for (int i = 0; i < arg; i++) set.items.add(s[sp + i]);
                s[sp++] = set;
            }
            case BUILD_MAP -> {
                sp -= 2 * arg;
                PyDict d = new PyDict();
                for (int i = 0; i < arg; i++) Seq.setitem(d, s[sp + 2 * i], s[sp + 2 * i + 1]);
                s[sp++] = d;
            }
            case BUILD_CONST_KEY_MAP -> {
                PyTuple keys = (PyTuple) s[--sp];
                sp -= arg;
                PyDict d = new PyDict();
                for (int i = 0; i < arg; i++) Seq.setitem(d, keys.items[i], s[sp + i]);
                s[sp++] = d;
            }
            case BUILD_STRING -> {
                sp -= arg;
                s[sp] = PyStr.build(s, sp, arg);
                sp++;
            }
            case LIST_EXTEND -> {
                Object it = s[--sp];
                PyList l = (PyList) s[sp - arg];
                if (!(it instanceof PyList || it instanceof PyTuple) && !Ops.callable(it) && !(hasIter(it))) {
                    throw Errors.type("Value after * must be an iterable, not " + Errors.typeName(it));
                }
                l.items.addAll(Ops.toList(it));
            }
            case SET_ADD -> { Object v = s[--sp]; ((PySet) s[sp - arg]).items.add(v); }
            case SET_UPDATE -> dev.jpy.vm.object.SetOps.update(((PySet) s[sp - 1 - arg]).items, s[--sp]);
            case MAP_ADD -> { Object v = s[--sp], k = s[--sp]; Seq.setitem(s[sp - arg], k, v); }
            case DICT_UPDATE -> {
                Object o = s[--sp];
                PyDict src = mapping(o);
                if (src == null) throw Errors.type("'" + Errors.typeName(o) + "' object is not a mapping");
                ((PyDict) s[sp - arg]).map.putAll(src.map);
            }
            case DICT_MERGE -> {
                Object o = s[--sp];
                PyDict dst = (PyDict) s[sp - arg], src = mapping(o);
                if (src == null) {
                    throw Errors.type(functionStr(s[sp - arg - 3]) + " argument after ** must be a mapping, not " + Errors.typeName(o));
                }
                for (var e : src.map.entrySet()) {
                    if (dst.map.containsKey(e.getKey())) {
                        throw Errors.type(functionStr(s[sp - arg - 3]) + " got multiple values for keyword argument '" + Ops.str(e.getKey()) + "'");
                    }
                    dst.map.put(e.getKey(), e.getValue());
                }
            }
            case UNPACK_EX -> sp = unpackEx(s, sp, arg & 0xFF, arg >> 8);
            case CALL_KW -> {
                PyTuple kwnames = (PyTuple) s[--sp];
                Object self = s[sp - arg - 1], callable = s[sp - arg - 2];
                int off = self != null ? 1 : 0;
                Object[] args = new Object[arg + off];
                if (self != null) args[0] = self;
                System.arraycopy(s, sp - arg, args, off, arg);
                sp -= arg + 2;
                s[sp++] = Ops.call(callable, args, kwnames);
            }
            case CALL_FUNCTION_EX -> {
                PyDict kw = (arg & 1) != 0 ? (PyDict) s[--sp] : null;
                Object pos = s[--sp];
                sp--;
                Object callable = s[sp - 1];
                if (!(pos instanceof PyTuple) && !hasIter(pos)) {
                    throw Errors.type(functionStr(callable) + " argument after * must be an iterable, not " + Errors.typeName(pos));
                }
                List<Object> args = Ops.toList(pos);
                PyTuple names = null;
                if (kw != null && !kw.map.isEmpty()) {
                    for (Object k : kw.map.keySet()) if (!(k instanceof PyStr)) throw Errors.type("keywords must be strings");
                    names = PyTuple.of(kw.map.keySet().toArray());
                    args.addAll(kw.map.values());
                }
                s[sp - 1] = Ops.call(callable, args.toArray(), names);
            }
            case CALL_INTRINSIC_1 -> s[sp - 1] = arg == 2 ? Imports.importStar(f, s[sp - 1]) : intrinsic1(arg, s[sp - 1]); // 2: INTRINSIC_IMPORT_STAR
            case CALL_INTRINSIC_2 -> { Object b = s[--sp]; s[sp - 1] = ExceptStar.intrinsic2(arg, s[sp - 1], b); }
            case CHECK_EG_MATCH -> ExceptStar.checkMatch(f, s, sp);
            case MAKE_FUNCTION -> s[sp - 1] = new PyFunction((PyCodeObj) s[sp - 1], f.globals);
            case SET_FUNCTION_ATTRIBUTE -> {
                PyFunction fn = (PyFunction) s[--sp];
                Object v = s[sp - 1];
                switch (arg) {
                    case 1 -> fn.defaults = (PyTuple) v;
                    case 2 -> fn.kwdefaults = (PyDict) v;
                    case 4 -> fn.annotations = v;
                    case 8 -> {
                        Object[] cells = ((PyTuple) v).items;
                        fn.closure = new PyCell[cells.length];
                        for (int i = 0; i < cells.length; i++) fn.closure[i] = (PyCell) cells[i];
                    }
                    default -> { }
                }
                s[sp - 1] = fn;
            }
            case PUSH_EXC_INFO -> {
                Object exc = s[sp - 1];
                VmState st = VmState.get();
                s[sp - 1] = st.handled == null ? PyNone.NONE : st.handled;
                s[sp++] = exc;
                st.handled = (PyBaseException) exc;
            }
            case POP_EXCEPT -> {
                Object prev = s[--sp];
                VmState.get().handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
            }
            case CHECK_EXC_MATCH -> {
                Object t = s[--sp];
                s[sp++] = PyBool.of(excMatches(s[sp - 2], t));
            }
            case RERAISE -> {
                PyBaseException exc = (PyBaseException) s[--sp];
                // CPython restores the frame's lasti from values[0] for line tracing; the handler lookup (and so
                // ours) uses the RERAISE instruction itself, else the handler would catch its own re-raise
                throw new PyRaise(exc, true);
            }
            case RAISE_VARARGS -> throw raise(f, s, sp, arg);
            case LOAD_ASSERTION_ERROR -> s[sp++] = Types.ASSERTION_ERROR;
            case LOAD_BUILD_CLASS -> s[sp++] = f.builtins.get("__build_class__");
            case SETUP_ANNOTATIONS -> { if (f.locals.get("__annotations__") == null) f.locals.put("__annotations__", new PyDict()); }
            case FORMAT_SIMPLE -> s[sp - 1] = Format.simple(s[sp - 1]);
            case FORMAT_WITH_SPEC -> {
                Object spec = s[--sp];
                s[sp - 1] = Format.withSpec(s[sp - 1], spec);
            }
            case CONVERT_VALUE -> s[sp - 1] = PyStr.of(switch (arg) {
                case 1 -> Ops.str(s[sp - 1]);
                case 2 -> Ops.repr(s[sp - 1]);
                default -> ascii(Ops.repr(s[sp - 1]));
            });
            case MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS -> sp = Matching.execute(f, op, arg, sp);
            case GET_LEN -> { s[sp] = PyInt.of(Ops.len(s[sp - 1])); sp++; }
            case BEFORE_WITH -> {
                Object mgr = s[sp - 1];
                String protocol = "'" + Errors.typeName(mgr) + "' object does not support the context manager protocol";
                if (Ops.getattrOrNull(mgr, new PyStr("__enter__")) == null) throw Errors.type(protocol);
                Object exit = Ops.getattrOrNull(mgr, new PyStr("__exit__"));
                if (exit == null) throw Errors.type(protocol + " (missed __exit__ method)");
                Object res = Ops.callSpecial(mgr, "__enter__");
                s[sp - 1] = exit;
                s[sp++] = res;
            }
            case WITH_EXCEPT_START -> {
                Object val = s[sp - 1], exit = s[sp - 4];
                PyBaseException e = (PyBaseException) val;
                s[sp++] = Ops.call(exit, e.type(), e, dev.jpy.vm.object.PyTraceback.of(e));
            }
            case IMPORT_NAME -> { sp--; s[sp - 1] = Imports.importName(f, f.code.names[arg].s, s[sp - 1], s[sp]); } // TOS1 the level, TOS the fromlist
            case IMPORT_FROM -> { s[sp] = Imports.importFrom(s[sp - 1], f.code.names[arg].s); sp++; }
            case LOAD_SUPER_ATTR -> sp = Supers.loadSuperAttr(f, s, sp, arg);
            case GET_YIELD_FROM_ITER -> { if (!(s[sp - 1] instanceof Generator)) s[sp - 1] = Ops.iter(s[sp - 1]); }
            case END_SEND -> { s[sp - 2] = s[sp - 1]; s[--sp] = null; }
            case GET_AWAITABLE, GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, END_ASYNC_FOR, CLEANUP_THROW -> sp = Coroutines.execute(f, op, arg, sp);
            default -> throw Errors.raise(Types.SYSTEM_ERROR, "jpy cannot execute " + op + " yet");
        }
        return sp;
    }

    static boolean hasIter(Object o) {
        try {
            Ops.iter(o);
            return true;
        } catch (PyRaise e) {
            return false;
        }
    }

    /** ascii(): the repr with every non-ASCII character escaped. */
    public static String ascii(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else if (c < 256) sb.append(String.format("\\x%02x", c));
            else if (c < 65536) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    static Object intrinsic1(int which, Object v) {
        String name = Opcode.INTRINSIC_1_DESCS.get(which);
        return switch (name) {
            case "INTRINSIC_LIST_TO_TUPLE" -> PyTuple.of(((PyList) v).items.toArray());
            case "INTRINSIC_UNARY_POSITIVE" -> Arith.positive(v);
            case "INTRINSIC_STOPITERATION_ERROR" -> v;
            case "INTRINSIC_ASYNC_GEN_WRAP" -> AsyncGen.wrap(v);
            case "INTRINSIC_PRINT" -> dev.jpy.vm.builtins.SysHooks.display(v);
            default -> {
                Object r = TypeParams.intrinsic1(name, v);
                if (r == null) throw Errors.raise(Types.SYSTEM_ERROR, "jpy does not support " + name + " yet");
                yield r;
            }
        };
    }

    static boolean excMatches(Object exc, Object t) {
        if (t instanceof PyTuple tup) {
            for (Object x : tup.items) if (excMatches(exc, x)) return true;
            return false;
        }
        if (!(t instanceof PyType type) || !type.isSubtype(Types.BASE_EXCEPTION)) throw Errors.type(Errors.CATCH_NOT_EXCEPTION);
        return Ops.isinstance(exc, type);
    }

    /** CPython's _PyObject_FunctionStr: "module.qualname()" for a function whose module is not builtins. */
    /** CPython's _PyObject_FunctionStr: module.qualname() (no module for builtins), or str(x) with no __qualname__. */
    private static String functionStr(Object x) {
        if (x instanceof PyFunction fn) return funcStr(fn);
        Object q = Ops.getattrOrNull(x, PyStr.of("__qualname__"));
        if (q == null) return Ops.str(x);
        Object m = Ops.getattrOrNull(x, PyStr.of("__module__"));
        return (m instanceof PyStr ms && !ms.s.equals("builtins") ? ms.s + "." : "") + Ops.str(q) + "()";
    }

    private static String funcStr(PyFunction fn) {
        Object m = fn.globals.map.get(PyStr.of("__name__"));
        return (m instanceof PyStr s && !s.s.equals("builtins") ? s.s + "." : "") + fn.qualname + "()";
    }

    private static PyRaise raise(Frame f, Object[] s, int sp, int arg) {
        VmState st = VmState.get();
        if (arg == 0) {
            if (st.handled == null) return Errors.raise(Types.RUNTIME_ERROR, "No active exception to reraise");
            return new PyRaise(st.handled, true);
        }
        Object cause = arg == 2 ? s[sp - 1] : null;
        Object exc = s[sp - arg];
        PyBaseException e = instantiate(exc);
        if (cause != null) {
            if (cause == PyNone.NONE) e.cause = null;
            else if (cause instanceof PyType t && t.isSubtype(Types.BASE_EXCEPTION) || cause instanceof PyBaseException) e.cause = instantiate(cause);
            else throw Errors.type("exception causes must derive from BaseException");
            e.suppressContext = true;
        }
        return new PyRaise(e);
    }

    static PyBaseException instantiate(Object exc) {
        if (exc instanceof PyType t && t.isSubtype(Types.BASE_EXCEPTION)) exc = Ops.call(t);
        if (exc instanceof PyBaseException e) return e;
        throw Errors.type(Errors.RAISE_NOT_EXCEPTION);
    }

    static int unpack(Object[] s, int sp, int n) {
        Object v = s[--sp];
        Object[] items;
        if (v instanceof PyTuple t) items = t.items;
        else if (v instanceof PyList l) items = l.items.toArray();
        else {
            if (!hasIter(v)) throw Errors.type(Errors.CANNOT_UNPACK.formatted(Errors.typeName(v)));
            Object it = Ops.iter(v);
            List<Object> got = new ArrayList<>();
            for (Object x; got.size() <= n && (x = Ops.next(it)) != null; ) got.add(x);
            items = got.toArray();
            if (items.length > n) throw Errors.value(Errors.TOO_MANY_TO_UNPACK.formatted(n));
        }
        if (items.length > n) throw Errors.value(Errors.TOO_MANY_TO_UNPACK.formatted(n));
        if (items.length < n) throw Errors.value(Errors.NOT_ENOUGH_TO_UNPACK.formatted(n, items.length));
        for (int i = n - 1; i >= 0; i--) s[sp++] = items[i];
        return sp;
    }

    private static int unpackEx(Object[] s, int sp, int before, int after) {
        Object v = s[--sp];
        if (!hasIter(v)) throw Errors.type(Errors.CANNOT_UNPACK.formatted(Errors.typeName(v)));
        List<Object> items = Ops.toList(v);
        if (items.size() < before + after) {
            throw Errors.value("not enough values to unpack (expected at least " + (before + after) + ", got " + items.size() + ")");
        }
        int mid = items.size() - after;
        for (int i = items.size() - 1; i >= mid; i--) s[sp++] = items.get(i);
        s[sp++] = new PyList(items.subList(before, mid));
        for (int i = before - 1; i >= 0; i--) s[sp++] = items.get(i);
        return sp;
    }

    static PyRaise unboundLocal(Frame f, int slot) {
        String name = f.code.code.localName(slot);
        if ((f.code.kinds[slot] & dev.jpy.marshal.model.LocalKind.FREE) != 0) {
            return Errors.raise(Types.NAME_ERROR, Errors.FREE_UNBOUND.formatted(name));
        }
        return Errors.raise(Types.UNBOUND_LOCAL_ERROR, Errors.LOCAL_UNBOUND.formatted(name));
    }

    static Object loadDeref(Frame f, int slot) {
        Object v = ((PyCell) f.s[slot]).value;
        if (v == null) throw unboundLocal(f, slot);
        return v;
    }

    static Object loadGlobal(Frame f, PyStr name) {
        Object v = f.globals.map.get(name);
        if (v == null) v = f.builtins.map.get(name);
        if (v == null) throw nameError(f, name.s);
        return v;
    }

    /** NameError for {@code name} in frame {@code f}, with its {@code name} attribute and the scope its "Did you mean" searches. */
    static PyRaise nameError(Frame f, String name) {
        PyRaise r = Errors.name(name);
        r.exc.dict.put("name", new PyStr(name));
        r.exc.attrName = name;
        java.util.List<String> bound = new java.util.ArrayList<>();
        Object self = null;
        if (f.locals == null) { // a function: its bound fast locals, cells and free variables, as f_locals lists them
            for (int i = 0; i < f.code.nlocalsplus && i < f.s.length; i++) {
                Object v = f.s[i];
                if (v instanceof PyCell c) v = c.value;
                if (v == null) continue;
                String n = f.code.code.localName(i);
                bound.add(n);
                if (n.equals("self")) self = v;
            }
        } else if (f.locals.map.get(PyStr.intern("self")) instanceof Object v) self = v;
        r.exc.attrObj = new dev.jpy.vm.object.NameScope(bound, f.locals, f.globals, f.builtins, self);
        return r;
    }

    static Object loadName(Frame f, PyStr name) {
        Object v = f.locals.getClass() == PyDict.class ? f.locals.map.get(name) : namespaceItem(f.locals, name);
        if (v == null && f.locals != f.globals) v = f.globals.map.get(name);  // module level: the same dict
        if (v == null) v = f.builtins.map.get(name);
        if (v == null) throw nameError(f, name.s);
        return v;
    }

    /** ns[name] of a dict subclass made by __prepare__ (its __getitem__ and __missing__), or null on KeyError. */
    private static Object namespaceItem(PyDict ns, PyStr name) {
        try {
            return dev.jpy.vm.object.Seq.getitem(ns, name);
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (!e.exc.type().isSubtype(dev.jpy.vm.object.Types.KEY_ERROR)) throw e;
            return null;
        }
    }

    /** A dict, or the items of a mapping written in Python (keys() and __getitem__), as ** and {**x} take them; else null. */
    private static PyDict mapping(Object o) {
        if (o instanceof PyDict d) return d;
        if (!(o instanceof dev.jpy.vm.object.PyInstance) || Ops.getattrOrNull(o, PyStr.intern("keys")) == null) return null;
        PyDict d = new PyDict();
        for (Object k : Ops.toList(Ops.call(Ops.getattr(o, PyStr.intern("keys"))))) d.map.put(k, dev.jpy.vm.object.Seq.getitem(o, k));
        return d;
    }
}
