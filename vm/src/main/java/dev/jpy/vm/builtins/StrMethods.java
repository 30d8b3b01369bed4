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
import java.util.function.IntPredicate;

/** The methods of str. */
final class StrMethods {
    private StrMethods() {}

    static String self(Object[] a) { return ((PyStr) a[0]).s; }

    static void install() {
        var t = Types.STR;
        Args.method(t, "strip", (a, k) -> stripped(a, k, "strip", true, true));
        Args.method(t, "lstrip", (a, k) -> stripped(a, k, "lstrip", true, false));
        Args.method(t, "rstrip", (a, k) -> stripped(a, k, "rstrip", false, true));
        Args.method(t, "splitlines", (a, k) -> {
            PyList l = new PyList();
            String s = self(a);
            boolean keep = a.length > 1 && Ops.truthy(a[1]);
            int i = 0, n = s.length();
            while (i < n) {
                int j = i;
                while (j < n && !lineBreak(s.charAt(j))) j++;
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
                    : a[1] instanceof dev.jpy.vm.object.PyTuple tu ? java.util.Arrays.asList(tu.items) : joinItems(a[1]);
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
        Args.method(t, "isspace", (a, k) -> all(a, StrSplit::isSpace));
        Args.method(t, "isidentifier", (a, k) -> PyBool.of(!self(a).isEmpty() && Character.isJavaIdentifierStart(self(a).codePointAt(0)) && self(a).codePoints().allMatch(Character::isJavaIdentifierPart) && !self(a).contains("$")));
        // isupper: some cased character and none lower or title case; islower the other way round
        Args.method(t, "isupper", (a, k) -> PyBool.of(self(a).codePoints().anyMatch(Character::isUpperCase)
                && self(a).codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c))));
        Args.method(t, "islower", (a, k) -> PyBool.of(self(a).codePoints().anyMatch(Character::isLowerCase)
                && self(a).codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c))));
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


    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The line boundaries of str.splitlines: \n, \r, \v, \f, \x1c to \x1e, \x85, U+2028 and U+2029. */
    static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static java.util.List<Object> joinItems(Object iterable) {
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (e.exc.type() == Types.TYPE_ERROR && Ops.str(e.exc).equals(Errors.NOT_ITERABLE.formatted(Errors.typeName(iterable)))) {
                throw Errors.type("can only join an iterable");
            }
            throw e;
        }
        return Ops.toList(it);
    }

    private static Object all(Object[] a, IntPredicate p) {
        String s = self(a);
        return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(p));
    }

    private static Object stripped(Object[] a, PyTuple k, String name, boolean left, boolean right) {
        Args.methodCount(name, a, k, 0, 1);
        String s = self(a), r = strip(s, a.length > 1 ? a[1] : PyNone.NONE, left, right);
        return r.length() == s.length() && a[0].getClass() == PyStr.class ? a[0] : PyStr.of(r);
    }

    static String strip(String s, Object chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == PyNone.NONE) {
            if (left) while (i < j && StrSplit.isSpace(s.charAt(i))) i++;
            if (right) while (j > i && StrSplit.isSpace(s.charAt(j - 1))) j--;
            return s.substring(i, j);
        }
        if (!(chars instanceof PyStr cs)) throw Errors.type("strip arg must be None or str");
        String set = cs.s;
        if (left) while (i < j) { int c = s.codePointAt(i); if (set.indexOf(c) < 0) break; i += Character.charCount(c); }
        if (right) while (j > i) { int c = s.codePointBefore(j); if (set.indexOf(c) < 0) break; j -= Character.charCount(c); }
        return s.substring(i, j);
    }

    /** str.isdigit's test: a decimal digit, or another digit character such as a superscript or circled 1 to 9 (Numeric_Type Digit). */
    private static boolean isDigitChar(int c) {
        if (Character.isDigit(c)) return true;
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
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

    static Object item(Object container, String key) { return Seq.getitem(container, PyStr.of(key)); }
}
