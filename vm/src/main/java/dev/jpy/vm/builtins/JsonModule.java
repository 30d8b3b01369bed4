package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The json module: dumps/dump with CPython's output and errors (the decoder is {@link JsonDecoder}; JSONEncoder and cls= are lib/json_encoder.py). */
final class JsonModule implements NativeModule {
    @Override public String name() { return "json"; }

    static final PyType DECODE_ERROR = new PyType("JSONDecodeError", new PyType[] {Types.VALUE_ERROR}, PyType.Layout.EXCEPTION, false);
    static {
        DECODE_ERROR.module = "json.decoder";
    }

    private static final String[] DUMP_OPTIONS = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
        "separators", "default", "sort_keys"};

    @Override public void init(PyDict d) {
        d.put("JSONDecodeError", DECODE_ERROR);
        Args.def(d, "dumps", (a, k) -> {
            Args.onlyKeywords("dumps", k, DUMP_OPTIONS);
            if (Args.npos(a, k) != 1) throw Errors.type("dumps() takes 1 positional argument but " + Args.npos(a, k) + " were given");
            return new PyStr(new Encoder(a, k).encode(a[0]));
        });
        Args.def(d, "dump", (a, k) -> {
            Args.onlyKeywords("dump", k, DUMP_OPTIONS);
            if (Args.npos(a, k) != 2) throw Errors.type("dump() takes 2 positional arguments but " + Args.npos(a, k) + " were given");
            Ops.call(Ops.getattr(a[1], PyStr.intern("write")), new PyStr(new Encoder(a, k).encode(a[0])));
            return PyNone.NONE;
        });
        Args.def(d, "loads", (a, k) -> JsonDecoder.loads(a, k));
        Args.def(d, "load", (a, k) -> {
            Object[] b = a.clone();
            b[0] = Ops.call(Ops.getattr(a[0], PyStr.intern("read")));
            return JsonDecoder.loads(b, k);
        });
        PySource.run("json_encoder", d);
    }

    /** One dumps() call: its options and the containers being encoded (for the circular check). */
    private static final class Encoder {
        final boolean skipKeys, ensureAscii, checkCircular, allowNan, sortKeys;
        final String indent, itemSep, keySep;
        final Object dflt;
        final Map<Object, Boolean> active = new IdentityHashMap<>();
        final StringBuilder out = new StringBuilder();

        Encoder(Object[] a, PyTuple k) {
            skipKeys = flag(a, k, "skipkeys", false);
            ensureAscii = flag(a, k, "ensure_ascii", true);
            checkCircular = flag(a, k, "check_circular", true);
            allowNan = flag(a, k, "allow_nan", true);
            sortKeys = flag(a, k, "sort_keys", false);
            Object ind = Args.kw(a, k, "indent"), seps = Args.kw(a, k, "separators"), df = Args.kw(a, k, "default");
            indent = ind == null || ind == PyNone.NONE ? null : ind instanceof PyStr s ? s.s : " ".repeat((int) Math.max(0, Ops.index(ind)));
            if (seps != null && seps != PyNone.NONE) {
                List<Object> sp = Ops.toList(seps);
                itemSep = Args.str(sp.get(0), "separator").s;
                keySep = Args.str(sp.get(1), "separator").s;
            } else {
                itemSep = indent == null ? ", " : ",";
                keySep = ": ";
            }
            dflt = df == PyNone.NONE ? null : df;
        }

        private static boolean flag(Object[] a, PyTuple k, String name, boolean dflt) {
            Object v = Args.kw(a, k, name);
            return v == null ? dflt : Ops.truthy(v);
        }

        String encode(Object o) {
            value(o, 0);
            return out.toString();
        }

        private void value(Object o, int depth) {
            if (o == PyNone.NONE) out.append("null");
            else if (o instanceof PyBool b) out.append(b.v != 0 ? "true" : "false");
            else if (o instanceof PyInt i) out.append(i);
            else if (o instanceof PyFloat f) out.append(floatText(f.v));
            else if (o instanceof PyStr s) string(s.s);
            else if (o instanceof PyList l) array(o, l.items, depth);
            else if (o instanceof PyTuple t) array(o, List.of(t.items), depth);
            else if (o instanceof PyDict d) object(o, d, depth);
            else if (dflt != null) {
                enter(o);
                value(Ops.call(dflt, o), depth);
                active.remove(o);
            } else {
                throw Errors.type("Object of type " + Errors.typeName(o) + " is not JSON serializable");
            }
        }

        private String floatText(double v) {
            if (Double.isFinite(v)) return Numbers.floatRepr(v);
            if (!allowNan) throw Errors.value("Out of range float values are not JSON compliant: " + Numbers.floatRepr(v));
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }

        private void enter(Object o) {
            if (checkCircular && active.put(o, Boolean.TRUE) != null) throw Errors.value("Circular reference detected");
        }

        private void newline(int depth) {
            if (indent != null) out.append('\n').append(indent.repeat(depth));
        }

        private void array(Object o, List<Object> items, int depth) {
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            enter(o);
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) out.append(itemSep);
                newline(depth + 1);
                value(items.get(i), depth + 1);
            }
            newline(depth);
            out.append(']');
            active.remove(o);
        }

        private void object(Object o, PyDict d, int depth) {
            if (d.map.isEmpty()) {
                out.append("{}");
                return;
            }
            enter(o);
            List<Object> entries = new ArrayList<>();
            for (var e : d.map.entrySet()) entries.add(PyTuple.of(e.getKey(), e.getValue()));
            if (sortKeys) {
                PyList l = new PyList(entries);
                ListMethods.sort(l, null, null);
                entries = l.items;
            }
            out.append('{');
            boolean first = true;
            for (Object entry : entries) {
                Object key = ((PyTuple) entry).items[0], v = ((PyTuple) entry).items[1];
                String ks = keyText(key);
                if (ks == null) continue;
                if (!first) out.append(itemSep);
                first = false;
                newline(depth + 1);
                string(ks);
                out.append(keySep);
                value(v, depth + 1);
            }
            newline(depth);
            out.append('}');
            active.remove(o);
        }

        /** A key as JSON writes it, or null when skipkeys drops it. */
        private String keyText(Object key) {
            if (key instanceof PyStr s) return s.s;
            if (key instanceof PyFloat f) return floatText(f.v);
            if (key instanceof PyBool b) return b.v != 0 ? "true" : "false";
            if (key == PyNone.NONE) return "null";
            if (key instanceof PyInt i) return i.toString();
            if (skipKeys) return null;
            throw Errors.type("keys must be str, int, float, bool or None, not " + Errors.typeName(key));
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || ensureAscii && c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                        else out.append(c);
                    }
                }
            }
            out.append('"');
        }
    }
}
