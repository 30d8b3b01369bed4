package dev.jpy.vm.object;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * printf-style {@code str % args} as CPython's {@code PyUnicode_Format}: mapping keys, flags {@code -+ #0},
 * {@code *} width and precision, every conversion ({@code s r a c d i u o x X e E f F g G %}) and CPython's messages.
 */
public final class Percent {
    private Percent() {}

    /** The state of one format: the arguments and the next one to take. */
    private static final class State {
        final Object args;
        final Object[] tuple;
        final Object mapping;
        int next;

        State(Object args) {
            this.args = args;
            this.tuple = args instanceof PyTuple t ? t.items : null;
            boolean mappingLike = !(args instanceof PyTuple) && !(args instanceof PyStr)
                    && (args instanceof PyDict || args instanceof PyInstance && ((PyObject) args).type().lookup("__getitem__") != null);
            this.mapping = mappingLike ? args : null;
        }

        Object nextArg() {
            if (tuple != null) {
                if (next < tuple.length) return tuple[next++];
            } else if (next == 0) {
                next = 1;
                return args;
            }
            throw Errors.type("not enough arguments for format string");
        }

        boolean allUsed() { return tuple != null ? next >= tuple.length : next == 1; }
    }

    public static PyStr format(String fmt, Object args) { return PyStr.of(format(fmt, args, false)); }

    /** {@code bytes % args}: the same over Latin-1 text, with %s taking bytes and %r/%a giving ASCII reprs. */
    public static PyBytes formatBytes(PyBytes fmt, Object args) {
        String r = format(new String(fmt.b, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
        return PyByteArray.like(fmt, r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static String format(String fmt, Object args, boolean bytes) {
        State st = new State(args);
        StringBuilder sb = new StringBuilder();
        int n = fmt.length(), i = 0;
        boolean usedKey = false;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') { sb.append(c); continue; }
            if (i >= n) throw Errors.value("incomplete format");
            if (fmt.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            Object keyed = null;
            if (fmt.charAt(i) == '(') {
                if (st.mapping == null) throw Errors.type("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') depth++;
                    else if (fmt.charAt(j) == ')') depth--;
                    j++;
                }
                if (depth > 0) throw Errors.value("incomplete format key");
                keyed = Seq.getitem(st.mapping, PyStr.of(fmt.substring(i + 1, j - 1)));
                usedKey = true;
                i = j;
            }
            boolean left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') plus = true;
                else if (f == ' ') space = true;
                else if (f == '#') alt = true;
                else if (f == '0') zero = true;
                else break;
            }
            int width = -1, prec = -1;
            if (i < n && fmt.charAt(i) == '*') {
                Object w = st.nextArg();
                if (!(w instanceof PyInt wi)) throw Errors.type("* wants int");
                width = (int) Ops.index(wi);
                if (width < 0) { left = true; width = -width; }
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > s) width = Integer.parseInt(fmt.substring(s, i));
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    Object p = st.nextArg();
                    if (!(p instanceof PyInt pi)) throw Errors.type("* wants int");
                    prec = Math.max(0, (int) Ops.index(pi));
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > s ? Integer.parseInt(fmt.substring(s, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) throw Errors.value("incomplete format");
            char conv = fmt.charAt(i++);
            if (bytes && conv == 'b') conv = 's';
            Object v = keyed != null ? keyed : st.nextArg();
            String sign = plus ? "+" : space ? " " : "";
            String body;
            boolean numeric = true;
            switch (conv) {
                case 's', 'r', 'a' -> {
                    body = bytes ? bytesText(v, conv) : conv == 's' ? Ops.str(v) : conv == 'r' ? Ops.repr(v) : dev.jpy.vm.interp.Rare.ascii(Ops.repr(v));
                    if (prec >= 0 && body.codePointCount(0, body.length()) > prec) body = body.substring(0, body.offsetByCodePoints(0, prec));
                    numeric = false;
                }
                case 'c' -> { body = bytes ? byteChar(v) : character(v); numeric = false; }
                case 'd', 'i', 'u' -> body = integer(intArg(v, conv, true), 10, prec, alt, sign, conv);
                case 'o', 'x', 'X' -> body = integer(intArg(v, conv, false), conv == 'o' ? 8 : 16, prec, alt, sign, conv);
                case 'e', 'E', 'f', 'F', 'g', 'G' -> body = floating(v, conv, prec, alt, sign);
                default -> throw Errors.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            sb.append(pad(body, width, left, zero && numeric));
        }
        if (!st.allUsed() && st.mapping == null) {
            throw Errors.type("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return sb.toString();
    }

    private static String bytesText(Object v, char conv) {
        if (conv != 's') return dev.jpy.vm.interp.Rare.ascii(Ops.repr(v));
        if (v instanceof PyBytes b) return new String(b.b, java.nio.charset.StandardCharsets.ISO_8859_1);
        Object r = v instanceof PyInstance ? Ops.callSpecial(v, "__bytes__") : null;
        if (r instanceof PyBytes b) return new String(b.b, java.nio.charset.StandardCharsets.ISO_8859_1);
        throw Errors.type("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Errors.typeName(v) + "'");
    }

    private static String byteChar(Object v) {
        if (v instanceof PyBytes b && b.b.length == 1) return String.valueOf((char) (b.b[0] & 0xFF));
        if (v instanceof PyInt i) {
            long c = Ops.index(i);
            if (c < 0 || c > 255) throw Errors.overflow("%c arg not in range(256)");
            return String.valueOf((char) c);
        }
        throw Errors.type("%c requires an integer in range(256) or a single byte");
    }

    private static String character(Object v) {
        if (v instanceof PyStr s) {
            if (s.length() != 1) throw Errors.type("%c requires int or char");
            return s.s;
        }
        if (!(v instanceof PyInt)) throw Errors.type("%c requires int or char");
        BigInteger b = ((PyInt) v).bigValue();
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) throw Errors.overflow("%c arg not in range(0x110000)");
        return new String(Character.toChars(b.intValue()));
    }

    private static BigInteger intArg(Object v, char conv, boolean allowFloat) {
        if (v instanceof PyInt i) return i.bigValue();
        if (allowFloat) {
            if (v instanceof PyFloat f) {
                if (Double.isNaN(f.v)) throw Errors.value("cannot convert float NaN to integer");
                if (Double.isInfinite(f.v)) throw Errors.overflow("cannot convert float infinity to integer");
                return new BigDecimal(f.v).toBigInteger();
            }
            Object r = v instanceof PyInstance ? Ops.callSpecial(v, "__int__") : null;
            if (r == null && v instanceof PyInstance) r = Ops.callSpecial(v, "__index__");
            if (r instanceof PyInt i) return i.bigValue();
            throw Errors.type("%" + conv + " format: a real number is required, not " + Errors.typeName(v));
        }
        Object r = v instanceof PyInstance ? Ops.callSpecial(v, "__index__") : null;
        if (r instanceof PyInt i) return i.bigValue();
        throw Errors.type("%" + conv + " format: an integer is required, not " + Errors.typeName(v));
    }

    private static String integer(BigInteger v, int radix, int prec, boolean alt, String sign, char conv) {
        String digits = radix == 10 ? IntDigits.toDecimal(v.abs()) : v.abs().toString(radix);
        if (conv == 'X') digits = digits.toUpperCase();
        if (prec > digits.length()) digits = "0".repeat(prec - digits.length()) + digits;
        String prefix = alt && radix == 8 ? "0o" : alt && radix == 16 ? (conv == 'X' ? "0X" : "0x") : "";
        return (v.signum() < 0 ? "-" : sign) + prefix + digits;
    }

    private static String floating(Object v, char conv, int prec, boolean alt, String sign) {
        double d;
        if (v instanceof PyFloat f) d = f.v;
        else if (v instanceof PyInt i) d = i.toDouble();
        else {
            Object r = v instanceof PyInstance ? Ops.callSpecial(v, "__float__") : null;
            if (!(r instanceof PyFloat f)) throw Errors.type("must be real number, not " + Errors.typeName(v));
            d = f.v;
        }
        String spec = sign + (alt ? "#" : "") + "." + (prec < 0 ? 6 : prec) + conv;
        String r = Format.format(new PyFloat(d), spec);
        if (alt && !r.contains(".") && Double.isFinite(d)) {
            int e = Math.max(r.indexOf('e'), r.indexOf('E'));
            r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
        }
        return r;
    }

    /** Pads to the width: left-justified, or right with spaces, or with zeros after the sign and 0x/0o prefix. */
    private static String pad(String body, int width, boolean left, boolean zero) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) return body;
        int padn = width - len;
        if (left) return body + " ".repeat(padn);
        if (!zero) return " ".repeat(padn) + body;
        int at = 0;
        if (at < body.length() && "+- ".indexOf(body.charAt(at)) >= 0) at++;
        if (body.startsWith("0x", at) || body.startsWith("0X", at) || body.startsWith("0o", at)) at += 2;
        return body.substring(0, at) + "0".repeat(padn) + body.substring(at);
    }
}
