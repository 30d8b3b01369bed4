package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** json.loads: CPython's scanner, with its JSONDecodeError messages and positions (in code points). */
final class JsonDecoder {
    static final PyType DECODE_ERROR = new PyType("JSONDecodeError", new PyType[] {Types.VALUE_ERROR}, PyType.Layout.EXCEPTION, true);

    static { DECODE_ERROR.module = "json.decoder"; }

    /** object_hook, object_pairs_hook, parse_float and parse_int (each may be null). */
    record Hooks(Object objectHook, Object pairsHook, Object parseFloat, Object parseInt) {}

    private final int[] s;
    private final String doc;
    private final Hooks hooks;

    private JsonDecoder(String doc, Hooks hooks) {
        this.doc = doc;
        this.s = doc.codePoints().toArray();
        this.hooks = hooks;
    }

    static Object decode(String doc, Hooks hooks) {
        JsonDecoder d = new JsonDecoder(doc, hooks);
        int[] end = new int[1];
        Object v = d.value(d.ws(0), end);
        int i = d.ws(end[0]);
        if (i != d.s.length) throw d.error("Extra data", i);
        return v;
    }

    private int ws(int i) {
        while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
        return i;
    }

    private boolean at(int i, String word) {
        if (i + word.length() > s.length) return false;
        for (int k = 0; k < word.length(); k++) if (s[i + k] != word.charAt(k)) return false;
        return true;
    }

    /** The value starting at i; its end goes to end[0]. */
    private Object value(int i, int[] end) {
        if (i >= s.length) throw error("Expecting value", i);
        int c = s[i];
        if (c == '"') return string(i, end);
        if (c == '{') return object(i + 1, end);
        if (c == '[') return array(i + 1, end);
        for (String[] w : new String[][] {{"null"}, {"true"}, {"false"}, {"NaN"}, {"Infinity"}, {"-Infinity"}}) {
            if (at(i, w[0])) {
                end[0] = i + w[0].length();
                return switch (w[0]) {
                    case "null" -> PyNone.NONE;
                    case "true" -> PyBool.TRUE;
                    case "false" -> PyBool.FALSE;
                    default -> hooks.parseFloat() != null ? Ops.call(hooks.parseFloat(), new PyStr(w[0]))
                            : new PyFloat(w[0].equals("NaN") ? Double.NaN : w[0].startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                };
            }
        }
        return number(i, end);
    }

    private Object number(int i, int[] end) {
        int j = i;
        if (j < s.length && s[j] == '-') j++;
        if (j < s.length && s[j] == '0') j++;
        else if (j < s.length && s[j] >= '1' && s[j] <= '9') while (j < s.length && isDigit(s[j])) j++;
        else throw error("Expecting value", i);
        boolean isFloat = false;
        if (j + 1 < s.length && s[j] == '.' && isDigit(s[j + 1])) {
            j += 2;
            while (j < s.length && isDigit(s[j])) j++;
            isFloat = true;
        }
        if (j < s.length && (s[j] == 'e' || s[j] == 'E')) {
            int k = j + 1;
            if (k < s.length && (s[k] == '+' || s[k] == '-')) k++;
            if (k < s.length && isDigit(s[k])) {
                while (k < s.length && isDigit(s[k])) k++;
                j = k;
                isFloat = true;
            }
        }
        end[0] = j;
        String text = new String(s, i, j - i);
        if (isFloat) return hooks.parseFloat() != null ? Ops.call(hooks.parseFloat(), new PyStr(text)) : new PyFloat(Double.parseDouble(text));
        return hooks.parseInt() != null ? Ops.call(hooks.parseInt(), new PyStr(text)) : PyInt.of(new BigInteger(text));
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private PyStr string(int start, int[] end) {
        StringBuilder sb = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= s.length) throw error("Unterminated string starting at", start);
            int c = s[i];
            if (c == '"') break;
            if (c < 0x20) throw error("Invalid control character at", i);
            if (c != '\\') {
                sb.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length) throw error("Unterminated string starting at", start);
            int e = s[i + 1];
            if (e == 'u') {
                int cp = hex4(i + 2, i + 1);
                i += 6;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < s.length && s[i] == '\\' && s[i + 1] == 'u') {
                    int low = hex4(i + 2, i + 1);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                sb.appendCodePoint(cp);
                continue;
            }
            sb.append(switch (e) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> throw error("Invalid \\escape", i);
            });
            i += 2;
        }
        end[0] = i + 1;
        return PyStr.of(sb.toString());
    }

    private int hex4(int i, int errorAt) {
        if (i + 4 > s.length) throw error("Invalid \\uXXXX escape", errorAt);
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s[k], 16);
            if (d < 0 || s[k] > 0x7f) throw error("Invalid \\uXXXX escape", errorAt);
            v = v * 16 + d;
        }
        return v;
    }

    private Object object(int i, int[] end) {
        List<Object[]> pairs = new ArrayList<>();
        i = ws(i);
        if (i < s.length && s[i] == '}') {
            end[0] = i + 1;
            return finishObject(pairs);
        }
        while (true) {
            if (i >= s.length || s[i] != '"') throw error("Expecting property name enclosed in double quotes", i);
            PyStr key = string(i, end);
            i = ws(end[0]);
            if (i >= s.length || s[i] != ':') throw error("Expecting ':' delimiter", i);
            Object v = value(ws(i + 1), end);
            pairs.add(new Object[] {key, v});
            i = ws(end[0]);
            if (i < s.length && s[i] == '}') break;
            if (i >= s.length || s[i] != ',') throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = ws(i + 1);
            if (i < s.length && s[i] == '}') throw error("Illegal trailing comma before end of object", comma);
        }
        end[0] = i + 1;
        return finishObject(pairs);
    }

    private Object finishObject(List<Object[]> pairs) {
        if (hooks.pairsHook() != null) {
            List<Object> tuples = new ArrayList<>();
            for (Object[] p : pairs) tuples.add(PyTuple.of(p[0], p[1]));
            return Ops.call(hooks.pairsHook(), new PyList(tuples));
        }
        PyDict d = new PyDict();
        for (Object[] p : pairs) d.map.put(p[0], p[1]);
        return hooks.objectHook() != null ? Ops.call(hooks.objectHook(), d) : d;
    }

    private Object array(int i, int[] end) {
        List<Object> items = new ArrayList<>();
        i = ws(i);
        if (i < s.length && s[i] == ']') {
            end[0] = i + 1;
            return new PyList(items);
        }
        while (true) {
            items.add(value(i, end));
            i = ws(end[0]);
            if (i < s.length && s[i] == ']') break;
            if (i >= s.length || s[i] != ',') throw error("Expecting ',' delimiter", i);
            int comma = i;
            i = ws(i + 1);
            if (i < s.length && s[i] == ']') throw error("Illegal trailing comma before end of array", comma);
        }
        end[0] = i + 1;
        return new PyList(items);
    }

    /** JSONDecodeError(msg, doc, pos): the message gets the line, column and character position. */
    PyRaise error(String msg, int pos) {
        int line = 1, lineStart = 0;
        for (int k = 0; k < pos && k < s.length; k++) if (s[k] == '\n') { line++; lineStart = k + 1; }
        int col = pos - lineStart + 1;
        PyBaseException e = new PyBaseException(DECODE_ERROR, PyTuple.of(new PyStr(msg + ": line " + line + " column " + col + " (char " + pos + ")")));
        e.dict.put("msg", new PyStr(msg));
        e.dict.put("doc", new PyStr(doc));
        e.dict.put("pos", PyInt.of(pos));
        e.dict.put("lineno", PyInt.of(line));
        e.dict.put("colno", PyInt.of(col));
        return new PyRaise(e);
    }
}
