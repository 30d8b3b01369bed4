package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** The attributes objects have without a dict entry: __class__, __name__, __dict__, function and exception fields. */
final class SpecialAttrs {
    private SpecialAttrs() {}

    /** Whether a property's accessor (or a classmethod's or staticmethod's function) is marked abstract. */
    private static boolean abstractPart(Object f) {
        if (f == null || f == PyNone.NONE) return false;
        Object v = Ops.getattrOrNull(f, new PyStr("__isabstractmethod__"));
        return v != null && Ops.truthy(v);
    }

    /** __next__ and __iter__ of the iterators written in Java. */
    private static final PyBuiltin ITER_NEXT = new PyBuiltin("__next__", true, (a, k) -> {
        Object v = ((PyIter) a[0]).next();
        if (v == null) throw new PyBaseException(Types.STOP_ITERATION, PyTuple.EMPTY).raise();
        return v;
    });
    private static final PyBuiltin ITER_SELF = new PyBuiltin("__iter__", true, (a, k) -> a[0]);

    static Object get(Object o, String name) {
        if (name.equals("__class__")) return ((PyObject) o).type();
        if (o instanceof PyType t) return type(t, name);
        if (o instanceof PyFunction f) return function(f, name);
        if (o instanceof PyBaseException e) return exception(e, name);
        if (name.equals("__dict__") && (o instanceof PyInstance || o instanceof Derived)) { // none for object() and __slots__ instances
            PyType t = ((PyObject) o).type();
            return t.slots != null || t == Types.OBJECT ? null : o instanceof PyInstance i ? i.dict : ((Derived) o).instanceDict();
        }
        if (o instanceof PyMember m) {
            return switch (name) {
                case "__name__" -> new PyStr(m.name);
                case "__qualname__" -> new PyStr(m.owner.name + "." + m.name);
                case "__objclass__" -> m.owner;
                case "__doc__" -> PyNone.NONE; // a dict's values given as __slots__ are for pydoc, not the member
                default -> null;
            };
        }
        if (o instanceof PyBuiltin b) {
            Object extra = b.attrs == null ? null : b.attrs.get(name);
            if (extra != null) return extra;
            return switch (name) {
                case "__name__" -> new PyStr(b.name);
                case "__qualname__" -> new PyStr(b.method && b.owner != null ? b.owner + "." + b.name : b.name);
                case "__module__" -> b.method ? null : new PyStr("builtins");
                case "__doc__", "__text_signature__" -> PyNone.NONE;
                default -> null;
            };
        }
        if (o instanceof PyMethod m) {
            if (name.equals("__self__")) return m.self;
            if (name.equals("__func__")) return m.func;
            return Ops.getattrOrNull(m.func, new PyStr(name));
        }
        if (o instanceof PyCodeObj c) return code(c, name);
        if (o instanceof GenericAlias g) return g.attr(name);
        if (o instanceof TypeUnion u) return u.attr(name);
        if (o instanceof PyModule m && name.equals("__dict__")) return m.dict;
        if (o instanceof PyProperty p) {
            return switch (name) {
                case "fget", "__func__" -> p.fget == null ? PyNone.NONE : p.fget;
                case "fset" -> p.fset == null ? PyNone.NONE : p.fset;
                case "fdel" -> p.fdel == null ? PyNone.NONE : p.fdel;
                case "__wrapped__" -> p.kind != PyProperty.Kind.PROPERTY ? p.fget : null;
                case "__doc__" -> p.doc != null ? p.doc : p.fget instanceof PyFunction f ? f.doc : PyNone.NONE;
                case "__isabstractmethod__" -> PyBool.of(abstractPart(p.fget) || p.kind == PyProperty.Kind.PROPERTY && (abstractPart(p.fset) || abstractPart(p.fdel)));
                default -> null;
            };
        }
        if (o instanceof PyTraceback tb) return tb.attr(name);
        if (o instanceof PyCell c && name.equals("cell_contents")) {
            if (c.value == null) throw Errors.value("Cell is empty");
            return c.value;
        }
        if (o instanceof PyMemoryView m) return m.attr(name);
        if (o instanceof PyIter) {
            if (name.equals("__next__")) return new PyMethod(ITER_NEXT, o);
            if (name.equals("__iter__")) return new PyMethod(ITER_SELF, o);
        }
        if (o instanceof PyComplex c) {
            return switch (name) {
                case "real" -> new PyFloat(c.re);
                case "imag" -> new PyFloat(c.im);
                default -> null;
            };
        }
        if (o instanceof PyInt i) {
            return switch (name) {
                case "real", "numerator" -> PyInt.of(i.bigValue());
                case "imag" -> PyInt.of(0);
                case "denominator" -> PyInt.of(1);
                default -> null;
            };
        }
        if (o instanceof PyFloat x) {
            return switch (name) {
                case "real" -> x;
                case "imag" -> new PyFloat(0.0);
                default -> null;
            };
        }
        if (o instanceof PyRange r) {
            return switch (name) {
                case "start" -> PyInt.of(r.bigStart());
                case "stop" -> PyInt.of(r.bigStop());
                case "step" -> PyInt.of(r.bigStep());
                default -> null;
            };
        }
        if (o instanceof PySlice s) {
            return switch (name) {
                case "start" -> s.start;
                case "stop" -> s.stop;
                case "step" -> s.step;
                default -> null;
            };
        }
        return null;
    }

    private static Object type(PyType t, String name) {
        return switch (name) {
            case "__name__" -> new PyStr(t.name);
            case "__qualname__" -> { Object q = t.dict.get("__qualname__"); yield q != null ? q : new PyStr(t.name); }
            case "__module__" -> new PyStr(t.module);
            case "__mro__" -> PyTuple.of((Object[]) t.mro.clone());
            case "__bases__" -> PyTuple.of((Object[]) t.bases.clone());
            case "__base__" -> t.bases.length == 0 ? PyNone.NONE : t.heap ? Layouts.bestBase(t.bases) : t.bases[0];
            case "__dict__" -> t.dict;
            case "__doc__" -> PyNone.NONE;
            default -> null;
        };
    }

    private static Object function(PyFunction f, String name) {
        if (f.dict != null) {
            Object v = f.dict.get(name);
            if (v != null) return v;
        }
        return switch (name) {
            case "__name__" -> new PyStr(f.name);
            case "__qualname__" -> new PyStr(f.qualname);
            case "__doc__" -> f.doc;
            case "__module__" -> { Object m = f.globals.get("__name__"); yield m != null ? m : PyNone.NONE; }
            case "__defaults__" -> f.defaults == null ? PyNone.NONE : f.defaults;
            case "__kwdefaults__" -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults;
            case "__code__" -> f.code;
            case "__globals__" -> f.globals;
            case "__annotations__" -> annotations(f);
            case "__closure__" -> f.closure == null ? PyNone.NONE : PyTuple.of((Object[]) f.closure.clone());
            case "__dict__" -> { if (f.dict == null) f.dict = new PyDict(); yield f.dict; }
            case "__type_params__" -> PyTuple.EMPTY;
            default -> null;
        };
    }

    private static Object annotations(PyFunction f) {
        if (f.annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.items.length; i += 2) d.map.put(t.items[i], t.items[i + 1]);
            f.annotations = d;
        } else if (f.annotations == null) {
            f.annotations = new PyDict();
        }
        return f.annotations;
    }

    private static Object exception(PyBaseException e, String name) {
        return switch (name) {
            case "args" -> e.args;
            case "__cause__" -> e.cause == null ? PyNone.NONE : e.cause;
            case "__context__" -> e.context == null ? PyNone.NONE : e.context;
            case "__suppress_context__" -> PyBool.of(e.suppressContext);
            case "__traceback__" -> PyTraceback.of(e);
            case "__dict__" -> e.dict;
            case "value" -> e.type().isSubtype(Types.STOP_ITERATION) ? (e.args.items.length > 0 ? e.args.items[0] : PyNone.NONE) : null;
            case "errno", "strerror", "filename" -> e.type().isSubtype(Types.OS_ERROR) ? osErrorField(e.args.items, name) : null;
            case "code" -> e.type().isSubtype(Types.SYSTEM_EXIT) ? (e.args.items.length == 1 ? e.args.items[0] : e.args.items.length == 0 ? PyNone.NONE : e.args) : null;
            default -> null;
        };
    }

    /** OSError(errno, strerror[, filename]): the fields come from the arguments when there are 2 to 5 of them. */
    private static Object osErrorField(Object[] args, String name) {
        if (args.length < 2 || args.length > 5) return PyNone.NONE;
        int at = switch (name) { case "errno" -> 0; case "strerror" -> 1; default -> 2; };
        return at < args.length ? args[at] : PyNone.NONE;
    }

    static boolean setException(PyBaseException e, String name, Object v) {
        switch (name) {
            case "args" -> e.args = PyTuple.of(Ops.toList(v).toArray());
            case "__cause__" -> { e.cause = v == PyNone.NONE ? null : (PyBaseException) v; e.suppressContext = true; }
            case "__context__" -> e.context = v == PyNone.NONE ? null : (PyBaseException) v;
            case "__suppress_context__" -> e.suppressContext = Ops.truthy(v);
            case "__traceback__" -> PyTraceback.assign(e, v);
            default -> { return false; }
        }
        return true;
    }

    private static Object code(PyCodeObj c, String name) {
        return switch (name) {
            case "co_name" -> new PyStr(c.name);
            case "co_qualname" -> new PyStr(c.qualname);
            case "co_filename" -> new PyStr(c.filename);
            case "co_argcount" -> PyInt.of(c.code.argCount());
            case "co_posonlyargcount" -> PyInt.of(c.code.posOnlyArgCount());
            case "co_kwonlyargcount" -> PyInt.of(c.code.kwOnlyArgCount());
            case "co_firstlineno" -> PyInt.of(c.code.firstLineNo());
            case "co_flags" -> PyInt.of(c.code.flags());
            case "co_varnames" -> strs(c.code.varnames());
            case "co_cellvars" -> strs(c.code.cellvars());
            case "co_freevars" -> strs(c.code.freevars());
            case "co_names" -> PyTuple.of((Object[]) c.names.clone());
            case "co_nlocals" -> PyInt.of(c.code.nlocals());
            case "co_stacksize" -> PyInt.of(c.code.stackSize());
            case "co_consts" -> PyTuple.of(c.consts.clone());
            case "co_code" -> new PyBytes(c.code.code().toByteArray());
            case "co_linetable" -> new PyBytes(c.code.lineTable().toByteArray());
            case "co_exceptiontable" -> new PyBytes(c.code.exceptionTable().toByteArray());
            default -> null;
        };
    }

    private static PyTuple strs(List<String> names) {
        List<Object> out = new ArrayList<>();
        for (String n : names) out.add(new PyStr(n));
        return PyTuple.of(out.toArray());
    }
}
