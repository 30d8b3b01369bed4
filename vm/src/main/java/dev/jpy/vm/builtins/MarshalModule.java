package dev.jpy.vm.builtins;

import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.io.MarshalWriter;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyComplex;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The marshal module: {@code loads} and {@code dumps} through jpy's marshal reader and writer (format version 4
 * of CPython 3.13). Code objects read by {@code loads} pass {@link dev.jpy.vm.interp.CodeCheck} before they can run.
 */
final class MarshalModule implements NativeModule {
    @Override public String name() { return "marshal"; }

    @Override public void init(PyDict d) {
        d.put("version", PyInt.of(4));
        Args.def(d, "loads", (a, k) -> {
            Object[] p = CallArgs.bind("loads", a, k, 1, 1, "", "allow_code");
            if (!(p[0] instanceof PyBytes b)) throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(p[0]) + "'");
            return loads(b.b);
        });
        Args.def(d, "dumps", (a, k) -> {
            Object[] p = CallArgs.bind("dumps", a, k, 2, 1, "", "", "allow_code");
            return new PyBytes(MarshalWriter.write(toModel(p[0])));
        });
    }

    static Object loads(byte[] data) {
        PyObj o;
        try {
            o = MarshalReader.read(data, 0, MarshalDialect.PY311);
        } catch (RuntimeException e) {
            throw Errors.raise(e.getMessage() != null && e.getMessage().contains("EOF") ? Types.EOF_ERROR : Types.VALUE_ERROR,
                    "bad marshal data (" + e.getMessage() + ")");
        }
        return fromModel(o, new CodeLoader());
    }

    /** A marshal value as a run-time object (code objects loaded, and so checked). */
    private static Object fromModel(PyObj o, CodeLoader loader) {
        return switch (o) {
            case dev.jpy.marshal.model.PyList l -> {
                PyList out = new PyList();
                for (PyObj x : l.items()) out.items.add(fromModel(x, loader));
                yield out;
            }
            case dev.jpy.marshal.model.PyDict m -> {
                PyDict out = new PyDict();
                for (var e : m.entries()) out.map.put(fromModel(e.key(), loader), fromModel(e.value(), loader));
                yield out;
            }
            case dev.jpy.marshal.model.PySet s -> {
                PySet out = new PySet(false);
                for (PyObj x : s.items()) out.items.add(fromModel(x, loader));
                yield out;
            }
            case dev.jpy.marshal.model.PyTuple t -> {
                Object[] a = new Object[t.size()];
                for (int i = 0; i < a.length; i++) a[i] = fromModel(t.get(i), loader);
                yield PyTuple.of(a);
            }
            default -> loader.constant(o);
        };
    }

    /** A run-time object as a marshal value; ValueError "unmarshallable object" for the rest. */
    static PyObj toModel(Object v) {
        return switch (v) {
            case PyNone n when n == PyNone.NONE -> dev.jpy.marshal.model.PyNone.NONE;
            case PyNone n when n == PyNone.ELLIPSIS -> dev.jpy.marshal.model.PyEllipsis.ELLIPSIS;
            case PyBool b -> dev.jpy.marshal.model.PyBool.of(b == PyBool.TRUE);
            case PyInt i -> dev.jpy.marshal.model.PyInt.of(i.bigValue());
            case PyFloat f -> new dev.jpy.marshal.model.PyFloat(f.v);
            case PyComplex c -> new dev.jpy.marshal.model.PyComplex(c.re, c.im);
            case PyStr s -> dev.jpy.marshal.model.PyStr.of(s.s);
            case PyBytes b -> dev.jpy.marshal.model.PyBytes.of(b.b);
            case PyTuple t -> new dev.jpy.marshal.model.PyTuple(models(List.of(t.items)));
            case PyList l -> new dev.jpy.marshal.model.PyList(models(l.items));
            case PySet s -> s.frozen ? new dev.jpy.marshal.model.PyFrozenSet(models(s.items)) : new dev.jpy.marshal.model.PySet(models(s.items));
            case PyDict d -> {
                List<dev.jpy.marshal.model.PyDict.Entry> es = new ArrayList<>();
                for (var e : d.map.entrySet()) es.add(new dev.jpy.marshal.model.PyDict.Entry(toModel(e.getKey()), toModel(e.getValue())));
                yield new dev.jpy.marshal.model.PyDict(es);
            }
            case PyCodeObj c -> c.code;
            default -> throw Errors.value("unmarshallable object");
        };
    }

    private static List<PyObj> models(java.util.Collection<Object> items) {
        List<PyObj> out = new ArrayList<>();
        for (Object x : items) out.add(toModel(x));
        return out;
    }
}
