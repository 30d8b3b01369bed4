package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.Types;

/** More methods of str: expandtabs, maketrans, translate, istitle, isascii, isprintable. */
final class StrMethodsMore {
    private StrMethodsMore() {}

    static void install() {
        var t = Types.STR;
        Args.method(t, "expandtabs", (a, k) -> {
            Object size = a.length > 1 ? a[1] : Args.kw(a, k, "tabsize");
            return PyStr.of(expandtabs(StrMethods.self(a), size == null ? 8 : (int) Ops.index(size)));
        });
        Args.staticMethod(t, "maketrans", (a, k) -> maketrans(a));
        Args.method(t, "translate", (a, k) -> translate(StrMethods.self(a), a[1]));
        Args.method(t, "istitle", (a, k) -> PyBool.of(istitle(StrMethods.self(a))));
        Args.method(t, "isascii", (a, k) -> PyBool.of(StrMethods.self(a).chars().allMatch(c -> c < 128)));
        Args.method(t, "isprintable", (a, k) -> PyBool.of(StrMethods.self(a).codePoints().allMatch(StrMethodsMore::printable)));
    }

    private static String expandtabs(String s, int size) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (size > 0) { int n = size - col % size; sb.append(" ".repeat(n)); col += n; }
            } else {
                sb.appendCodePoint(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    private static PyDict maketrans(Object[] a) {
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict src)) throw Errors.type("if you give only one argument to maketrans it must be a dict");
            for (var e : src.map.entrySet()) {
                Object key = e.getKey();
                if (key instanceof PyStr ks) {
                    if (ks.length() != 1) throw Errors.value("string keys in translate table must be of length 1");
                    key = PyInt.of(ks.codePointAt(0));
                }
                d.map.put(key, e.getValue());
            }
            return d;
        }
        int[] from = ((PyStr) a[0]).s.codePoints().toArray(), to = ((PyStr) a[1]).s.codePoints().toArray();
        if (from.length != to.length) throw Errors.value("the first two maketrans arguments must have equal length");
        for (int i = 0; i < from.length; i++) d.map.put(PyInt.of(from[i]), PyInt.of(to[i]));
        if (a.length > 2) ((PyStr) a[2]).s.codePoints().forEach(c -> d.map.put(PyInt.of(c), PyNone.NONE));
        return d;
    }

    private static PyStr translate(String s, Object table) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            Object v;
            try {
                v = Seq.getitem(table, PyInt.of(c));
            } catch (dev.jpy.vm.object.PyRaise e) {
                if (!e.exc.type().isSubtype(Types.LOOKUP_ERROR)) throw e;
                sb.appendCodePoint(c);
                return;
            }
            if (v instanceof PyStr r) sb.append(r.s);
            else if (v instanceof PyInt n) sb.appendCodePoint((int) Ops.index(n));
            else if (v != PyNone.NONE) throw Errors.type("character mapping must return integer, None or str");
        });
        return PyStr.of(sb.toString());
    }

    private static boolean istitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean printable(int c) {
        if (c == ' ') return true;
        int type = Character.getType(c);
        return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL || type == Character.FORMAT
                || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
    }
}
