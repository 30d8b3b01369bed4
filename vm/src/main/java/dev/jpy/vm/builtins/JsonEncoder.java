package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** json.dumps: CPython's encoder output (indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys, default). */
final class JsonEncoder {
    /** The options of one dumps() call; indent null means everything on one line. */
    record Options(String indent, String itemSep, String keySep, boolean sortKeys, boolean ensureAscii, boolean allowNan,
                   boolean skipKeys, boolean checkCircular, Object defaultFn) {}

    private final Options o;
    private final StringBuilder sb = new StringBuilder();
    private final IdentityHashMap<Object, Boolean> markers = new IdentityHashMap<>();

    private JsonEncoder(Options o) { this.o = o; }

    static String encode(Object value, Options o) {
        JsonEncoder e = new JsonEncoder(o);
        e.value(value, 0);
        return e.sb.toString();
    }

    private void value(Object v, int level) {
        if (v instanceof PyStr s) string(s.s);
        else if (v == PyNone.NONE) sb.append("null");
        else if (v instanceof PyBool b) sb.append(b.v != 0 ? "true" : "false");
        else if (v instanceof PyInt i) sb.append(i);
        else if (v instanceof PyFloat f) sb.append(floatText(f.v));
        else if (v instanceof PyList l) array(v, l.items, level);
        else if (v instanceof PyTuple t) array(v, List.of(t.items), level);
        else if (v instanceof PyDict d) object(d, level);
        else {
            if (o.defaultFn() == null) throw Errors.type("Object of type " + Errors.typeName(v) + " is not JSON serializable");
            enter(v);
            value(Ops.call(o.defaultFn(), v), level);
            markers.remove(v);
        }
    }

    private void enter(Object container) {
        if (o.checkCircular() && markers.put(container, Boolean.TRUE) != null) throw Errors.value("Circular reference detected");
    }

    private String floatText(double d) {
        String text = Double.isNaN(d) ? "NaN" : d == Double.POSITIVE_INFINITY ? "Infinity" : d == Double.NEGATIVE_INFINITY ? "-Infinity" : null;
        if (text == null) return Numbers.floatRepr(d);
        if (!o.allowNan()) throw Errors.value("Out of range float values are not JSON compliant: " + Numbers.floatRepr(d));
        return text;
    }

    /** The text after an opening bracket or separator: a newline and the indentation of {@code level}, or nothing. */
    private String newline(int level) { return o.indent() == null ? "" : "\n" + o.indent().repeat(level); }

    private void array(Object self, List<Object> items, int level) {
        if (items.isEmpty()) {
            sb.append("[]");
            return;
        }
        enter(self);
        sb.append('[').append(newline(level + 1));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(o.itemSep()).append(newline(level + 1));
            value(items.get(i), level + 1);
        }
        sb.append(newline(level)).append(']');
        markers.remove(self);
    }

    private void object(PyDict d, int level) {
        if (d.map.isEmpty()) {
            sb.append("{}");
            return;
        }
        enter(d);
        List<Map.Entry<Object, Object>> items = new ArrayList<>(d.map.entrySet());
        if (o.sortKeys()) items.sort((a, b) -> Compare.compareBool(Compare.LT, a.getKey(), b.getKey()) ? -1 : Compare.compareBool(Compare.LT, b.getKey(), a.getKey()) ? 1 : 0);
        sb.append('{').append(newline(level + 1));
        boolean first = true;
        for (Map.Entry<Object, Object> e : items) {
            String key = keyText(e.getKey());
            if (key == null) continue;
            if (!first) sb.append(o.itemSep()).append(newline(level + 1));
            first = false;
            string(key);
            sb.append(o.keySep());
            value(e.getValue(), level + 1);
        }
        sb.append(newline(level)).append('}');
        markers.remove(d);
    }

    /** A dict key as JSON text (keys are always strings), or null for a key skipkeys drops. */
    private String keyText(Object k) {
        if (k instanceof PyStr s) return s.s;
        if (k instanceof PyBool b) return b.v != 0 ? "true" : "false";
        if (k instanceof PyInt i) return i.toString();
        if (k instanceof PyFloat f) return floatText(f.v);
        if (k == PyNone.NONE) return "null";
        if (o.skipKeys()) return null;
        throw Errors.type("keys must be str, int, float, bool or None, not " + Errors.typeName(k));
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || o.ensureAscii() && c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
