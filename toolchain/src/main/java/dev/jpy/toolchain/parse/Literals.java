package dev.jpy.toolchain.parse;

import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyComplex;
import dev.jpy.marshal.model.PyFloat;
import dev.jpy.marshal.model.PyInt;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** Constant values of NUMBER and STRING tokens, as CPython's parser computes them (Parser/string_parser.c). */
final class Literals {
    private Literals() {}

    /** The value of a NUMBER token: int (any size, 0x/0o/0b, underscores), float or imaginary. */
    static PyObj number(String text) {
        String s = text.replace("_", "");
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'j') {
            return new PyComplex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        String lower = s.toLowerCase();
        if (lower.startsWith("0x")) return PyInt.of(new BigInteger(s.substring(2), 16));
        if (lower.startsWith("0o")) return PyInt.of(new BigInteger(s.substring(2), 8));
        if (lower.startsWith("0b")) return PyInt.of(new BigInteger(s.substring(2), 2));
        if (lower.contains(".") || lower.contains("e")) return new PyFloat(Double.parseDouble(s));
        return PyInt.of(new BigInteger(s));
    }

    /** A STRING token split into prefix flags and body. */
    record Parts(boolean bytes, boolean raw, boolean unicode, String body) {}

    static Parts split(String token) {
        int i = 0;
        boolean bytes = false, raw = false, unicode = false;
        while (i < token.length() && token.charAt(i) != '\'' && token.charAt(i) != '"') {
            switch (Character.toLowerCase(token.charAt(i))) {
                case 'b' -> bytes = true;
                case 'r' -> raw = true;
                case 'u' -> unicode = token.charAt(0) == 'u'; // CPython: kind "u" only for a lowercase prefix
                default -> { }
            }
            i++;
        }
        char q = token.charAt(i);
        int qlen = token.startsWith(String.valueOf(q).repeat(3), i) && token.length() - i >= 6 ? 3 : 1;
        return new Parts(bytes, raw, unicode, token.substring(i + qlen, token.length() - qlen));
    }

    /**
     * The SyntaxError message for a str escape the unicode-escape codec rejects, with its UTF-8 byte positions
     * in the literal body: {@code from} (the backslash) to {@code to} (exclusive).
     */
    private static IllegalArgumentException unicodeError(int[] cps, int from, int to, String reason) {
        int a = utf8Length(cps, 0, from), b = a + utf8Length(cps, from, Math.min(to, cps.length)) - 1;
        String where = b > a ? "bytes in position " + a + "-" + b : "byte 0x5c in position " + a;
        return new IllegalArgumentException("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    private static int utf8Length(int[] cps, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n += cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4;
        return n;
    }

    /** Decode a str literal body to code points. */
    static int[] decodeStr(String body, boolean raw) {
        return decodeStr(body, raw, null);
    }

    /**
     * Decode a str literal body to code points; {@code invalid} (may be null) receives CPython's SyntaxWarning message
     * for the first invalid escape ("invalid escape sequence '\d'", "invalid octal escape sequence '\777'").
     */
    static int[] decodeStr(String body, boolean raw, java.util.function.Consumer<String> invalid) {
        int[] cps = dev.jpy.toolchain.tokenize.CodePointArray.of(body);
        String undecodable = SourceEscapes.strBodyError(cps, raw);
        if (undecodable != null) throw new IllegalArgumentException(undecodable);
        if (raw) return cps;
        int[] out = new int[cps.length];
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c != '\\' || i + 1 >= cps.length) {
                out[n++] = c;
                continue;
            }
            int e = cps[++i];
            switch (e) {
                case '\n' -> { }
                case '\\' -> out[n++] = '\\';
                case '\'' -> out[n++] = '\'';
                case '"' -> out[n++] = '"';
                case 'a' -> out[n++] = 7;
                case 'b' -> out[n++] = 8;
                case 'f' -> out[n++] = 12;
                case 'n' -> out[n++] = 10;
                case 'r' -> out[n++] = 13;
                case 't' -> out[n++] = 9;
                case 'v' -> out[n++] = 11;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0', from = i;
                    for (int k = 0; k < 2 && i + 1 < cps.length && cps[i + 1] >= '0' && cps[i + 1] <= '7'; k++) {
                        v = v * 8 + (cps[++i] - '0');
                    }
                    if (v > 0377 && invalid != null) {
                        invalid.accept("invalid octal escape sequence '\\" + new String(cps, from, 3) + "'");
                        invalid = null;
                    }
                    out[n++] = v;
                }
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < len; k++) {
                        if (i + 1 >= cps.length || Character.digit(cps[i + 1], 16) < 0) {
                            throw unicodeError(cps, i - 1 - k, i + 1, "truncated \\" + (char) e + "X".repeat(len) + " escape");
                        }
                        v = v * 16 + Character.digit(cps[++i], 16);
                    }
                    if (v > 0x10FFFF) throw unicodeError(cps, i - 1 - len, i + 1, "illegal Unicode character");
                    out[n++] = v;
                }
                case 'N' -> {
                    int close = -1;
                    if (i + 1 < cps.length && cps[i + 1] == '{') {
                        for (int k = i + 2; k < cps.length; k++) if (cps[k] == '}') { close = k; break; }
                    }
                    if (close < 0) throw unicodeError(cps, i - 1, i + 1, "malformed \\N character escape");
                    String name = new String(cps, i + 2, close - i - 2);
                    int v;
                    try {
                        v = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        throw unicodeError(cps, i - 1, close + 1, "unknown Unicode character name");
                    }
                    out[n++] = v;
                    i = close;
                }
                default -> {
                    if (invalid != null && e < 0x80) { // a backslash before a non-ASCII character stays a backslash
                        invalid.accept("invalid escape sequence '\\" + new String(Character.toChars(e)) + "'");
                        invalid = null;
                    }
                    out[n++] = '\\';
                    out[n++] = e;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Decode a bytes literal body (ASCII only). */
    static byte[] decodeBytes(String body, boolean raw) {
        return decodeBytes(body, raw, null);
    }

    /** Decode a bytes literal body (ASCII only); {@code invalid} as for {@link #decodeStr(String, boolean, java.util.function.Consumer)}. */
    static byte[] decodeBytes(String body, boolean raw, java.util.function.Consumer<String> invalid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 128) throw new IllegalArgumentException("bytes can only contain ASCII literal characters");
            if (raw || c != '\\' || i + 1 >= body.length()) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0', from = i;
                    for (int k = 0; k < 2 && i + 1 < body.length() && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7'; k++) {
                        v = v * 8 + (body.charAt(++i) - '0');
                    }
                    if (v > 0377 && invalid != null) {
                        invalid.accept("invalid octal escape sequence '\\" + body.substring(from, from + 3) + "'");
                        invalid = null;
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int v = 0;
                    for (int k = 0; k < 2; k++) {
                        if (i + 1 >= body.length() || Character.digit(body.charAt(i + 1), 16) < 0) {
                            throw new IllegalArgumentException("(value error) invalid \\x escape at position " + (i - 1 - k));
                        }
                        v = v * 16 + Character.digit(body.charAt(++i), 16);
                    }
                    out.write(v);
                }
                default -> {
                    if (invalid != null) {
                        invalid.accept("invalid escape sequence '\\" + e + "'");
                        invalid = null;
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    static PyObj str(int[] cps) {
        return PyStr.ofCodePoints(cps);
    }

    static PyObj bytes(byte[] b) {
        return PyBytes.wrap(b);
    }
}
