package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.Collections;

/**
 * str.split, rsplit, partition, rpartition and replace. The pieces are made straight from char offsets (a str
 * without surrogate pairs knows each piece's length); a separator match that would split a surrogate pair is skipped.
 */
final class StrSplit {
    private StrSplit() {}

    static void install() {
        var t = Types.STR;
        Args.method(t, "split", new Split(false));
        Args.method(t, "rsplit", new Split(true));
        Args.method(t, "partition", (a, k) -> partition(a, k, false));
        Args.method(t, "rpartition", (a, k) -> partition(a, k, true));
        Args.method(t, "replace", new Replace());
    }

    /** The first whole match of t in ps at or after char offset from, or -1. */
    static int next(PyStr ps, String t, int from) { return ps.indexOf(t, from); }

    /** The last whole match of t in ps starting at or before char offset at, or -1. */
    static int prev(PyStr ps, String t, int at) {
        int i = ps.s.lastIndexOf(t, at);
        if (ps.bmp()) return i;
        while (i >= 0 && !(PyStr.aligned(ps.s, i) && PyStr.aligned(ps.s, i + t.length()))) i = ps.s.lastIndexOf(t, i - 1);
        return i;
    }

    /** Chars [from, to) of ps as a str. */
    static PyStr piece(PyStr ps, int from, int to) {
        String s = ps.s;
        int n = to - from;
        if (n <= 1) return n == 0 ? PyStr.EMPTY : PyStr.ofCodePoint(s.charAt(from)); // shared for Latin-1, as CPython's
        if (n == s.length() && ps.type() == Types.STR) return ps;
        return ps.bmp() ? new PyStr(s.substring(from, to), n) : new PyStr(s.substring(from, to));
    }

    /** split and rsplit: a Body class rather than a lambda over a helper, so that HotSpot compiles one method, not two. */
    private record Split(boolean fromRight) implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            if (k == null && a.length == 2 && !fromRight && a[1] instanceof PyStr sep && sep.s.length() == 1 && !Character.isSurrogate(sep.s.charAt(0))) {
                return PyList.wrap(splitChar((PyStr) a[0], sep.s.charAt(0), Long.MAX_VALUE)); // s.split(c), the common case
            }
            if (k == null && a.length == 1) return PyList.wrap(fromRight ? rsplitSpace((PyStr) a[0], Long.MAX_VALUE) : splitSpace((PyStr) a[0], Long.MAX_VALUE));
            return split(a, k, fromRight);
        }
    }

    /** split and rsplit with any arguments. */
    private static PyList split(Object[] a, PyTuple k, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        int npos = Args.npos(a, k);
        if (k != null) Args.onlyKeywords(name, k, "sep", "maxsplit");
        if (npos > 3) throw Errors.type(name + "() takes at most 2 arguments (" + (npos - 1) + " given)");
        Object sepObj = npos > 1 ? a[1] : Args.kw(a, k, "sep");
        Object maxObj = npos > 2 ? a[2] : Args.kw(a, k, "maxsplit");
        long max = maxObj == null ? -1 : Ops.index(maxObj);
        if (max < 0) max = Long.MAX_VALUE;
        PyStr ps = (PyStr) a[0];
        if (sepObj == null || sepObj == PyNone.NONE) return PyList.wrap(fromRight ? rsplitSpace(ps, max) : splitSpace(ps, max));
        if (!(sepObj instanceof PyStr sep)) throw Errors.type("must be str or None, not " + Errors.typeName(sepObj));
        String t = sep.s;
        if (t.isEmpty()) throw Errors.value("empty separator");
        if (fromRight) return PyList.wrap(rsplit(ps, t, max));
        return PyList.wrap(t.length() == 1 && !Character.isSurrogate(t.charAt(0)) ? splitChar(ps, t.charAt(0), max) : split(ps, t, max));
    }

    /**
     * ps split at char c (not a surrogate, so no match splits a pair), at most max times: one plain scan and one
     * place that makes a piece, so that the JIT compiles little. The list starts with room for 12, as CPython's.
     */
    private static ArrayList<Object> splitChar(PyStr ps, char c, long max) {
        String s = ps.s;
        int n = s.length(), i = 0;
        ArrayList<Object> out = new ArrayList<>((int) Math.min(max, 11) + 1);
        while (true) {
            int j = i;
            if (out.size() < max) while (j < n && s.charAt(j) != c) j++;
            else j = n;
            out.add(piece(ps, i, j));
            if (j >= n) return out;
            i = j + 1;
        }
    }

    /** ps split at the separator t, at most max times, from the left. */
    private static ArrayList<Object> split(PyStr ps, String t, long max) {
        ArrayList<Object> out = new ArrayList<>((int) Math.min(max, 11) + 1);
        int i = 0, m = t.length();
        for (int j; out.size() < max && (j = next(ps, t, i)) >= 0; i = j + m) out.add(piece(ps, i, j));
        out.add(piece(ps, i, ps.s.length()));
        return out;
    }

    /** ps split at the separator t, at most max times, from the right. */
    private static ArrayList<Object> rsplit(PyStr ps, String t, long max) {
        ArrayList<Object> out = new ArrayList<>((int) Math.min(max, 11) + 1);
        int j = ps.s.length(), m = t.length();
        for (int i; out.size() < max && j >= m && (i = prev(ps, t, j - m)) >= 0; j = i) out.add(piece(ps, i + m, j));
        out.add(piece(ps, 0, j));
        Collections.reverse(out);
        return out;
    }

    /** str.isspace's test for one char (the whitespace split() splits on). */
    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || c == 0x2007 || c == 0x202f;
    }

    private static ArrayList<Object> splitSpace(PyStr ps, long max) {
        String s = ps.s;
        ArrayList<Object> out = new ArrayList<>(4);
        int i = 0, n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) i++;
            if (i >= n) break;
            if (out.size() == max) { // the rest as it is, trailing whitespace included
                out.add(piece(ps, i, n));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) j++;
            out.add(piece(ps, i, j));
            i = j;
        }
        return out;
    }

    private static ArrayList<Object> rsplitSpace(PyStr ps, long max) {
        String s = ps.s;
        ArrayList<Object> out = new ArrayList<>(4);
        int j = s.length();
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1))) j--;
            if (j <= 0) break;
            if (out.size() == max) {
                out.add(piece(ps, 0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
            out.add(piece(ps, i, j));
            j = i;
        }
        Collections.reverse(out);
        return out;
    }

    private static Object partition(Object[] a, PyTuple k, boolean last) {
        String name = last ? "rpartition" : "partition";
        Args.methodCount(name, a, k, 1, 1);
        PyStr ps = (PyStr) a[0];
        if (!(a[1] instanceof PyStr sep)) throw Errors.type("must be str, not " + Errors.typeName(a[1]));
        String s = ps.s, t = sep.s;
        if (t.isEmpty()) throw Errors.value("empty separator");
        int i = last ? prev(ps, t, s.length() - t.length()) : next(ps, t, 0);
        if (i < 0) return last ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, ps) : PyTuple.of(ps, PyStr.EMPTY, PyStr.EMPTY);
        return PyTuple.of(piece(ps, 0, i), sep, piece(ps, i + t.length(), s.length()));
    }

    /**
     * replace: a Body class whose call() does s.replace(old, new) on a str without surrogate pairs with Java's
     * String.replace (every char match is a code-point match; '' matches around each character, as in Python).
     */
    private record Replace() implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            if (k == null && a.length == 3 && a[1] instanceof PyStr old && a[2] instanceof PyStr nw && ((PyStr) a[0]).bmp()) {
                PyStr ps = (PyStr) a[0];
                String r = ps.s.replace(old.s, nw.s);
                return r == ps.s && ps.type() == Types.STR ? ps : PyStr.of(r);
            }
            return replace(a, k);
        }
    }

    private static Object replace(Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (k != null) Args.onlyKeywords("replace", k, "count");
        if (npos < 3) throw Errors.type("replace() takes at least 2 positional arguments (" + (npos - 1) + " given)");
        if (a.length > 4) throw Errors.type("replace() takes at most 3 arguments (" + (a.length - 1) + " given)");
        for (int i = 1; i <= 2; i++) {
            if (!(a[i] instanceof PyStr)) throw Errors.type("replace() argument " + i + " must be str, not " + StrSearch.argType(a[i]));
        }
        PyStr ps = (PyStr) a[0];
        Object countObj = npos > 3 ? a[3] : Args.kw(a, k, "count");
        long count = countObj == null ? -1 : Ops.index(countObj);
        if (count < 0) count = Long.MAX_VALUE;
        String s = ps.s, old = ((PyStr) a[1]).s, nw = ((PyStr) a[2]).s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        if (old.isEmpty()) { // before each code point and at the end
            long c = 0;
            for (; c < count && i < s.length(); c++) {
                int cp = s.codePointAt(i);
                sb.append(nw).appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (c < count) sb.append(nw);
        } else {
            for (long c = 0; c < count; c++) {
                int j = next(ps, old, i);
                if (j < 0) break;
                sb.append(s, i, j).append(nw);
                i = j + old.length();
            }
            if (i == 0 && ps.type() == Types.STR) return ps;
        }
        return PyStr.of(sb.append(s, i, s.length()).toString());
    }
}
