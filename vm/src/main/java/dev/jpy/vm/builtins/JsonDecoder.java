package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** json.loads: a recursive-descent parser that reports errors where CPython's scanner does, with its messages. */
final class JsonDecoder {
    private final String s;
    private final Object objectHook, pairsHook, parseFloat, parseInt;

    private JsonDecoder(String s, Object objectHook, Object pairsHook, Object parseFloat, Object parseInt) {
        this.s = s;
        this.objectHook = objectHook;
        this.pairsHook = pairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
    }

    static Object loads(Object[] a, PyTuple k) {
        Args.onlyKeywords("loads", k, "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict");
        Object doc = a[0];
        String text;
        if (doc instanceof PyStr str) text = str.s;
        else if (doc instanceof PyBytes b) text = new String(b.b, StandardCharsets.UTF_8);
        else throw Errors.type("the JSON object must be str, bytes or bytearray, not " + Errors.typeName(doc));
        JsonDecoder d = new JsonDecoder(text, hook(a, k, "object_hook"), hook(a, k, "object_pairs_hook"), hook(a, k, "parse_float"),
                hook(a, k, "parse_int"));
        int[] end = {d.skip(0)};
        Object v = d.value(end);
        if (v == null) throw d.error("Expecting value", end[0]);
        int after = d.skip(end[0]);
        if (after != text.length()) throw d.error("Extra data", after);
        return v;
    }

    private static Object hook(Object[] a, PyTuple k, String name) {
        Object v = Args.kw(a, k, name);
        return v == PyNone.NONE ? null : v;
    }

    /** JSONDecodeError("msg: line L column C (char P)") with msg, doc, pos, lineno and colno set. */
    private PyRaise error(String msg, int pos) {
        int line = 1, lastNl = -1;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lastNl = i;
            }
        }
        int col = pos - lastNl;
        PyBaseException e = new PyBaseException(JsonModule.DECODE_ERROR,
                PyTuple.of(new PyStr(msg + ": line " + line + " column " + col + " (char " + pos + ")")));
        e.dict.put("msg", new PyStr(msg));
        e.dict.put("doc", new PyStr(s));
        e.dict.put("pos", PyInt.of(pos));
        e.dict.put("lineno", PyInt.of(line));
        e.dict.put("colno", PyInt.of(col));
        return e.raise();
    }

    private int skip(int i) {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    private char at(int i) { return i < s.length() ? s.charAt(i) : '\0'; }

    /** The value starting at end[0] (moving end[0] past it), or null when none starts there. */
    private Object value(int[] end) {
        int i = end[0];
        if (i >= s.length()) return null;
        char c = s.charAt(i);
        switch (c) {
            case '"' -> { end[0] = i + 1; return new PyStr(string(end)); }
            case '{' -> { end[0] = i + 1; return object(end); }
            case '[' -> { end[0] = i + 1; return array(end); }
            default -> { }
        }
        for (String[] lit : new String[][] {{"null", ""}, {"true", ""}, {"false", ""}, {"NaN", ""}, {"Infinity", ""}, {"-Infinity", ""}}) {
            if (s.startsWith(lit[0], i)) {
                end[0] = i + lit[0].length();
                return switch (lit[0]) {
                    case "null" -> PyNone.NONE;
                    case "true" -> PyBool.TRUE;
                    case "false" -> PyBool.FALSE;
                    case "NaN" -> new PyFloat(Double.NaN);
                    case "Infinity" -> new PyFloat(Double.POSITIVE_INFINITY);
                    default -> new PyFloat(Double.NEGATIVE_INFINITY);
                };
            }
        }
        return number(end);
    }

    private Object number(int[] end) {
        int i = end[0], j = i;
        if (at(j) == '-') j++;
        if (at(j) == '0') j++;
        else if (at(j) >= '1' && at(j) <= '9') while (Character.isDigit(at(j)) && at(j) < 128) j++;
        else return null;
        boolean isFloat = false;
        if (at(j) == '.' && Character.isDigit(at(j + 1))) {
            isFloat = true;
            j += 2;
            while (at(j) >= '0' && at(j) <= '9') j++;
        }
        if (at(j) == 'e' || at(j) == 'E') {
            int e = j + 1;
            if (at(e) == '+' || at(e) == '-') e++;
            if (at(e) >= '0' && at(e) <= '9') {
                while (at(e) >= '0' && at(e) <= '9') e++;
                isFloat = true;
                j = e;
            }
        }
        end[0] = j;
        String text = s.substring(i, j);
        if (isFloat) return parseFloat != null ? Ops.call(parseFloat, new PyStr(text)) : new PyFloat(Double.parseDouble(text));
        return parseInt != null ? Ops.call(parseInt, new PyStr(text)) : PyInt.of(new BigInteger(text));
    }

    private String string(int[] end) {
        int begin = end[0] - 1, i = end[0];
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("Unterminated string starting at", begin);
            char c = s.charAt(i);
            if (c == '"') {
                end[0] = i + 1;
                return sb.toString();
            }
            if (c < 0x20) throw error("Invalid control character at", i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= s.length()) throw error("Unterminated string starting at", begin);
            char esc = s.charAt(i);
            switch (esc) {
                case '"', '\\', '/' -> sb.append(esc);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int u = hex4(i);
                    i += 4;
                    if (u >= 0xd800 && u <= 0xdbff && s.startsWith("\\u", i + 1)) {
                        int u2 = hex4(i + 2);
                        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                            sb.append((char) u).append((char) u2);
                            i += 6;
                            break;
                        }
                    }
                    sb.append((char) u);
                }
                default -> throw error("Invalid \\escape", i - 1);
            }
            i++;
        }
    }

    /** The four hex digits after the 'u' at index u. */
    private int hex4(int u) {
        if (u + 5 <= s.length()) {
            String h = s.substring(u + 1, u + 5);
            if (h.chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 128)) return Integer.parseInt(h, 16);
        }
        throw error("Invalid \\uXXXX escape", u);
    }

    private Object object(int[] end) {
        List<Object> pairs = new ArrayList<>();
        int i = skip(end[0]);
        if (at(i) == '}') {
            end[0] = i + 1;
            return finishObject(pairs);
        }
        if (at(i) != '"') throw error("Expecting property name enclosed in double quotes", i);
        while (true) {
            end[0] = i + 1;
            String key = string(end);
            i = skip(end[0]);
            if (at(i) != ':') throw error("Expecting ':' delimiter", i);
            end[0] = skip(i + 1);
            Object v = value(end);
            if (v == null) throw error("Expecting value", end[0]);
            pairs.add(PyTuple.of(new PyStr(key), v));
            i = skip(end[0]);
            if (at(i) == '}') {
                end[0] = i + 1;
                return finishObject(pairs);
            }
            if (at(i) != ',' || i >= s.length()) throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = skip(i + 1);
            if (at(i) != '"' || i >= s.length()) {
                if (at(i) == '}') throw error("Illegal trailing comma before end of object", comma);
                throw error("Expecting property name enclosed in double quotes", i);
            }
        }
    }

    private Object finishObject(List<Object> pairs) {
        if (pairsHook != null) return Ops.call(pairsHook, new PyList(pairs));
        PyDict d = new PyDict();
        for (Object p : pairs) d.map.put(((PyTuple) p).items[0], ((PyTuple) p).items[1]);
        return objectHook != null ? Ops.call(objectHook, d) : d;
    }

    private Object array(int[] end) {
        List<Object> items = new ArrayList<>();
        int i = skip(end[0]);
        if (at(i) == ']' && i < s.length()) {
            end[0] = i + 1;
            return new PyList(items);
        }
        end[0] = i;
        while (true) {
            Object v = value(end);
            if (v == null) throw error("Expecting value", end[0]);
            items.add(v);
            i = skip(end[0]);
            if (at(i) == ']' && i < s.length()) {
                end[0] = i + 1;
                return new PyList(items);
            }
            if (at(i) != ',' || i >= s.length()) throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = skip(i + 1);
            if (at(i) == ']' && i < s.length()) throw error("Illegal trailing comma before end of array", comma);
            end[0] = i;
        }
    }
}
