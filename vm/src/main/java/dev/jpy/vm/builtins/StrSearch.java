package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;

/**
 * str.find, rfind, index, rindex, count, startswith and endswith, in code points with CPython's range rules
 * (a start past the end finds nothing, not even ''). Java's String search runs on the chars; in a str with
 * surrogate pairs a match that would split a pair is skipped.
 */
final class StrSearch {
    private StrSearch() {}

    static void install() {
        var t = Types.STR;
        Args.method(t, "find", new Find("find", false, false));
        Args.method(t, "rfind", new Find("rfind", true, false));
        Args.method(t, "index", new Find("index", false, true));
        Args.method(t, "rindex", new Find("rindex", true, true));
        Args.method(t, "count", (a, k) -> PyInt.of(count(a, k)));
        Args.method(t, "startswith", new Affix("startswith", true));
        Args.method(t, "endswith", new Affix("endswith", false));
    }

    /*
     * The hot methods are Body classes whose call() holds the common case (one str argument, no range) and hands the
     * rest to the general code: HotSpot then compiles one method per str method, where a lambda over a helper has it
     * compile the helper twice (alone, and again inlined into the lambda).
     */

    /** find, rfind, index, rindex. */
    private record Find(String name, boolean last, boolean raise) implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            long i;
            if (k == null && a.length == 2 && a[1] instanceof PyStr sub && ((PyStr) a[0]).bmp()) { // char indexes are code-point indexes
                String s = ((PyStr) a[0]).s, t = sub.s;
                i = last ? s.lastIndexOf(t) : t.length() == 1 ? PyStr.indexOf(s, t.charAt(0), 0) : s.indexOf(t);
            } else {
                i = find(name, a, k, last);
            }
            if (i < 0 && raise) throw Errors.value("substring not found");
            return PyInt.of(i);
        }
    }

    /** startswith, endswith. */
    private record Affix(String name, boolean start) implements PyBuiltin.Body {
        @Override public Object call(Object[] a, PyTuple k) {
            if (k == null && a.length == 2 && a[1] instanceof PyStr p) { // no range: a match at the very start (end) that keeps pairs whole
                PyStr ps = (PyStr) a[0];
                String s = ps.s, t = p.s;
                return PyBool.of(start ? s.startsWith(t) && (ps.bmp() || PyStr.aligned(s, t.length()))
                        : s.endsWith(t) && (ps.bmp() || PyStr.aligned(s, s.length() - t.length())));
            }
            return PyBool.of(affix(name, a, k, start));
        }
    }

    /** Checks the arguments of a (sub[, start[, end]]) method and returns sub. */
    private static PyStr sub(String name, Object[] a, PyTuple k) {
        if (k != null && k.items.length > 0) throw Errors.type("str." + name + "() takes no keyword arguments");
        Args.methodCount(name, a, k, 1, 3);
        if (a[1] instanceof PyStr p) return p;
        throw Errors.type(name + "() argument 1 must be str, not " + argType(a[1]));
    }

    /** The type name in an argument-clinic message: None is "None". */
    static String argType(Object o) { return o == PyNone.NONE ? "None" : Errors.typeName(o); }

    /** A start or end argument (absent, None, an int or an __index__ object); dflt when absent or None. */
    private static long bound(Object[] a, int i, long dflt) {
        if (i >= a.length || a[i] == PyNone.NONE) return dflt;
        Object o = a[i];
        if (!(o instanceof PyInt) && (o instanceof PyStr || ((dev.jpy.vm.object.PyObject) o).type().lookup("__index__") == null)) {
            throw Errors.type("slice indices must be integers or None or have an __index__ method");
        }
        PyInt v = Ops.indexInt(o);
        return v.isSmall() ? v.v : v.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /**
     * The range [start, end) of a[2], a[3] over a str of n code points as CPython's ADJUST_INDICES: negatives count
     * from the end, end is clipped to n, a start past n stays past it (clipped to n + 1). Packed start << 32 | end.
     */
    private static long range(Object[] a, int n) {
        long start = bound(a, 2, 0), end = bound(a, 3, n);
        if (end > n) end = n;
        else if (end < 0) { end += n; if (end < 0) end = 0; }
        if (start < 0) { start += n; if (start < 0) start = 0; }
        else if (start > n) start = n + 1;
        return start << 32 | end;
    }

    /** A match of m chars at char offset i keeps the pairs of s whole (always so when s has none). */
    private static boolean whole(PyStr ps, int i, int m) { return ps.bmp() || PyStr.aligned(ps.s, i) && PyStr.aligned(ps.s, i + m); }

    static long find(String name, Object[] a, PyTuple k, boolean last) {
        PyStr ps = (PyStr) a[0], sub = sub(name, a, k);
        String s = ps.s, t = sub.s;
        int n = ps.length(), m = t.length();
        if (a.length == 2) { // the whole string: no range to resolve
            if (ps.bmp()) return last ? s.lastIndexOf(t) : m == 1 ? PyStr.indexOf(s, t.charAt(0), 0) : s.indexOf(t);
            return search(ps, t, 0, s.length(), last);
        }
        long r = range(a, n);
        int start = (int) (r >>> 32), end = (int) r;
        if (end - start < sub.length()) return -1;
        return search(ps, t, ps.offset(start), ps.offset(end), last);
    }

    /** The code-point index of the first (last) whole match of t within char offsets [from, to), or -1. */
    private static int search(PyStr ps, String t, int from, int to, boolean last) {
        String s = ps.s;
        int m = t.length();
        if (!last) {
            for (int i = s.indexOf(t, from); i >= 0 && i + m <= to; i = s.indexOf(t, i + 1)) if (whole(ps, i, m)) return ps.index(i);
        } else {
            for (int i = s.lastIndexOf(t, to - m); i >= from; i = s.lastIndexOf(t, i - 1)) if (whole(ps, i, m)) return ps.index(i);
        }
        return -1;
    }

    static long count(Object[] a, PyTuple k) {
        PyStr ps = (PyStr) a[0], sub = sub("count", a, k);
        String s = ps.s, t = sub.s;
        int n = ps.length(), m = t.length();
        int start = 0, end = n;
        if (a.length > 2) {
            long r = range(a, n);
            start = (int) (r >>> 32);
            end = (int) r;
        }
        if (end - start < sub.length()) return 0;
        if (m == 0) return end - start + 1;
        int from = ps.offset(start), to = ps.offset(end), c = 0;
        if (m == 1 && ps.bmp()) {
            char ch = t.charAt(0);
            for (int i = from; i < to; i++) if (s.charAt(i) == ch) c++;
            return c;
        }
        for (int i = s.indexOf(t, from); i >= 0 && i + m <= to; ) {
            if (whole(ps, i, m)) { c++; i = s.indexOf(t, i + m); } else i = s.indexOf(t, i + 1);
        }
        return c;
    }

    private static boolean affix(String name, Object[] a, PyTuple k, boolean start) {
        if (k != null && k.items.length > 0) throw Errors.type("str." + name + "() takes no keyword arguments");
        Args.methodCount(name, a, k, 1, 3);
        PyStr ps = (PyStr) a[0];
        int n = ps.length(), from = 0, to = n;
        if (a.length > 2) {
            long r = range(a, n);
            from = (int) (r >>> 32);
            to = (int) r;
        }
        if (a[1] instanceof PyTuple t) {
            for (Object x : t.items) {
                if (!(x instanceof PyStr p)) throw Errors.type("tuple for " + name + " must only contain str, not " + Errors.typeName(x));
                if (tailMatch(ps, p, from, to, start)) return true;
            }
            return false;
        }
        if (!(a[1] instanceof PyStr p)) {
            throw Errors.type(name + " first arg must be str or a tuple of str, not " + Errors.typeName(a[1]));
        }
        return tailMatch(ps, p, from, to, start);
    }

    /** Whether code points [from, to) of ps start (end) with p, as CPython's tailmatch. */
    private static boolean tailMatch(PyStr ps, PyStr p, int from, int to, boolean start) {
        if (to - p.length() < from) return false;
        String s = ps.s, t = p.s;
        int m = t.length();
        if (m == 0) return true;
        int at = start ? ps.offset(from) : ps.offset(to) - m;
        return s.startsWith(t, at) && whole(ps, at, m);
    }
}
