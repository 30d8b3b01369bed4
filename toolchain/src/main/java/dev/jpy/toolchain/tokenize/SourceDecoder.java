package dev.jpy.toolchain.tokenize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Source bytes to text as {@code tokenize.detect_encoding} does it: a UTF-8 BOM, or a PEP 263 coding
 * cookie on line 1 or 2, else UTF-8. Newlines are kept as they are (tokenize splits lines on '\n' only).
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** The decoded text and the encoding name tokenize reports in its ENCODING token. */
    public record Decoded(String encoding, String text) {}

    /** A decoding failure; tokenize reports it as {@code FILE: error: MESSAGE} (a SyntaxError). */
    public static final class DecodeException extends RuntimeException {
        public DecodeException(String message) {
            super(message);
        }
    }

    public static Decoded decode(byte[] b, String filename) {
        return decode(b, filename, false);
    }

    /**
     * As {@code compile(bytes)} decodes: CPython's compile-time messages ("unknown encoding: X", "encoding
     * problem: X with BOM", the codec's own error for a declared encoding), and for UTF-8 source each byte
     * that does not decode becomes the lone surrogate U+DC80+byte, for the tokenizer and parser to report
     * where a token holds it (CPython decodes per token, so such bytes in a comment are accepted).
     */
    public static Decoded decodeForCompile(byte[] b, String filename) {
        return decode(b, filename, true);
    }

    /** The code point standing for an undecodable byte in {@link #decodeForCompile} text, or -1. */
    public static int escapedByte(int cp) {
        return cp >= 0xDC80 && cp <= 0xDCFF ? cp - 0xDC00 : -1;
    }

    private static Decoded decode(byte[] b, String filename, boolean compile) {
        int off = 0;
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        if (bom) off = 3;
        String enc = null;
        int l1End = lineEnd(b, off);
        String first = ascii(b, off, l1End);
        if (first != null) {
            enc = cookie(first, filename, bom, compile);
            if (enc == null && isBlank(first) && l1End < b.length) {
                int l2End = lineEnd(b, l1End);
                String second = ascii(b, l1End, l2End);
                if (second != null) enc = cookie(second, filename, bom, compile);
            }
        }
        String name;
        Charset cs;
        if (enc == null) {
            name = "utf-8"; // tokenize reports 'utf-8' after a BOM too
            cs = java.nio.charset.StandardCharsets.UTF_8;
        } else {
            name = enc;
            cs = charset(enc, filename, compile);
        }
        if (compile && cs.equals(java.nio.charset.StandardCharsets.UTF_8)) return new Decoded(name, escapingUtf8(b, off));
        try {
            String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
            return new Decoded(name, text);
        } catch (CharacterCodingException e) {
            if (compile) throw new DecodeException(codecError(cs, b, off));
            throw new DecodeException("invalid or missing encoding declaration for '" + filename + "'");
        }
    }

    /**
     * The encoding a PEP 263 cookie on line 1 (or on line 2 after a blank or comment line 1) declares, under
     * tokenize's normal name ("utf-8", "iso-8859-1" or the name as written); null when there is none. Nothing is
     * validated: the name may be unknown to every codec.
     */
    public static String declaredEncoding(byte[] b) {
        int off = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        int l1End = lineEnd(b, off);
        String first = ascii(b, off, l1End);
        if (first == null) return null;
        java.util.regex.Matcher m = COOKIE.matcher(first);
        if (m.find()) return normalName(m.group(1));
        if (!isBlank(first) || l1End >= b.length) return null;
        String second = ascii(b, l1End, lineEnd(b, l1End));
        if (second == null) return null;
        m = COOKIE.matcher(second);
        return m.find() ? normalName(m.group(1)) : null;
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == '\n') return i + 1;
        return b.length;
    }

    /** The line as text if it decodes as UTF-8 (the cookie regex only looks at ASCII), else null. */
    private static String ascii(byte[] b, int from, int to) {
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) i++;
        return i == line.length() || line.charAt(i) == '#' || line.charAt(i) == '\r' || line.charAt(i) == '\n';
    }

    private static final java.util.regex.Pattern COOKIE =
            java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private static String cookie(String line, String filename, boolean bom, boolean compile) {
        java.util.regex.Matcher m = COOKIE.matcher(line);
        if (!m.find()) return null;
        String enc = normalName(m.group(1));
        charset(enc, filename, compile);
        if (bom && !enc.equals("utf-8")) {
            throw new DecodeException(compile ? "encoding problem: " + enc + " with BOM"
                    : "encoding problem for '" + filename + "': utf-8");
        }
        return enc;
    }

    /** tokenize._get_normal_name. */
    static String normalName(String orig) {
        String enc = orig.length() > 12 ? orig.substring(0, 12) : orig;
        enc = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        if (enc.equals("utf-8") || enc.startsWith("utf-8-")) return "utf-8";
        if (enc.equals("latin-1") || enc.equals("iso-8859-1") || enc.equals("iso-latin-1")
                || enc.startsWith("latin-1-") || enc.startsWith("iso-8859-1-") || enc.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return orig;
    }

    private static Charset charset(String enc, String filename, boolean compile) {
        // encodings.normalize_encoding: lower case, runs of other than letters, digits and '.' become '_'
        String e = enc.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "_").replaceAll("^_|_$", "");
        String javaName = switch (e) {
            case "utf", "utf8", "utf_8", "u8", "utf8_ucs2", "utf8_ucs4", "cp65001" -> "UTF-8";
            case "latin", "latin1", "latin_1", "l1", "iso8859", "iso8859_1", "iso_8859_1", "8859", "cp819",
                    "iso_ir_100", "csisolatin1", "iso_8859_1_1987", "ibm819" -> "ISO-8859-1";
            case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                    "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us" -> "US-ASCII";
            default -> e.replace('_', '-');
        };
        try {
            return Charset.forName(javaName);
        } catch (RuntimeException ex) {
            throw new DecodeException(compile ? "unknown encoding: " + enc : "unknown encoding for '" + filename + "': " + enc);
        }
    }

    /** UTF-8 from {@code off}, each byte that starts no valid sequence becoming U+DC80+byte. */
    private static String escapingUtf8(byte[] b, int off) {
        StringBuilder sb = new StringBuilder(b.length - off);
        int i = off;
        while (i < b.length) {
            int n = Utf8Errors.validLength(b, i);
            if (n > 0) {
                sb.append(new String(b, i, n, java.nio.charset.StandardCharsets.UTF_8));
                i += n;
            } else {
                sb.append((char) (0xDC00 + (b[i] & 0xff)));
                i++;
            }
        }
        return sb.toString();
    }

    /** The message of the Python codec's UnicodeDecodeError for the first byte {@code cs} cannot decode. */
    private static String codecError(Charset cs, byte[] b, int off) {
        var dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, b.length - off);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        var r = dec.decode(in, out, true);
        int pos = in.position();
        String codec = cs.name().equals("US-ASCII") ? "ascii" : cs.name().toLowerCase(Locale.ROOT);
        String reason = codec.equals("ascii") ? "ordinal not in range(128)" : r.isUnmappable() ? "character maps to <undefined>" : "invalid data";
        return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[pos] & 0xff, pos - off, reason);
    }
}
