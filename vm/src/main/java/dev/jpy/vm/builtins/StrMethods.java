package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Format;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.Types;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** The methods of str. */
final class StrMethods {
    private StrMethods() {}

    static String self(Object[] a) { return ((PyStr) a[0]).s; }

    static void install() {
        var t = Types.STR;
        Args.method(t, "upper", (a, k) -> PyStr.of(self(a).toUpperCase()));
        Args.method(t, "lower", (a, k) -> PyStr.of(self(a).toLowerCase()));
        // full case folding approximated per code point as lower(upper(c)): ß -> ss, ς -> σ
        Args.method(t, "casefold", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            self(a).codePoints().forEach(c -> sb.append(Character.toString(c).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT)));
            return PyStr.of(sb.toString());
        });
        Args.method(t, "title", (a, k) -> PyStr.of(title(self(a))));
        Args.method(t, "capitalize", (a, k) -> {
            String s = self(a);
            if (s.isEmpty()) return PyStr.of(s);
            int first = Character.charCount(s.codePointAt(0));
            return PyStr.of(titleOf(s.codePointAt(0)) + s.substring(first).toLowerCase(java.util.Locale.ROOT));
        });
        Args.method(t, "swapcase", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            self(a).codePoints().forEach(c -> sb.append(Character.isUpperCase(c) ? Character.toString(c).toLowerCase(java.util.Locale.ROOT)
                    : Character.isLowerCase(c) ? Character.toString(c).toUpperCase(java.util.Locale.ROOT) : Character.toString(c)));
            return PyStr.of(sb.toString());
        });
        Args.method(t, "strip", (a, k) -> PyStr.of(strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, true)));
        Args.method(t, "lstrip", (a, k) -> PyStr.of(strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, true, false)));
        Args.method(t, "rstrip", (a, k) -> PyStr.of(strip(self(a), a.length > 1 ? a[1] : PyNone.NONE, false, true)));
        Args.method(t, "split", (a, k) -> split(a, k, false));
        Args.method(t, "rsplit", (a, k) -> split(a, k, true));
        Args.method(t, "splitlines", (a, k) -> {
            PyList l = new PyList();
            String s = self(a);
            boolean keep = a.length > 1 && Ops.truthy(a[1]);
            int i = 0, n = s.length();
            while (i < n) {
                int j = i;
                while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
                int e = j;
                if (j < n) j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
                l.items.add(PyStr.of(s.substring(i, keep ? j : e)));
                i = j;
            }
            return l;
        });
        Args.method(t, "join", (a, k) -> {
            String sep = self(a);
            // a list or tuple is read in place (CPython's join also takes a list's items as they are)
            java.util.List<Object> items = a[1] instanceof dev.jpy.vm.object.PyList l ? l.items
                    : a[1] instanceof dev.jpy.vm.object.PyTuple tu ? java.util.Arrays.asList(tu.items) : Ops.toList(a[1]);
            int len = sep.length() * Math.max(0, items.size() - 1);
            for (Object x : items) if (x instanceof PyStr s) len += s.s.length();
            StringBuilder sb = new StringBuilder(len);
            int i = 0;
            for (Object x : items) {
                if (!(x instanceof PyStr s)) throw Errors.type("sequence item " + i + ": expected str instance, " + Errors.typeName(x) + " found");
                if (i++ > 0) sb.append(sep);
                sb.append(s.s);
            }
            return PyStr.of(sb.toString());
        });
        Args.method(t, "replace", (a, k) -> {
            String s = self(a), old = ((PyStr) a[1]).s, nw = ((PyStr) a[2]).s;
            long count = a.length > 3 ? Ops.index(a[3]) : -1;
            if (count < 0) return PyStr.of(old.isEmpty() ? insertEverywhere(s, nw) : s.replace(old, nw));
            StringBuilder sb = new StringBuilder();
            int i = 0;
            for (long c = 0; c < count; c++) {
                int j = s.indexOf(old, i);
                if (j < 0) break;
                sb.append(s, i, j).append(nw);
                i = j + old.length();
            }
            return PyStr.of(sb.append(s.substring(i)).toString());
        });
        Args.method(t, "startswith", (a, k) -> PyBool.of(affix(a, true)));
        Args.method(t, "endswith", (a, k) -> PyBool.of(affix(a, false)));
        Args.method(t, "find", (a, k) -> PyInt.of(find(a, false)));
        Args.method(t, "rfind", (a, k) -> PyInt.of(find(a, true)));
        Args.method(t, "index", (a, k) -> {
            long r = find(a, false);
            if (r < 0) throw Errors.value("substring not found");
            return PyInt.of(r);
        });
        Args.method(t, "count", (a, k) -> {
            Args.methodCount("count", a, k, 1, 3);
            if (!(a[1] instanceof PyStr psub)) throw Errors.type("count() argument 1 must be str, not " + Errors.typeName(a[1]));
            PyStr ps = (PyStr) a[0];
            String sub = psub.s;
            long n = ps.length(), start = a.length > 2 ? sliceIndex(a[2], 0) : 0, end = a.length > 3 ? sliceIndex(a[3], n) : n;
            end = end > n ? n : end < 0 ? Math.max(0, end + n) : end; // CPython's ADJUST_INDICES: start may stay past the end
            if (start < 0) start = Math.max(0, start + n);
            if (end - start < psub.length()) return PyInt.of(0);
            if (sub.isEmpty()) return PyInt.of(end - start + 1);
            String s = ps.s.substring(ps.offset((int) start), ps.offset((int) end));
            int c = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) c++;
            return PyInt.of(c);
        });
        Args.method(t, "format", (a, k) -> PyStr.of(StrFormat.format(self(a), a, k)));
        Args.method(t, "format_map", (a, k) -> {
            Args.methodCount("format_map", a, k, 1, 1);
            return PyStr.of(StrFormat.formatMap(self(a), a[1]));
        });
        Args.method(t, "isdigit", (a, k) -> all(a, StrMethods::isDigitChar));
        Args.method(t, "isnumeric", (a, k) -> all(a, StrMethods::isNumeric));
        Args.method(t, "isdecimal", (a, k) -> all(a, Character::isDigit));
        Args.method(t, "isalpha", (a, k) -> all(a, Character::isLetter));
        Args.method(t, "isalnum", (a, k) -> all(a, c -> Character.isLetter(c) || isNumeric(c)));
        Args.method(t, "isspace", (a, k) -> all(a, Character::isWhitespace));
        Args.method(t, "isidentifier", (a, k) -> PyBool.of(!self(a).isEmpty() && Character.isJavaIdentifierStart(self(a).codePointAt(0)) && self(a).codePoints().allMatch(Character::isJavaIdentifierPart) && !self(a).contains("$")));
        Args.method(t, "isupper", (a, k) -> PyBool.of(self(a).codePoints().anyMatch(Character::isUpperCase) && self(a).codePoints().noneMatch(Character::isLowerCase)));
        Args.method(t, "islower", (a, k) -> PyBool.of(self(a).codePoints().anyMatch(Character::isLowerCase) && self(a).codePoints().noneMatch(Character::isUpperCase)));
        Args.method(t, "center", (a, k) -> pad(a, 0));
        Args.method(t, "ljust", (a, k) -> pad(a, -1));
        Args.method(t, "rjust", (a, k) -> pad(a, 1));
        Args.method(t, "zfill", (a, k) -> {
            String s = self(a);
            int w = (int) Ops.index(a[1]);
            if (s.length() >= w) return a[0];
            String sign = s.startsWith("-") || s.startsWith("+") ? s.substring(0, 1) : "";
            return PyStr.of(sign + "0".repeat(w - s.length()) + s.substring(sign.length()));
        });
        Args.method(t, "partition", (a, k) -> partition(a, false));
        Args.method(t, "rpartition", (a, k) -> partition(a, true));
        Args.method(t, "encode", (a, k) -> {
            int npos = Args.npos(a, k);
            Object ea = npos > 1 ? a[1] : Args.kw(a, k, "encoding"), er = npos > 2 ? a[2] : Args.kw(a, k, "errors");
            String enc = ea instanceof PyStr es ? es.s.toLowerCase().replace('_', '-') : "utf-8";
            PyBytes known = Codecs.encode((PyStr) a[0], enc, er instanceof PyStr rs ? rs.s : "strict");
            if (known != null) return known;
            java.nio.charset.Charset cs = switch (enc) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
                case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
                case "utf-16-le", "utf-16le" -> StandardCharsets.UTF_16LE;
                case "utf-16-be", "utf-16be" -> StandardCharsets.UTF_16BE;
                default -> throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + enc);
            };
            if (!cs.newEncoder().canEncode(self(a))) throw Errors.raise(Types.UNICODE_ERROR, "'" + enc + "' codec can't encode the string");
            return new PyBytes(self(a).getBytes(cs));
        });
        Args.method(t, "removeprefix", (a, k) -> { String p = ((PyStr) a[1]).s; return self(a).startsWith(p) ? PyStr.of(self(a).substring(p.length())) : a[0]; });
        Args.method(t, "removesuffix", (a, k) -> { String p = ((PyStr) a[1]).s; return self(a).endsWith(p) && !p.isEmpty() ? PyStr.of(self(a).substring(0, self(a).length() - p.length())) : a[0]; });
        Args.method(t, "__format__", (a, k) -> PyStr.of(Format.format(a[0], ((PyStr) a[1]).s)));
        Args.method(Types.BYTES, "decode", (a, k) -> {
            int npos = Args.npos(a, k);
            Object ea = npos > 1 ? a[1] : Args.kw(a, k, "encoding"), er = npos > 2 ? a[2] : Args.kw(a, k, "errors");
            String enc = ea instanceof PyStr es ? es.s : "utf-8";
            PyStr known = Codecs.decode(((PyBytes) a[0]).b, enc, er instanceof PyStr rs ? rs.s : "strict");
            if (known != null) return known;
            throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + enc);
        });
    }

    private static String insertEverywhere(String s, String nw) {
        StringBuilder sb = new StringBuilder(nw);
        s.codePoints().forEach(c -> sb.appendCodePoint(c).append(nw));
        return sb.toString();
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int c : s.codePoints().toArray()) {
            if (prevCased) sb.appendCodePoint(Character.toLowerCase(c));
            else sb.append(titleOf(c));
            prevCased = Character.isLetter(c);
        }
        return sb.toString();
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The full title-case mapping of one character: its own title form (ǅ), else the first letter of a multi-letter upper case (ß → Ss). */
    private static String titleOf(int c) {
        int title = Character.toTitleCase(c);
        if (title != Character.toUpperCase(c)) return Character.toString(title);
        String upper = Character.toString(c).toUpperCase(java.util.Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) <= 1) return Character.toString(title);
        int first = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, first) + upper.substring(first).toLowerCase(java.util.Locale.ROOT);
    }

    private static Object all(Object[] a, IntPredicate p) {
        String s = self(a);
        return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(p));
    }

    static boolean isSpace(int c) { return Character.isWhitespace(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0; }

    static String strip(String s, Object chars, boolean left, boolean right) {
        IntPredicate strip = chars == PyNone.NONE ? StrMethods::isSpace : c -> ((PyStr) chars).s.indexOf(c) >= 0;
        int i = 0, j = s.length();
        if (left) while (i < j && strip.test(s.charAt(i))) i++;
        if (right) while (j > i && strip.test(s.charAt(j - 1))) j--;
        return s.substring(i, j);
    }

    private static Object split(Object[] a, dev.jpy.vm.object.PyTuple k, boolean fromRight) {
        String s = self(a);
        Object sepObj = a.length > 1 && Args.npos(a, k) > 1 ? a[1] : Args.kw(a, k, "sep");
        Object maxObj = Args.npos(a, k) > 2 ? a[2] : Args.kw(a, k, "maxsplit");
        long max = maxObj == null ? -1 : Ops.index(maxObj);
        ArrayList<Object> out = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.NONE) {
            List<String> words = new ArrayList<>();
            if (!fromRight) {
                int i = 0, n = s.length();
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) i++;
                    if (i >= n) break;
                    if (max >= 0 && words.size() == max) { words.add(strip(s.substring(i), PyNone.NONE, false, true)); break; }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) j++;
                    words.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = s.length();
                while (true) {
                    while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                    if (j <= 0) break;
                    if (max >= 0 && words.size() == max) { words.add(0, strip(s.substring(0, j), PyNone.NONE, true, false)); break; }
                    int i = j;
                    while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                    words.add(0, s.substring(i, j));
                    j = i;
                }
            }
            for (String w : words) out.add(PyStr.of(w));
            return PyList.wrap(out);
        }
        String sep = ((PyStr) sepObj).s;
        if (sep.isEmpty()) throw Errors.value("empty separator");
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            while (max < 0 || parts.size() < max) {
                int j = s.indexOf(sep, i);
                if (j < 0) break;
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
            parts.add(s.substring(i));
        } else {
            int j = s.length();
            while (max < 0 || parts.size() < max) {
                int i = s.lastIndexOf(sep, j - sep.length());
                if (i < 0 || j - sep.length() < 0) break;
                parts.add(0, s.substring(i + sep.length(), j));
                j = i;
            }
            parts.add(0, s.substring(0, j));
        }
        for (String w : parts) out.add(PyStr.of(w));
        return PyList.wrap(out);
    }

    private static boolean affix(Object[] a, boolean start) {
        String s = self(a);
        if (a.length > 2) {
            PyStr ps = (PyStr) a[0];
            long[] r = new dev.jpy.vm.object.PySlice(a[2], a.length > 3 ? a[3] : PyNone.NONE, PyNone.NONE).indices(ps.length());
            s = ps.substring((int) r[0], (int) Math.max(r[0], r[1]));
        }
        if (a[1] instanceof PyTuple t) {
            for (Object x : t.items) if (start ? s.startsWith(((PyStr) x).s) : s.endsWith(((PyStr) x).s)) return true;
            return false;
        }
        if (!(a[1] instanceof PyStr p)) {
            throw Errors.type((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not " + Errors.typeName(a[1]));
        }
        return start ? s.startsWith(p.s) : s.endsWith(p.s);
    }

    /** str.isdigit's test: a decimal digit, or another digit character such as a superscript or circled 1 to 9 (Numeric_Type Digit). */
    private static boolean isDigitChar(int c) {
        if (Character.isDigit(c)) return true;
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    /** A start or end argument of count(): None gives dflt; an int or an object with __index__ its value. */
    private static long sliceIndex(Object o, long dflt) {
        if (o == PyNone.NONE) return dflt;
        if (!(o instanceof PyInt) && !(o instanceof dev.jpy.vm.object.PyInstance p && p.type().lookup("__index__") != null)) {
            throw Errors.type("slice indices must be integers or None or have an __index__ method");
        }
        return Ops.index(o);
    }

    static long find(Object[] a, boolean last) {
        PyStr ps = (PyStr) a[0];
        String sub = ((PyStr) a[1]).s;
        long[] r = new dev.jpy.vm.object.PySlice(a.length > 2 ? a[2] : PyNone.NONE, a.length > 3 ? a[3] : PyNone.NONE, PyNone.NONE).indices(ps.length());
        String s = ps.s;
        int from = ps.offset((int) r[0]), to = ps.offset((int) Math.max(r[0], r[1]));
        String region = s.substring(from, to);
        int i = last ? region.lastIndexOf(sub) : region.indexOf(sub);
        if (i < 0) return -1;
        return s.codePointCount(0, from + i);
    }

    private static Object pad(Object[] a, int where) {
        String s = self(a);
        int w = (int) Ops.index(a[1]);
        String fill = a.length > 2 ? ((PyStr) a[2]).s : " ";
        if (fill.codePointCount(0, fill.length()) != 1) throw Errors.type("The fill character must be exactly one character long");
        int len = ((PyStr) a[0]).length();
        if (len >= w) return a[0];
        int n = w - len;
        return PyStr.of(switch (where) {
            case -1 -> s + fill.repeat(n);
            case 1 -> fill.repeat(n) + s;
            default -> {
                int left = n / 2 + (n & w & 1);
                yield fill.repeat(left) + s + fill.repeat(n - left);
            }
        });
    }

    private static Object partition(Object[] a, boolean last) {
        String s = self(a), sep = ((PyStr) a[1]).s;
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return last ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, a[0]) : PyTuple.of(a[0], PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(PyStr.of(s.substring(0, i)), a[1], PyStr.of(s.substring(i + sep.length())));
    }

    static Object item(Object container, String key) { return Seq.getitem(container, PyStr.of(key)); }
}
