package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyRange;
import dev.jpy.vm.object.Ranges;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PySlice;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.TypeCall;
import dev.jpy.vm.object.Types;

/** Constructors of the builtin types, and the methods of object, type and BaseException. */
final class BuiltinTypes {
    private BuiltinTypes() {}

    private static boolean installed;

    static synchronized void install() {
        if (installed) return;
        installed = true;
        Types.INT.constructor = BuiltinTypes::newInt;
        Types.BOOL.constructor = (a, k) -> { Args.count("bool", a, k, 0, 1); return PyBool.of(a.length > 0 && Ops.truthy(a[0])); };
        Types.FLOAT.constructor = (a, k) -> { Args.count("float", a, k, 0, 1); return a.length == 0 ? new PyFloat(0) : newFloat(a[0]); };
        Types.STR.constructor = new StrConstructor();
        Types.TUPLE.constructor = (a, k) -> { Args.count("tuple", a, k, 0, 1); return a.length == 0 ? PyTuple.EMPTY : a[0] instanceof PyTuple && !(a[0] instanceof dev.jpy.vm.object.Derived) ? a[0] : PyTuple.of(Ops.toList(a[0]).toArray()); };
        Types.LIST.constructor = (a, k) -> { Args.count("list", a, k, 0, 1); return a.length == 0 ? new PyList() : PyList.wrap(Ops.toList(a[0])); };
        Types.SET.constructor = (a, k) -> { if (k != null) throw Errors.type("set() takes no keyword arguments"); return newSet(a, false); };
        Types.FROZENSET.constructor = (a, k) -> { if (k != null) throw Errors.type("frozenset() takes no keyword arguments"); return newSet(a, true); };
        Types.DICT.constructor = (a, k) -> {
            PyDict d = new PyDict();
            DictMethods.update(d, a, k);
            return d;
        };
        Types.RANGE.constructor = BuiltinTypes::newRange;
        Types.SLICE.constructor = (a, k) -> a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
                : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
        Types.OBJECT.constructor = (a, k) -> { Args.count("object", a, k, 0, 0); return new PyInstance(Types.OBJECT); };
        Types.TYPE.constructor = (a, k) -> {
            int npos = Args.npos(a, k);
            if (npos == 1 && npos < a.length) throw Errors.type("type() takes no keyword arguments");
            if (npos != 3) throw Errors.type("type() takes 1 or 3 arguments");
            // type(name, bases, ns) with a base whose metaclass is written in Python makes the class with that metaclass
            PyType winner = a[1] instanceof PyTuple bs ? ClassBuilder.winner(Types.TYPE, java.util.List.of(bs.items)) : Types.TYPE;
            if (winner != Types.TYPE && winner.heap) return Ops.call(winner, a, k);
            Object t = newType(Types.TYPE, a);
            if (t instanceof PyType cls) ClassBuilder.initSubclass(cls, a, k); // keywords go to __init_subclass__
            return t;
        };
        Types.PROPERTY.constructor = (a, k) -> {
            Args.onlyKeywords("property", k, "fget", "fset", "fdel", "doc");
            String[] names = {"fget", "fset", "fdel", "doc"};
            Object[] v = new Object[4];
            int npos = Args.npos(a, k);
            if (npos > 4) throw Errors.type("property() takes at most 4 arguments (" + npos + " given)");
            for (int i = 0; i < 4; i++) {
                Object x = i < npos ? a[i] : Args.kw(a, k, names[i]);
                v[i] = x == PyNone.NONE ? null : x;
            }
            PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, v[0]);
            p.fset = v[1];
            p.fdel = v[2];
            p.doc = v[3];
            return p;
        };
        Types.CLASSMETHOD.constructor = (a, k) -> new PyProperty(PyProperty.Kind.CLASSMETHOD, a[0]);
        Types.STATICMETHOD.constructor = (a, k) -> new PyProperty(PyProperty.Kind.STATICMETHOD, a[0]);
        Types.SUPER.constructor = Super::create;
        Iterators.install();
        objectMethods();
        exceptionMethods();
        ExceptionGroupMethods.install();
        Args.method(Types.PROPERTY, "setter", (a, k) -> {
            PyProperty old = (PyProperty) a[0];
            PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, old.fget);
            p.fset = a[1];
            p.fdel = old.fdel;
            p.doc = old.doc;
            return p;
        });
        Args.method(Types.PROPERTY, "deleter", (a, k) -> {
            PyProperty old = (PyProperty) a[0];
            PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, old.fget);
            p.fset = old.fset;
            p.fdel = a[1];
            p.doc = old.doc;
            return p;
        });
        Args.method(Types.PROPERTY, "getter", (a, k) -> {
            PyProperty p = new PyProperty(PyProperty.Kind.PROPERTY, a[1]);
            p.fset = ((PyProperty) a[0]).fset;
            p.fdel = ((PyProperty) a[0]).fdel;
            return p;
        });
        RangeMethods.install();
        Args.method(Types.FUNCTION, "__get__", (a, k) -> {
            Args.methodCount("__get__", a, k, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : new dev.jpy.vm.object.PyMethod(a[0], a[1]);
        });
        Args.method(Types.INT, "bit_length", (a, k) -> PyInt.of(((PyInt) a[0]).bitLength()));
        Args.method(Types.FLOAT, "is_integer", (a, k) -> PyBool.of(((PyFloat) a[0]).v == Math.rint(((PyFloat) a[0]).v)));
        ComplexMethods.install();
        StrMethods.install();
        StrMethodsMore.install();
        StrSearch.install();
        StrSplit.install();
        StrCase.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        BytesMethods.install();
        NumberMethods.install();
        DunderMethods.install();
    }

    private static void objectMethods() {
        Args.method(Types.OBJECT, "__init__", (a, k) -> {
            if (a.length > 1 && a[0] instanceof PyInstance i && i.type().lookup("__init__") instanceof dev.jpy.vm.object.PyBuiltin) {
                throw Errors.type(i.type().name + "() takes no arguments");
            }
            if (a.length > 1 && !(a[0] instanceof PyBaseException)) throw Errors.type("object.__init__() takes exactly one argument (the instance to initialize)");
            return PyNone.NONE;
        });
        Args.staticMethod(Types.OBJECT, "__new__", (a, k) -> {
            PyType t = (PyType) a[0];
            for (PyType b : t.mro) {
                if (b.heap || b == Types.OBJECT) continue;
                if (b.dict.get("__new__") != null) throw Errors.type("object.__new__(" + t.name + ") is not safe, use " + b.name + ".__new__()");
                break;
            }
            return TypeCall.allocate(t, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        Args.method(Types.OBJECT, "__sizeof__", (a, k) -> PyInt.of(SysSizes.basic(a[0])));
        Args.method(Types.OBJECT, "__repr__", (a, k) -> new PyStr(defaultRepr(a[0])));
        Args.method(Types.OBJECT, "__str__", (a, k) -> new PyStr(Ops.repr(a[0])));
        // the container protocol as methods of the builtin containers ("abc".__len__(), tuple.__getitem__(t, 0))
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.TUPLE, Types.LIST, Types.DICT, Types.SET, Types.FROZENSET}) {
            Args.method(t, "__len__", (a, k) -> PyInt.of(Ops.len(a[0])));
            Args.method(t, "__contains__", (a, k) -> dev.jpy.vm.object.PyBool.of(dev.jpy.vm.object.Seq.contains(a[0], a[1])));
            if (t != Types.SET && t != Types.FROZENSET) Args.method(t, "__getitem__", (a, k) -> dev.jpy.vm.object.Seq.getitem(a[0], a[1]));
            if (t == Types.LIST || t == Types.DICT) {
                Args.method(t, "__setitem__", (a, k) -> { dev.jpy.vm.object.Seq.setitem(a[0], a[1], a[2]); return PyNone.NONE; });
            }
        }
        Args.method(Types.OBJECT, "__eq__", (a, k) -> a[0] == a[1] ? PyBool.TRUE : PyNone.NOT_IMPLEMENTED);
        Args.method(Types.OBJECT, "__ne__", (a, k) -> {
            Object r = Ops.callSpecial(a[0], "__eq__", a[1]);
            return r == PyNone.NOT_IMPLEMENTED ? r : PyBool.of(!Ops.truthy(r));
        });
        Args.method(Types.OBJECT, "__hash__", (a, k) -> PyInt.of(System.identityHashCode(a[0]) >>> 4));
        AttrMethods.install();
        Args.method(Types.OBJECT, "__format__", (a, k) -> {
            if (!((PyStr) a[1]).s.isEmpty()) throw Errors.type("unsupported format string passed to " + Errors.typeName(a[0]) + ".__format__");
            return new PyStr(Ops.str(a[0]));
        });
        Types.OBJECT.put("__init_subclass__", new PyProperty(PyProperty.Kind.CLASSMETHOD, new dev.jpy.vm.object.PyBuiltin("__init_subclass__", false, (a, k) -> {
            if (k != null && k.items.length > 0) throw Errors.type(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            return PyNone.NONE;
        })));
        Args.staticMethod(Types.TYPE, "__new__", (a, k) -> {
            Object t = newType((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
            if (t instanceof PyType cls) ClassBuilder.initSubclass(cls, a, k);
            return t;
        });
        Args.method(Types.TYPE, "__init__", (a, k) -> PyNone.NONE);
        Args.method(Types.TYPE, "__call__", (a, k) -> TypeCall.call((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        Args.method(Types.TYPE, "__getattribute__", (a, k) -> {
            Args.count("__getattribute__", a, k, 2, 2);
            return Ops.typeGetattribute((PyType) a[0], typeAttrName(a[1]));
        });
        Args.method(Types.TYPE, "__setattr__", (a, k) -> {
            Args.count("__setattr__", a, k, 3, 3);
            Ops.typeSetattr((PyType) a[0], typeAttrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        Args.method(Types.TYPE, "__delattr__", (a, k) -> {
            Args.count("__delattr__", a, k, 2, 2);
            Ops.genericDelattr(a[0], typeAttrName(a[1]));
            return PyNone.NONE;
        });
        Types.TYPE.put("__prepare__", new PyProperty(PyProperty.Kind.CLASSMETHOD, // type.__prepare__(name, bases, **kwds)
                new dev.jpy.vm.object.PyBuiltin("__prepare__", false, (a, k) -> new PyDict())));
        Args.method(Types.TYPE, "mro", (a, k) -> new PyList(java.util.List.of((Object[]) ((PyType) a[0]).mro)));
        Args.method(Types.TYPE, "__subclasses__", (a, k) -> {
            PyList out = new PyList();
            for (var ref : ((PyType) a[0]).subclasses) if (ref.get() != null) out.items.add(ref.get());
            return out;
        });
    }

    private static PyStr typeAttrName(Object o) {
        if (o instanceof PyStr s) return s;
        throw Errors.type("attribute name must be string, not '" + Errors.typeName(o) + "'");
    }

    static String defaultRepr(Object o) {
        PyType t = ((PyObject) o).type();
        Object q = t.dict.get("__qualname__");
        if (t.module.equals("builtins")) return "<" + t.name + " object at " + Repr.address(o) + ">"; // as CPython's object_repr
        return "<" + t.module + "." + (q instanceof PyStr s ? s.s : t.name) + " object at " + Repr.address(o) + ">";
    }

    private static void exceptionMethods() {
        PyType be = Types.BASE_EXCEPTION;
        Args.method(be, "__init__", (a, k) -> {
            dev.jpy.vm.object.ExceptionKinds.init((PyBaseException) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return PyNone.NONE;
        });
        Args.method(be, "__repr__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            String args = Ops.repr(e.args);
            if (e.args.items.length == 1) args = args.substring(0, args.length() - 2) + ")";
            return new PyStr(e.type().name + args);
        });
        Args.method(be, "__str__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            return new PyStr(dev.jpy.vm.object.Repr.exceptionStr(e));
        });
        Args.method(be, "with_traceback", (a, k) -> {
            Args.methodCount("with_traceback", a, k, 1, 1);
            dev.jpy.vm.object.PyTraceback.assign((dev.jpy.vm.object.PyBaseException) a[0], a[1]);
            return a[0];
        });
    }

    private static Object newType(PyType meta, Object[] a) {
        PyStr name = (PyStr) a[0];
        Object[] bs = ((PyTuple) a[1]).items;
        PyType[] bases = new PyType[bs.length];
        for (int i = 0; i < bs.length; i++) bases[i] = (PyType) bs[i];
        PyType t = TypeCall.newClass(meta, name.s, bases, (PyDict) a[2]);
        var top = dev.jpy.vm.interp.VmState.get().top;
        if (t.dict.get("__module__") == null && top != null && top.globals.get("__name__") instanceof PyStr mod) {
            t.put("__module__", mod); // as type_new: the module of the code that called type()
            t.module = mod.s;
        }
        return t;
    }

    private static Object newInt(Object[] a, PyTuple k) {
        Object baseKw = Args.kw(a, k, "base");
        if (baseKw != null) { // int(x, base=N): x stays positional-only
            Args.onlyKeywords("int", k, "base");
            if (Args.npos(a, k) != 1) throw Errors.type(Args.npos(a, k) == 0 ? "int() missing string argument" : "int() takes at most 2 arguments (" + a.length + " given)");
            return newInt(new Object[] {a[0], baseKw}, null);
        }
        Args.count("int", a, k, 0, 2);
        if (a.length == 0) return PyInt.of(0);
        Object x = a[0];
        if (a.length == 2) {
            long base = Ops.index(a[1]);
            if (base != 0 && base < 2 || base > 36) throw Errors.value("int() base must be >= 2 and <= 36, or 0");
            if (x instanceof dev.jpy.vm.object.PyBytes b) return parseBytes(b, (int) base);
            if (!(x instanceof PyStr s)) throw Errors.type("int() can't convert non-string with explicit base");
            return parseInt(s.s, (int) base);
        }
        if (x instanceof PyBool b) return PyInt.of(b.v);
        if (x instanceof PyInt i) return x instanceof dev.jpy.vm.object.Derived ? PyInt.of(i.bigValue()) : x;
        if (x instanceof PyFloat f) {
            if (Double.isNaN(f.v)) throw Errors.value("cannot convert float NaN to integer");
            if (Double.isInfinite(f.v)) throw Errors.overflow("cannot convert float infinity to integer");
            return PyInt.of(new java.math.BigDecimal(f.v).toBigInteger());
        }
        if (x instanceof PyStr s) return parseInt(s.s, 10);
        if (x instanceof dev.jpy.vm.object.PyBytes b) return parseBytes(b, 10);
        Object r = Ops.callSpecial(x, "__int__");
        if (r != null && !(r instanceof PyInt)) throw Errors.type("__int__ returned non-int (type " + Errors.typeName(r) + ")");
        if (r == null && ((dev.jpy.vm.object.PyObject) x).type().lookup(new PyStr("__index__")) != null) r = Ops.indexInt(x);
        if (r != null) return r;
        throw Errors.type("int() argument must be a string, a bytes-like object or a real number, not '" + Errors.typeName(x) + "'");
    }

    /** int(b'...', base): the bytes read as Latin-1 text; an invalid literal is shown as the bytes. */
    private static PyInt parseBytes(dev.jpy.vm.object.PyBytes b, int base) {
        try {
            return parseInt(new String(b.b, java.nio.charset.StandardCharsets.ISO_8859_1), base);
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (!e.exc.type().isSubtype(Types.VALUE_ERROR) || !Ops.str(e.exc).startsWith("invalid literal")) throw e;
            throw Errors.value(Errors.INVALID_INT_LITERAL.formatted(base, Ops.repr(b)));
        }
    }

    static PyInt parseInt(String text, int base) {
        String digits = text.strip();
        boolean neg = false;
        if (digits.startsWith("-") || digits.startsWith("+")) { neg = digits.startsWith("-"); digits = digits.substring(1); }
        int given = base;
        String low = digits.toLowerCase();
        int prefixBase = low.startsWith("0x") ? 16 : low.startsWith("0o") ? 8 : low.startsWith("0b") ? 2 : 0;
        boolean afterPrefix = false, decimalZeros = false;
        if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
            digits = digits.substring(2);
            base = prefixBase;
            afterPrefix = true; // "0x_1f": one underscore may follow the prefix
        } else if (base == 0) {
            base = 10;
            decimalZeros = true; // base 0 reads a literal: "07" is not one, "00" is
        }
        try {
            // underscores only between digits (or right after a base prefix), never two in a row or at the end
            if (digits.isEmpty() || digits.contains("__") || digits.endsWith("_") || digits.startsWith("_") && !afterPrefix) throw new NumberFormatException();
            digits = digits.replace("_", "");
            if (digits.isEmpty() || !Character.isLetterOrDigit(digits.charAt(0))) throw new NumberFormatException();
            if (decimalZeros && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) throw new NumberFormatException();
            if ((base & (base - 1)) != 0) dev.jpy.vm.object.IntDigits.checkParse(digits.length());
            return PyInt.parse(digits, base, neg);
        } catch (NumberFormatException e) {
            throw Errors.value(Errors.INVALID_INT_LITERAL.formatted(given, Ops.repr(new PyStr(text))));
        }
    }

    /** s with every Unicode decimal digit ('٣', '４') replaced by its ASCII digit, as float() and int() read them. */
    static String asciiDigits(String s) {
        if (s.chars().allMatch(c -> c < 128)) return s;
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.appendCodePoint(c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(c, 10) : c));
        return sb.toString();
    }

    private static Object newFloat(Object x) {
        if (x instanceof PyFloat f) return x instanceof dev.jpy.vm.object.Derived ? new PyFloat(f.v) : x;
        if (x instanceof PyInt i) return new PyFloat(i.toDouble());
        if (x instanceof PyStr s) {
            String t = asciiDigits(s.s.strip()).replace("_", "").toLowerCase();
            switch (t) {
                case "inf", "+inf", "infinity", "+infinity" -> { return new PyFloat(Double.POSITIVE_INFINITY); }
                case "-inf", "-infinity" -> { return new PyFloat(Double.NEGATIVE_INFINITY); }
                case "nan", "+nan", "-nan" -> { return new PyFloat(Double.NaN); }
                default -> { }
            }
            try {
                if (t.isEmpty() || t.endsWith("d") || t.endsWith("f") || t.contains("x")) throw new NumberFormatException();
                return new PyFloat(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw Errors.value("could not convert string to float: " + Ops.repr(s));
            }
        }
        if (((PyObject) x).type().lookup("__float__") == null && ((PyObject) x).type().lookup("__index__") == null && !(x instanceof dev.jpy.vm.object.PyBytes)) {
            throw Errors.type("float() argument must be a string or a real number, not '" + Errors.typeName(x) + "'");
        }
        return new PyFloat(Arith.toDouble(x));
    }

    /** str(): a class rather than a lambda, so that HotSpot compiles one method for str(x), not two. */
    private static final class StrConstructor implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            if (a.length == 1 && k == null && a[0].getClass() == PyInt.class) { // str(int): Long.toString's ASCII digits
                String d = a[0].toString();
                return new PyStr(d, d.length());
            }
            if (k == null && a.length <= 1) return a.length == 0 ? PyStr.EMPTY : PyStr.of(Ops.str(a[0]));
            return decodeStr(a, k);
        }
    }

    /** str(object, encoding[, errors]): the bytes decoded (str itself cannot be decoded). */
    private static Object decodeStr(Object[] a, PyTuple k) {
        Args.onlyKeywords("str", k, "object", "encoding", "errors");
        int npos = Args.npos(a, k);
        if (npos > 3) throw Errors.type("str expected at most 3 arguments, got " + a.length);
        String[] names = {"object", "encoding", "errors"};
        for (int i = 0; i < npos; i++) {
            if (Args.kw(a, k, names[i]) != null) throw Errors.type("argument for str() given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
        }
        Object obj = npos > 0 ? a[0] : Args.kw(a, k, "object"), enc = npos > 1 ? a[1] : Args.kw(a, k, "encoding");
        Object errors = npos > 2 ? a[2] : Args.kw(a, k, "errors");
        if (obj == null) return PyStr.EMPTY;
        if (enc == null && errors == null) return PyStr.of(Ops.str(obj)); // str(object=x)
        if (obj instanceof PyStr) throw Errors.type("decoding str is not supported");
        if (!(obj instanceof dev.jpy.vm.object.PyBytes || obj instanceof dev.jpy.vm.object.PyByteArray)) {
            throw Errors.type("decoding to str: need a bytes-like object, " + Errors.typeName(obj) + " found");
        }
        Object decode = Ops.getattr(obj, new PyStr("decode"));
        return Ops.call(decode, enc == null ? new PyStr("utf-8") : enc, errors == null ? new PyStr("strict") : errors);
    }

    private static Object newSet(Object[] a, boolean frozen) {
        Args.count(frozen ? "frozenset" : "set", a, null, 0, 1);
        if (frozen && a.length == 1 && a[0] instanceof PySet f && f.frozen) return f;
        PySet s = new PySet(frozen);
        if (a.length > 0) dev.jpy.vm.object.SetOps.update(s.items, a[0]);
        return s;
    }

    private static Object newRange(Object[] a, PyTuple k) {
        Args.count("range", a, k, 1, 3);
        PyInt[] v = new PyInt[a.length];
        for (int i = 0; i < a.length; i++) v[i] = Ops.indexInt(a[i]);
        if (v.length == 1) return Ranges.make(PyInt.of(0), v[0], PyInt.of(1));
        PyInt step = v.length == 3 ? v[2] : PyInt.of(1);
        if (step.signum() == 0) throw Errors.value("range() arg 3 must not be zero");
        return Ranges.make(v[0], v[1], step);
    }
}
