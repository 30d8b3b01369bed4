package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.tokenize.SourceDecoder;

/** Source bytes to parser text as {@code compile(bytes)} decodes them, a failure being its SyntaxError at line 0. */
public final class SourceBytes {
    private SourceBytes() {}

    /** The text; a bad coding declaration or undecodable bytes in a declared encoding raise CPython's SyntaxError. */
    public static String decode(byte[] b, String filename) {
        try {
            return SourceDecoder.decodeForCompile(b, filename).text();
        } catch (SourceDecoder.DecodeException e) {
            throw new ParseException("SyntaxError", e.getMessage(), 0, -1, ParseException.NO_END, ParseException.NO_END, null);
        }
    }
}
