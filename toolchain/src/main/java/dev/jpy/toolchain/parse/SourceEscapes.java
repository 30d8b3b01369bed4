package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.tokenize.SourceDecoder;
import dev.jpy.toolchain.tokenize.Utf8Errors;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Undecodable source bytes, which {@link SourceDecoder#decodeForCompile} keeps as U+DC80+byte: CPython decodes
 * source per token, so such a byte is an error only inside a name or a string, with the codec's message.
 */
final class SourceEscapes {
    private SourceEscapes() {}

    /** The original bytes of {@code s} if it holds an undecodable byte, else null. */
    static byte[] undecodable(String s) {
        if (!has(s)) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.codePoints().forEach(c -> {
            int b = SourceDecoder.escapedByte(c);
            if (b >= 0) out.write(b);
            else out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        });
        return out.toByteArray();
    }

    /** The line as CPython shows it: each undecodable byte read as U+FFFD. */
    static String replaced(String line) {
        if (!has(line)) return line;
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(SourceDecoder.escapedByte(c) >= 0 ? '\uFFFD' : c);
        }
        return b.toString();
    }

    /**
     * The "(unicode error) 'utf-8' codec ..." message for a str literal body holding undecodable bytes, else
     * null. With no backslash (or raw) the body decodes as a whole; else each run of non-ASCII bytes by itself.
     */
    static String strBodyError(int[] cps, boolean raw) {
        boolean any = false, backslash = false;
        for (int c : cps) {
            any |= SourceDecoder.escapedByte(c) >= 0;
            backslash |= c == '\\';
        }
        if (!any) return null;
        byte[] b = undecodable(new String(cps, 0, cps.length));
        if (raw || !backslash) return "(unicode error) " + Utf8Errors.message(b, 0, b.length);
        for (int i = 0; i < b.length; ) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < b.length && b[j] < 0) j++;
            String m = Utf8Errors.message(b, i, j);
            if (m != null) return "(unicode error) " + m;
            i = j;
        }
        return null;
    }

    private static boolean has(String s) {
        for (int i = 0; i < s.length(); i++) if (SourceDecoder.escapedByte(s.charAt(i)) >= 0) return true;
        return false;
    }
}
