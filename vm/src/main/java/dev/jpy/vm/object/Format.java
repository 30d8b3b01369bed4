package dev.jpy.vm.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** format(value, spec) with the format mini-language, and printf-style {@code str % args}. */
public final class Format {
    private Format() {}

    /** A parsed format spec. */
    record Spec(char fill, char align, char sign, boolean alt, int width, char grouping, int precision, char type, boolean z) {}

    static Spec parse(String s) {
        int i = 0, n = s.length();
        char fill = ' ', align = 0, sign = 0, grouping = 0, type = 0;
        boolean alt = false, z = false;
        int width = -1, precision = -1;
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) { fill = s.charAt(0); align = s.charAt(1); i = 2; }
        else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) { align = s.charAt(0); i = 1; }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') { z = true; i++; }
        if (i < n && s.charAt(i) == '#') { alt = true; i++; }
        if (i < n && s.charAt(i) == '0') { if (align == 0) { fill = '0'; align = '='; } i++; }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) width = Integer.parseInt(s.substring(st, i));
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) grouping = s.charAt(i++);
        if (i < n && s.charAt(i) == '.') {
            st = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == st) throw Errors.value("Format specifier missing precision");
            precision = Integer.parseInt(s.substring(st, i));
        }
        if (i < n) type = s.charAt(i++);
        if (i < n) throw Errors.value("Invalid format specifier '" + s + "' for object of type '%s'");
        return new Spec(fill, align, sign, alt, width, grouping, precision, type, z);
    }

    private static String formatResult(Object r) {
        if (r instanceof PyStr s) return s.s;
        throw Errors.type("__format__ must return a str, not " + Errors.typeName(r));
    }

    /** format(value, spec). */
    /** FORMAT_SIMPLE, format(v, ''): an exact str is itself and an exact int its digits, without a spec to parse. */
    public static Object simple(Object v) {
        Class<?> c = v.getClass();
        if (c == PyStr.class) return v;
        if (c == PyInt.class) { // Long.toString's ASCII digits (the int_max_str_digits limit is toString's)
            String d = v.toString();
            return new PyStr(d, d.length());
        }
        return PyStr.of(format(v, ""));
    }

    /** FORMAT_WITH_SPEC, format(v, spec). */
    public static Object withSpec(Object v, Object spec) {
        String sp = ((PyStr) spec).s;
        return sp.isEmpty() ? simple(v) : PyStr.of(format(v, sp));
    }

    public static String format(Object v, String spec) {
        if (v instanceof Derived) {
            Object r = Derived.call(v, "__format__", new PyStr(spec));
            if (r != null) return formatResult(r);
        }
        if (v instanceof PyInstance || Ops.isMetaInstance(v)) {
            Object r = Ops.callSpecial(v, "__format__", new PyStr(spec));
            if (r != null) return formatResult(r);
            if (!spec.isEmpty()) throw Errors.type("unsupported format string passed to " + Errors.typeName(v) + ".__format__");
            return Ops.str(v);
        }
        if (spec.isEmpty()) return Ops.str(v);
        Spec s;
        try {
            s = parse(spec);
        } catch (PyRaise e) {
            throw Errors.value("Invalid format specifier '" + spec + "' for object of type '" + Errors.typeName(v) + "'");
        }
        if (v instanceof PyInt i) {
            check(v, s, "bcdoxXneEfFgG%");
            if (s.z && "eEfFgG%".indexOf(s.type) < 0) throw Errors.value("Negative zero coercion (z) not allowed in integer format specifier");
            if (s.grouping == ',' && "bcoxX".indexOf(s.type) >= 0) throw Errors.value("Cannot specify ',' with '" + s.type + "'.");
            if ("eEfFgG%".indexOf(s.type) >= 0) return number(floatBody(i.toDouble(), s), s, i.toDouble() < 0);
            return number(intBody(i.bigValue(), s), s, i.signum() < 0);
        }
        if (v instanceof PyFloat f) {
            check(v, s, "eEfFgGn%");
            String body = floatBody(f.v, s);
            boolean neg = f.v < 0 || (f.v == 0 && 1 / f.v < 0);
            if (s.z && neg && body.chars().noneMatch(c -> c >= '1' && c <= '9')) neg = false;
            return number(body, s, neg);
        }
        if (v instanceof PyComplex c && s.type != 0 && "eEfFgG".indexOf(s.type) >= 0) return complex(c, s);
        if (!(v instanceof PyStr || v instanceof PyComplex)) throw Errors.type("unsupported format string passed to " + Errors.typeName(v) + ".__format__");
        if (v instanceof PyStr) {
            check(v, s, "s");
            if (s.grouping != 0) throw Errors.value("Cannot specify '" + s.grouping + "' with 's'.");
            if (s.sign != 0) throw Errors.value("Sign not allowed in string format specifier");
            if (s.z) throw Errors.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (s.align == '=') throw Errors.value("'=' alignment not allowed in string format specifier");
        String str = Ops.str(v);
        if (s.precision >= 0 && str.length() > s.precision) str = str.substring(0, s.precision);
        return pad(str, s, '<');
    }

    /** A complex with a float presentation type: both parts in that type, no parentheses, the imaginary part always signed. */
    private static String complex(PyComplex c, Spec s) {
        boolean reNeg = c.re < 0 || (c.re == 0 && 1 / c.re < 0), imNeg = c.im < 0 || (c.im == 0 && 1 / c.im < 0);
        String re = (reNeg ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "") + floatBody(c.re, s);
        String im = (imNeg ? "-" : "+") + floatBody(c.im, s) + "j";
        return pad(re + im, s, '>');
    }

    /** Rejects a presentation type the value's type does not know. */
    private static void check(Object v, Spec s, String known) {
        if (s.type != 0 && known.indexOf(s.type) < 0) {
            throw Errors.value("Unknown format code '" + s.type + "' for object of type '" + Errors.typeName(v) + "'");
        }
    }

    private static String intBody(BigInteger v, Spec s) {
        BigInteger a = v.abs();
        String body = switch (s.type) {
            case 'x' -> (s.alt ? "0x" : "") + group4(a.toString(16), s.grouping);
            case 'X' -> (s.alt ? "0X" : "") + group4(a.toString(16).toUpperCase(), s.grouping);
            case 'o' -> (s.alt ? "0o" : "") + group4(a.toString(8), s.grouping);
            case 'b' -> (s.alt ? "0b" : "") + group4(a.toString(2), s.grouping);
            case 'c' -> new String(Character.toChars(v.intValue()));
            default -> group(IntDigits.toDecimal(a), s.grouping);
        };
        return body;
    }

    private static String floatBody(double d, Spec s) {
        double a = Math.abs(d);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String w = Double.isNaN(d) ? "nan" : "inf";
            return (Character.isUpperCase(s.type) ? w.toUpperCase() : w) + (s.type == '%' ? "%" : "");
        }
        int p = s.precision < 0 ? 6 : s.precision;
        String body = switch (s.type) {
            case 'f', 'F' -> fixed(a, p);
            case '%' -> fixed(a * 100, p) + "%";
            case 'e', 'E' -> sci(a, p);
            case 'g', 'G', 'n' -> general(a, s.precision < 0 ? 6 : Math.max(p, 1), s.alt);
            default -> s.precision < 0 ? Numbers.floatRepr(a) : withPoint(general(a, Math.max(p, 1), false, true));
        };
        if (s.alt && "eEfF%".indexOf(s.type) >= 0 && !body.contains(".")) {
            int e = body.indexOf('e');
            body = e >= 0 ? body.substring(0, e) + "." + body.substring(e) : body.endsWith("%") ? body.substring(0, body.length() - 1) + ".%" : body + ".";
        }
        if (s.grouping != 0) {
            int dot = body.indexOf('.');
            String ip = dot < 0 ? body : body.substring(0, dot);
            if (ip.chars().allMatch(Character::isDigit)) body = group(ip, s.grouping) + (dot < 0 ? "" : body.substring(dot));
        }
        return Character.isUpperCase(s.type) ? body.toUpperCase() : body;
    }

    /** The no-type float format with a precision: 'g' that keeps at least one digit after the point in fixed notation. */
    private static String withPoint(String g) { return g.contains(".") || g.contains("e") ? g : g + ".0"; }

    static String fixed(double a, int p) { return new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString(); }

    static String sci(double a, int p) {
        if (a == 0) return "0" + (p > 0 ? "." + "0".repeat(p) : "") + "e+00";
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String digits = bd.unscaledValue().toString();
        digits = (digits + "0".repeat(p + 1)).substring(0, p + 1);
        String mant = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : "");
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String general(double a, int p, boolean keepZeros) { return general(a, p, keepZeros, false); }

    /**
     * 'g' with p significant digits. For the no-type format (dot0) fixed notation must keep a digit after the point
     * within the p digits, so it switches to an exponent one digit earlier (CPython's Py_DTSF_ADD_DOT_0).
     */
    static String general(double a, int p, boolean keepZeros, boolean dot0) {
        int limit = dot0 ? p - 1 : p;
        if (a == 0) return limit > 0 ? "0" : sci(0, 0);
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String r;
        if (exp >= -4 && exp < limit) r = fixed(a, p - 1 - exp);
        else r = sci(a, p - 1);
        if (!keepZeros) {
            int e = r.indexOf('e');
            String m = e < 0 ? r : r.substring(0, e), x = e < 0 ? "" : r.substring(e);
            if (m.contains(".")) m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
            r = m + x;
        }
        return r;
    }

    private static String group(String digits, char sep) { return group(digits, sep, 3); }

    /** Digits of a power-of-two base, with {@code _} every four digits. */
    private static String group4(String digits, char sep) { return group(digits, sep, 4); }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String number(String body, Spec s, boolean negative) {
        String sign = negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        if (s.align == '=' && s.width > 0) {
            if (s.alt && body.length() > 1 && body.charAt(0) == '0' && "xXob".indexOf(body.charAt(1)) >= 0) {
                sign += body.substring(0, 2);
                body = body.substring(2);
            }
            int padn = s.width - sign.length() - body.length();
            if (padn > 0) return sign + String.valueOf(s.fill).repeat(padn) + body;
            return sign + body;
        }
        return pad(sign + body, s, '>');
    }

    private static String pad(String str, Spec s, char defaultAlign) {
        int len = str.codePointCount(0, str.length());
        if (s.width <= len) return str;
        int padn = s.width - len;
        String f = String.valueOf(s.fill);
        return switch (s.align == 0 ? defaultAlign : s.align) {
            case '<' -> str + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + str + f.repeat(padn - padn / 2);
            default -> f.repeat(padn) + str;
        };
    }

    /** {@code fmt % args} (see {@link Percent}). */
    public static PyStr percent(String fmt, Object args) { return Percent.format(fmt, args); }
}
