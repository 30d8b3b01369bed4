package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyByteArray;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * bytes and bytearray: constructors and the shared method set. Methods whose bytes meaning equals the str one
 * (find, replace, split with a separator, justification, ...) run str's implementation over the Latin-1 text of
 * the bytes and turn str results back into bytes of the receiver's kind; case and class tests are ASCII-only here.
 */
final class BytesMethods {
    private BytesMethods() {}

    /** Methods that run str's code over Latin-1 text. */
    private static final String[] VIA_STR = {"center", "count", "endswith", "expandtabs", "find", "index", "join", "ljust",
        "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "split",
        "startswith", "zfill", "strip", "lstrip", "rstrip", "splitlines"};

    static void install() {
        Types.BYTES.constructor = (a, k) -> new PyBytes(construct("bytes", a, k));
        Types.BYTEARRAY.constructor = (a, k) -> new PyByteArray(construct("bytearray", a, k));
        for (PyType t : new PyType[] {Types.BYTES, Types.BYTEARRAY}) {
            for (String name : VIA_STR) {
                Args.method(t, name, (a, k) -> viaStr(name, a, k));
            }
            Args.method(t, "lower", (a, k) -> map(a, c -> c >= 'A' && c <= 'Z' ? c + 32 : c));
            Args.method(t, "upper", (a, k) -> map(a, c -> c >= 'a' && c <= 'z' ? c - 32 : c));
            Args.method(t, "swapcase", (a, k) -> map(a, c -> c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c));
            Args.method(t, "capitalize", (a, k) -> {
                byte[] r = self(a).b.clone();
                for (int i = 0; i < r.length; i++) r[i] = (byte) (i == 0 ? up(r[i]) : low(r[i]));
                return PyByteArray.like(self(a), r);
            });
            Args.method(t, "title", (a, k) -> {
                byte[] r = self(a).b.clone();
                boolean prev = false;
                for (int i = 0; i < r.length; i++) {
                    r[i] = (byte) (prev ? low(r[i]) : up(r[i]));
                    prev = isAlpha(r[i]);
                }
                return PyByteArray.like(self(a), r);
            });
            Args.method(t, "isalpha", (a, k) -> all(a, BytesMethods::isAlpha));
            Args.method(t, "isdigit", (a, k) -> all(a, c -> c >= '0' && c <= '9'));
            Args.method(t, "isalnum", (a, k) -> all(a, c -> isAlpha(c) || c >= '0' && c <= '9'));
            Args.method(t, "isspace", (a, k) -> all(a, c -> c == ' ' || c >= 9 && c <= 13));
            Args.method(t, "islower", (a, k) -> cased(a, false));
            Args.method(t, "isupper", (a, k) -> cased(a, true));
            Args.method(t, "isascii", (a, k) -> { for (byte x : self(a).b) if (x < 0) return PyBool.FALSE; return PyBool.TRUE; });
            Args.method(t, "hex", (a, k) -> hex(self(a).b, a, k));
            Args.method(t, "translate", (a, k) -> translate(a, k));
            Args.staticMethod(t, "maketrans", (a, k) -> maketrans(a, k));
            Args.method(t, "__bytes__", (a, k) -> new PyBytes(self(a).b.clone()));
            t.put("fromhex", new dev.jpy.vm.object.PyProperty(dev.jpy.vm.object.PyProperty.Kind.CLASSMETHOD,
                    new dev.jpy.vm.object.PyBuiltin("fromhex", false, (a, k) -> fromhex((PyType) a[0], a[1]))));
        }
        Args.method(Types.BYTEARRAY, "decode", (a, k) -> Ops.call(Types.BYTES.lookup("decode"), a, k));
        ByteArrayMethods.install();
        MemoryViewMethods.install();
    }

    static PyBytes self(Object[] a) { return (PyBytes) a[0]; }

    private static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) return b.b;
        if (o instanceof dev.jpy.vm.object.PyMemoryView) return construct("bytes", new Object[] {o}, null);
        throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    /** bytes.maketrans(frm, to): the 256-byte table mapping each byte of frm to the byte of to at the same place. */
    private static Object maketrans(Object[] a, dev.jpy.vm.object.PyTuple k) {
        Args.count("maketrans", a, k, 2, 2);
        byte[] from = bytesLike(a[0]), to = bytesLike(a[1]);
        if (from.length != to.length) throw Errors.value("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < from.length; i++) table[from[i] & 0xFF] = to[i];
        return new PyBytes(table);
    }

    /** bytes.translate(table, /, delete=b''): each byte not in delete mapped through table (None keeps it). */
    private static Object translate(Object[] a, dev.jpy.vm.object.PyTuple k) {
        int npos = Args.npos(a, k);
        Args.count("translate", java.util.Arrays.copyOf(a, npos), null, 2, 3);
        Object tab = a[1], del = npos > 2 ? a[2] : Args.kw(a, k, "delete");
        byte[] table = tab == dev.jpy.vm.object.PyNone.NONE ? null : bytesLike(tab);
        if (table != null && table.length != 256) throw Errors.value("translation table must be 256 characters long");
        boolean[] drop = new boolean[256];
        if (del != null) for (byte x : bytesLike(del)) drop[x & 0xFF] = true;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte x : self(a).b) if (!drop[x & 0xFF]) out.write(table == null ? x : table[x & 0xFF]);
        return PyByteArray.like(self(a), out.toByteArray());
    }

    /** The bytes of a bytes-like argument, or null when it is not one. */
    static byte[] bytesOf(Object o) { return o instanceof PyBytes b ? b.b : null; }

    static String latin1(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    private static Object viaStr(String name, Object[] a, PyTuple k) {
        Object[] args = new Object[a.length];
        for (int i = 0; i < a.length; i++) args[i] = toStr(a[i]);
        if (name.equals("join")) {
            List<Object> parts = new ArrayList<>();
            int i = 0;
            for (Object x : Ops.toList(a[1])) {
                if (!(x instanceof PyBytes b)) throw Errors.type("sequence item " + i + ": expected a bytes-like object, " + Errors.typeName(x) + " found");
                parts.add(new PyStr(latin1(b.b)));
                i++;
            }
            args[1] = new PyList(parts);
        }
        Object r;
        try {
            r = Ops.call(Types.STR.lookup(name), args, k);
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (e.exc.args.items.length == 1 && e.exc.args.items[0] instanceof PyStr m && m.s.equals("substring not found")) {
                throw Errors.value("subsection not found");
            }
            throw e;
        }
        return fromStr(self(a), r);
    }

    /** A bytes argument as Latin-1 str, a tuple of them too (startswith); other arguments unchanged. */
    private static Object toStr(Object o) {
        if (o instanceof PyBytes b) return new PyStr(latin1(b.b));
        if (o instanceof PyTuple t) {
            Object[] r = new Object[t.items.length];
            for (int i = 0; i < r.length; i++) r[i] = toStr(t.items[i]);
            return PyTuple.of(r);
        }
        return o;
    }

    private static Object fromStr(PyBytes self, Object r) {
        if (r instanceof PyStr s) return PyByteArray.like(self, s.s.getBytes(StandardCharsets.ISO_8859_1));
        if (r instanceof PyList l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l.items) out.add(fromStr(self, x));
            return new PyList(out);
        }
        if (r instanceof PyTuple t) {
            Object[] out = new Object[t.items.length];
            for (int i = 0; i < out.length; i++) out[i] = fromStr(self, t.items[i]);
            return PyTuple.of(out);
        }
        return r;
    }

    private interface ByteOp { int apply(int c); }

    private static Object map(Object[] a, ByteOp f) {
        byte[] r = self(a).b.clone();
        for (int i = 0; i < r.length; i++) r[i] = (byte) f.apply(r[i] & 0xFF);
        return PyByteArray.like(self(a), r);
    }

    private interface BytePred { boolean test(int c); }

    private static Object all(Object[] a, BytePred p) {
        byte[] b = self(a).b;
        if (b.length == 0) return PyBool.FALSE;
        for (byte x : b) if (!p.test(x & 0xFF)) return PyBool.FALSE;
        return PyBool.TRUE;
    }

    private static Object cased(Object[] a, boolean upper) {
        boolean any = false;
        for (byte x : self(a).b) {
            if (x >= 'a' && x <= 'z') { if (upper) return PyBool.FALSE; any = true; }
            if (x >= 'A' && x <= 'Z') { if (!upper) return PyBool.FALSE; any = true; }
        }
        return PyBool.of(any);
    }

    private static boolean isAlpha(int c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    private static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

    private static int low(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

    private static Object fromhex(PyType cls, Object arg) {
        if (!(arg instanceof PyStr s)) throw Errors.type("fromhex() argument must be str, not " + Errors.typeName(arg));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String h = s.s;
        int i = 0;
        while (i < h.length()) {
            char c = h.charAt(i);
            if (c == ' ' || c >= 9 && c <= 13) { i++; continue; }
            int hi = Character.digit(c, 16), lo = i + 1 < h.length() ? Character.digit(h.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 127) throw Errors.value("non-hexadecimal number found in fromhex() arg at position " + i);
            if (lo < 0) throw Errors.value("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            out.write(hi * 16 + lo);
            i += 2;
        }
        byte[] r = out.toByteArray();
        PyBytes base = cls.isSubtype(Types.BYTEARRAY) ? new PyByteArray(r) : new PyBytes(r);
        return cls == Types.BYTES || cls == Types.BYTEARRAY ? base : Ops.call(cls, base);
    }

    /** bytes(...) / bytearray(...): from nothing, a count, a str with an encoding, a buffer or an iterable of ints. */
    static byte[] construct(String name, Object[] a, PyTuple k) {
        Args.onlyKeywords(name, k, "source", "encoding", "errors");
        int n = Args.npos(a, k);
        Object src = n > 0 ? a[0] : Args.kw(a, k, "source");
        Object enc = n > 1 ? a[1] : Args.kw(a, k, "encoding");
        Object errors = n > 2 ? a[2] : Args.kw(a, k, "errors");
        if (n > 3) throw Errors.type(name + "() takes at most 3 arguments (" + n + " given)");
        if (src == null) {
            if (enc != null || errors != null) throw Errors.type(enc != null ? "encoding without a string argument" : "errors without a string argument");
            return new byte[0];
        }
        if (src instanceof PyStr s) {
            if (enc == null) throw Errors.type("string argument without an encoding");
            Object[] args = errors == null ? new Object[] {s, enc} : new Object[] {s, enc, errors};
            return ((PyBytes) Ops.call(Types.STR.lookup("encode"), args, null)).b;
        }
        if (enc != null) throw Errors.type("encoding without a string argument");
        if (errors != null) throw Errors.type("errors without a string argument");
        if (src instanceof PyBytes b) return b.b.clone();
        if (src instanceof dev.jpy.vm.object.PyMemoryView m) return m.bytes();
        if (src instanceof PyInstance) {
            Object r = Ops.callSpecial(src, "__bytes__");
            if (r != null) {
                if (!(r instanceof PyBytes b)) throw Errors.type("__bytes__ returned non-bytes (type " + Errors.typeName(r) + ")");
                return b.b;
            }
        }
        if (src instanceof PyInt i) {
            long c = Ops.index(i);
            if (c < 0) throw Errors.value("negative count");
            return new byte[(int) c];
        }
        Object it;
        try {
            it = Ops.iter(src);
        } catch (dev.jpy.vm.object.PyRaise e) {
            if (((PyObject) src).type().lookup("__index__") != null) return new byte[(int) Ops.index(src)];
            throw Errors.type("cannot convert '" + Errors.typeName(src) + "' object to " + name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x; (x = Ops.next(it)) != null; ) out.write(byteValue(x, name.equals("bytes") ? "bytes" : "byte"));
        return out.toByteArray();
    }

    /** An int in range(256), as bytes and bytearray items must be. */
    static int byteValue(Object x, String what) {
        long v = Ops.index(x);
        if (v < 0 || v > 255) throw Errors.value(what + " must be in range(0, 256)");
        return (int) v;
    }

    /** bytes.hex([sep[, bytes_per_sep]]): separators counted from the right (from the left when negative). */
    static PyStr hex(byte[] b, Object[] a, PyTuple k) {
        Args.onlyKeywords("hex", k, "sep", "bytes_per_sep");
        int n = Args.npos(a, k);
        Object sep = n > 1 ? a[1] : Args.kw(a, k, "sep"), per = n > 2 ? a[2] : Args.kw(a, k, "bytes_per_sep");
        String sp = sep == null ? "" : sep instanceof PyStr s ? s.s : sep instanceof PyBytes sb ? latin1(sb.b) : null;
        if (sp == null) throw Errors.type("sep must be str or bytes.");
        if (sp.length() > 1) throw Errors.value("sep must be length 1.");
        long every = per == null ? 1 : Ops.index(per);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (i > 0 && !sp.isEmpty() && every != 0) {
                boolean cut = every > 0 ? (b.length - i) % every == 0 : i % -every == 0;
                if (cut) out.append(sp);
            }
            out.append(String.format("%02x", b[i] & 0xFF));
        }
        return new PyStr(out.toString());
    }
}
