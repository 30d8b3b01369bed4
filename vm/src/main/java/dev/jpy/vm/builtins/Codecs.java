package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** str.encode and bytes.decode for the codecs jpy knows (utf-8, latin-1, ascii), with the strict, replace and ignore error handlers. */
final class Codecs {
    private Codecs() {}

    static String normalize(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> "latin-1";
            case "ascii", "us-ascii", "646" -> "ascii";
            default -> e;
        };
    }

    private static RuntimeException error(dev.jpy.vm.object.PyType t, String enc, Object obj, long start, long end, String reason) {
        Object e = Ops.call(t, new PyStr(enc), obj, PyInt.of(start), PyInt.of(end), new PyStr(reason));
        return ((PyBaseException) e).raise();
    }

    private static String checkErrors(String errors) {
        if (!errors.equals("strict") && !errors.equals("replace") && !errors.equals("ignore")) {
            throw Errors.raise(Types.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
        return errors;
    }

    /** Encodes s with a one-byte codec (limit 128 or 256); other codecs return null. */
    static PyBytes encode(PyStr str, String encoding, String errors) {
        String enc = normalize(encoding);
        String s = str.s;
        if (enc.equals("utf-8")) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
                if (lone && checkErrors(errors).equals("strict")) {
                    int cp = s.codePointCount(0, i);
                    throw error(Types.UNICODE_ENCODE_ERROR, "utf-8", str, cp, cp + 1, "surrogates not allowed");
                }
                if (Character.isHighSurrogate(c) && !lone) i++;
            }
            return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
        }
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : -1;
        if (limit < 0) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] < limit) { out.write(cps[i]); continue; }
            switch (checkErrors(errors)) {
                case "replace" -> out.write('?');
                case "ignore" -> { }
                default -> {
                    int j = i;
                    while (j < cps.length && cps[j] >= limit) j++;
                    throw error(Types.UNICODE_ENCODE_ERROR, enc, str, i, j, "ordinal not in range(" + limit + ")");
                }
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** Decodes b with utf-8, latin-1 or ascii; other codecs return null. */
    static PyStr decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        if (enc.equals("latin-1")) return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
        StringBuilder sb = new StringBuilder();
        if (enc.equals("ascii")) {
            for (int i = 0; i < b.length; i++) {
                int v = b[i] & 0xFF;
                if (v < 128) sb.append((char) v);
                else if (checkErrors(errors).equals("replace")) sb.append('\uFFFD');
                else if (errors.equals("strict")) throw error(Types.UNICODE_DECODE_ERROR, "ascii", new PyBytes(b), i, i + 1, "ordinal not in range(128)");
            }
            return PyStr.of(sb.toString());
        }
        if (!enc.equals("utf-8")) return null;
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v < 0x80) { sb.append((char) v); i++; continue; }
            int need = v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : -1;
            String reason = null;
            int bad = 1;
            if (need < 0) reason = "invalid start byte";
            else {
                int cp = v & (0x3F >> need);
                int k = 1;
                for (; k <= need; k++) {
                    if (i + k >= b.length) { reason = "unexpected end of data"; break; }
                    int c = b[i + k] & 0xFF;
                    int lo = 0x80, hi = 0xBF;
                    if (k == 1 && v == 0xE0) lo = 0xA0;
                    if (k == 1 && v == 0xED) hi = 0x9F;
                    if (k == 1 && v == 0xF0) lo = 0x90;
                    if (k == 1 && v == 0xF4) hi = 0x8F;
                    if (c < lo || c > hi) { reason = "invalid continuation byte"; break; }
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (reason == null) { sb.appendCodePoint(cp); i += need + 1; continue; }
                bad = k;
            }
            switch (checkErrors(errors)) {
                case "replace" -> sb.append('\uFFFD');
                case "ignore" -> { }
                default -> throw error(Types.UNICODE_DECODE_ERROR, "utf-8", new PyBytes(b), i, i + bad, reason);
            }
            i += bad;
        }
        return PyStr.of(sb.toString());
    }
}
