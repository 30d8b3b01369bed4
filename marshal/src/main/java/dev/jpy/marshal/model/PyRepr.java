package dev.jpy.marshal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * CPython 3.13's {@code repr()} of the model's values.
 *
 * <ul>
 *   <li>{@code float}: the shortest digits that read back as the same double (ties to the nearer
 *       decimal), in positional form while the decimal exponent is from -4 to 15, else as
 *       {@code 1.5e+16} / {@code 1e-05}; {@code .0} is added to an integral positional value;
 *       {@code inf}, {@code -inf}, {@code nan}.</li>
 *   <li>{@code complex}: {@code 1j}, {@code -0j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}:
 *       parts without {@code .0}, no parentheses when the real part is +0.0.</li>
 *   <li>{@code str}: single quotes unless the text holds a {@code '} and no {@code "}; backslash
 *       and the quote escaped, {@code \t \n \r}, {@code \xNN} below U+0020 and for U+007F; other
 *       code points stay as they are when {@link UnicodePrintable#isPrintable} (CPython 3.13's
 *       table) says so, else {@code \xNN}, {@code \}{@code uNNNN} or {@code \UNNNNNNNN}.</li>
 *   <li>{@code bytes}: the same quote rule; {@code \t \n \r \\}, {@code \xNN} outside 0x20..0x7E.</li>
 *   <li>containers as Python prints them, sets and frozensets in the iteration order of
 *       {@link SetOrder} (in the stored order if an element is unhashable, which no real set can
 *       hold); a dict keeps the first of equal keys, with the last value.</li>
 *   <li>a code object as {@code <code object NAME at 0xADDR, file "FILENAME", line N>}; CPython
 *       prints the object's address, here it comes from a caller's function (by default a stable
 *       number derived from the Java identity hash code).</li>
 * </ul>
 *
 * <p>Not reproduced: CPython refuses to print an int of more than 4300 digits
 * ({@code sys.get_int_max_str_digits()}), this class prints it in full; a set holding values that
 * CPython hashes by address (see {@link PyHash}) may be printed in another order.
 */
public final class PyRepr {
    private PyRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The default address of a code object: stable for the object's lifetime, shaped like a pointer. */
    public static final ToLongFunction<PyObj> IDENTITY_ADDRESS =
            o -> 0x7f00_0000_0000L | ((System.identityHashCode(o) & 0xFFFF_FFFFL) << 4);

    /** {@code repr(o)}; code objects show {@link #IDENTITY_ADDRESS}. */
    public static String repr(PyObj o) {
        return repr(o, IDENTITY_ADDRESS);
    }

    /** {@code repr(o)}, with {@code address} giving the address printed for each code object. */
    public static String repr(PyObj o, ToLongFunction<PyObj> address) {
        StringBuilder sb = new StringBuilder();
        append(sb, o, address);
        return sb.toString();
    }

    /** Appends {@code repr(o)} to {@code sb}. */
    public static void append(StringBuilder sb, PyObj o, ToLongFunction<PyObj> address) {
        switch (o) {
            case PyNull n -> sb.append("<NULL>");
            case PyNone n -> sb.append("None");
            case PyBool b -> sb.append(b.value() ? "True" : "False");
            case PyEllipsis e -> sb.append("Ellipsis");
            case PyStopIteration s -> sb.append("<class 'StopIteration'>");
            case PyInt i -> sb.append(i.toString());
            case PyFloat f -> appendFloat(sb, f.value());
            case PyComplex c -> appendComplex(sb, c.real(), c.imag());
            case PyStr s -> appendStr(sb, s);
            case PyBytes b -> appendBytes(sb, b);
            case PyTuple t -> {
                sb.append('(');
                appendItems(sb, t.items(), address);
                if (t.size() == 1) sb.append(',');
                sb.append(')');
            }
            case PyList l -> {
                sb.append('[');
                appendItems(sb, l.items(), address);
                sb.append(']');
            }
            case PyDict d -> appendDict(sb, d, address);
            case PySet s -> {
                if (s.items().isEmpty()) {
                    sb.append("set()");
                } else {
                    sb.append('{');
                    appendItems(sb, setOrder(s.items()), address);
                    sb.append('}');
                }
            }
            case PyFrozenSet s -> {
                if (s.items().isEmpty()) {
                    sb.append("frozenset()");
                } else {
                    sb.append("frozenset({");
                    appendItems(sb, setOrder(s.items()), address);
                    sb.append("})");
                }
            }
            case PyCode c -> appendCode(sb, c, c.name().value(), c.filename().value(), c.firstLineNo(), address);
            case PyLegacyCode c -> appendCode(sb, c, text(c.name()), c.filename() instanceof PyStr
                    || c.filename() instanceof PyBytes ? text(c.filename()) : null, c.firstLineNo(), address);
        }
    }

    private static void appendItems(StringBuilder sb, List<PyObj> items, ToLongFunction<PyObj> address) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            append(sb, items.get(i), address);
        }
    }

    private static void appendDict(StringBuilder sb, PyDict d, ToLongFunction<PyObj> address) {
        // what the dict ends up holding when the pairs are stored in order: of equal keys the first
        // stays where it was and takes the last value
        List<PyObj> keys = new ArrayList<>();
        List<PyObj> values = new ArrayList<>();
        List<Long> hashes = new ArrayList<>(); // null for an unhashable key (compared with nothing)
        for (PyDict.Entry e : d.entries()) {
            Long h = PyHash.isHashable(e.key()) ? PyHash.hash(e.key()) : null;
            int at = -1;
            for (int i = 0; h != null && i < keys.size() && at < 0; i++) {
                if (h.equals(hashes.get(i)) && SetOrder.equal(keys.get(i), e.key())) at = i;
            }
            if (at >= 0) {
                values.set(at, e.value());
            } else {
                keys.add(e.key());
                values.add(e.value());
                hashes.add(h);
            }
        }
        sb.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) sb.append(", ");
            append(sb, keys.get(i), address);
            sb.append(": ");
            append(sb, values.get(i), address);
        }
        sb.append('}');
    }

    /** The iteration order of a set's elements; the stored order if one is unhashable (no real set). */
    private static List<PyObj> setOrder(List<PyObj> items) {
        for (PyObj o : items) if (!PyHash.isHashable(o)) return items;
        return SetOrder.iterationOrder(items);
    }

    private static String text(PyObj o) {
        if (o instanceof PyStr s) return s.value();
        if (o instanceof PyBytes b) {
            StringBuilder sb = new StringBuilder(b.length());
            for (int i = 0; i < b.length(); i++) sb.append((char) b.get(i));
            return sb.toString();
        }
        return repr(o);
    }

    private static void appendCode(StringBuilder sb, PyObj code, String name, String filename, int firstLineNo,
                                   ToLongFunction<PyObj> address) {
        sb.append("<code object ").append(name).append(" at 0x").append(Long.toHexString(address.applyAsLong(code)));
        if (filename != null) sb.append(", file \"").append(filename).append('"');
        else sb.append(", file ???");
        sb.append(", line ").append(firstLineNo != 0 ? firstLineNo : -1).append('>');
    }

    // ---------------------------------------------------------------- str and bytes

    /** {@code repr(s)} of a str. */
    public static String str(PyStr s) {
        StringBuilder sb = new StringBuilder(s.utf8Length() + 2);
        appendStr(sb, s);
        return sb.toString();
    }

    private static void appendStr(StringBuilder sb, PyStr s) {
        int[] cps = s.codePoints();
        boolean single = false, dbl = false;
        for (int cp : cps) {
            if (cp == '\'') single = true;
            else if (cp == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int cp : cps) {
            if (cp < 0x7F) {
                if (cp == quote || cp == '\\') sb.append('\\').append((char) cp);
                else if (cp >= 0x20) sb.append((char) cp);
                else if (cp == '\t') sb.append("\\t");
                else if (cp == '\n') sb.append("\\n");
                else if (cp == '\r') sb.append("\\r");
                else hex(sb, 'x', cp, 2);
            } else if (cp == 0x7F) {
                hex(sb, 'x', cp, 2);
            } else if (UnicodePrintable.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hex(sb, 'x', cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        sb.append(quote);
    }

    private static void hex(StringBuilder sb, char kind, int v, int digits) {
        sb.append('\\').append(kind);
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) sb.append(HEX[(v >>> shift) & 0xF]);
    }

    /** {@code repr(b)} of a bytes object. */
    public static String bytes(PyBytes b) {
        StringBuilder sb = new StringBuilder(b.length() + 3);
        appendBytes(sb, b);
        return sb.toString();
    }

    private static void appendBytes(StringBuilder sb, PyBytes b) {
        int n = b.length();
        boolean single = false, dbl = false;
        for (int i = 0; i < n; i++) {
            int c = b.get(i);
            if (c == '\'') single = true;
            else if (c == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (int i = 0; i < n; i++) {
            int c = b.get(i);
            if (c == quote || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7F) hex(sb, 'x', c, 2);
            else sb.append((char) c);
        }
        sb.append(quote);
    }

    // ---------------------------------------------------------------- float and complex

    /** {@code repr(x)} of a float. */
    public static String floatRepr(double x) {
        StringBuilder sb = new StringBuilder(24);
        appendFloat(sb, x);
        return sb.toString();
    }

    private static void appendFloat(StringBuilder sb, double x) {
        format(sb, x, true, false);
    }

    /** {@code repr(complex(re, im))}. */
    public static String complexRepr(double re, double im) {
        StringBuilder sb = new StringBuilder(48);
        appendComplex(sb, re, im);
        return sb.toString();
    }

    private static void appendComplex(StringBuilder sb, double re, double im) {
        if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
            format(sb, im, false, false);
            sb.append('j');
        } else {
            sb.append('(');
            format(sb, re, false, false);
            format(sb, im, false, true);
            sb.append("j)");
        }
    }

    /**
     * CPython's {@code PyOS_double_to_string(x, 'r', 0, flags)}: {@code addDot0} is
     * {@code Py_DTSF_ADD_DOT_0}, {@code sign} is {@code Py_DTSF_SIGN}. The sign of a NaN is not shown.
     */
    private static void format(StringBuilder sb, double x, boolean addDot0, boolean sign) {
        if (Double.isNaN(x)) {
            sb.append(sign ? "+nan" : "nan");
            return;
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (negative) sb.append('-');
        else if (sign) sb.append('+');
        if (Double.isInfinite(x)) {
            sb.append("inf");
            return;
        }
        if (x == 0) {
            sb.append(addDot0 ? "0.0" : "0");
            return;
        }
        char[] digits = new char[20];
        long packed = shortest(Math.abs(x), digits);
        int n = (int) (packed >>> 32);
        int decpt = (int) packed; // value = 0.DIGITS * 10**decpt
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits[0]);
            if (n > 1) sb.append('.').append(digits, 1, n - 1);
            int e = decpt - 1;
            sb.append(e < 0 ? "e-" : "e+");
            int ae = Math.abs(e);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) sb.append('0');
            sb.append(digits, 0, n);
        } else if (decpt >= n) {
            sb.append(digits, 0, n);
            for (int i = n; i < decpt; i++) sb.append('0');
            if (addDot0) sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n - decpt);
        }
    }

    /**
     * The shortest decimal digits of a positive finite double that read back as it, the nearest to it
     * of those (David Gay's mode 0, which CPython's repr uses). Writes them to {@code out} and returns
     * {@code count << 32 | decpt} with the value {@code 0.DIGITS * 10**decpt}.
     *
     * <p>Java's {@link Double#toString(double)} (JDK 19+) gives the nearest of the shortest, with one
     * difference: when one digit would do, it takes the nearest decimal of one <em>or two</em> digits
     * (4.9E-324 where Python prints 5e-324). So a two-digit answer is checked for a one-digit one.
     */
    static long shortest(double x, char[] out) {
        String s = Double.toString(x);
        int n = 0;
        int decpt = 0;
        boolean seenPoint = false;
        int exp = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                seenPoint = true;
            } else if (c == 'E') {
                exp = Integer.parseInt(s, i + 1, len, 10);
                break;
            } else {
                if (n == 0 && c == '0') {
                    if (seenPoint) decpt--; // a leading zero after the point
                    continue;
                }
                out[n++] = c;
                if (!seenPoint) decpt++;
            }
        }
        decpt += exp;
        while (n > 1 && out[n - 1] == '0') n--;
        if (n == 2) {
            // is there a one-digit decimal that reads back as x? the nearest is d or d+1 (times 10**(decpt-1))
            int d = out[0] - '0';
            int e = decpt - 1;
            boolean lowOk = Double.parseDouble(d + "E" + e) == x;
            boolean highOk = Double.parseDouble((d + 1) + "E" + e) == x;
            if (lowOk || highOk) {
                boolean useHigh;
                if (lowOk && highOk) {
                    BigDecimal exact = new BigDecimal(x);
                    BigDecimal lowGap = exact.subtract(new BigDecimal(d + "E" + e)).abs();
                    BigDecimal highGap = new BigDecimal((d + 1) + "E" + e).subtract(exact).abs();
                    int cmp = highGap.compareTo(lowGap);
                    useHigh = cmp < 0 || (cmp == 0 && (d + 1) % 2 == 0);
                } else {
                    useHigh = highOk;
                }
                if (useHigh) {
                    if (d == 9) {
                        out[0] = '1';
                        decpt++;
                    } else {
                        out[0] = (char) ('0' + d + 1);
                    }
                } else {
                    out[0] = (char) ('0' + d);
                }
                n = 1;
            }
        }
        return ((long) n << 32) | (decpt & 0xFFFFFFFFL);
    }
}
