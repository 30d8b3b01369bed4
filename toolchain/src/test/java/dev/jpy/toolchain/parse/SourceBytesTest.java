package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Undecodable UTF-8 on the parse path, beyond the invalid corpus: each expected value is what CPython 3.13.0
 * gives for {@code compile(SOURCE_BYTES, 'f', 'exec')} (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset).
 */
class SourceBytesTest {
    private static final String UE = "(unicode error) 'utf-8' codec can't decode byte ";

    private static String error(byte[] src) {
        try {
            Parser.parse(SourceBytes.decode(src, "f"), "f", "exec", false);
            return "ok";
        } catch (ParseException e) {
            return e.getMessage() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " " + e.endOffset();
        }
    }

    /** Latin-1 text to bytes: each char is one byte, so "\u00e9" is the byte 0xE9 and "\u00c3\u00a9" is UTF-8 for é. */
    private static byte[] b(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void undecodableBytesInNames() {
        assertEquals(UE + "0xe9 in position 2: invalid continuation byte 1 11 1 -1", error(b("y = 1; ab\u00e9\u00e9cd = 1\n")));
        assertEquals(UE + "0xe9 in position 2: invalid continuation byte 1 3 1 -1", error(b("ab\u00e9cd = 1\n")));
        assertEquals(UE + "0xe9 in position 0: unexpected end of data 2 1 2 -1", error(b("x = 1\n\u00e9\n")));
    }

    @Test
    void undecodableBytesInStrings() {
        assertEquals(UE + "0xff in position 2: invalid start byte 1 5 1 9", error(b("x = 'ab\u00ffc' + '\u00c3\u00a9\u00fe'\n")));
        assertEquals(UE + "0xff in position 0: invalid start byte 1 5 1 8", error(b("x = '\\n\u00ff'\n")));
        assertEquals(UE + "0xff in position 0: invalid start byte 1 5 1 11", error(b("x = '\u00c3\u00a9\\t\u00ff\u00c3\u00a9\u00fe'\n")));
        assertEquals(UE + "0xff in position 3: invalid start byte 1 5 1 8", error(b("x = 'a\u00c3\u00a9\u00ff'\n")));
        assertEquals(UE + "0xff in position 0: invalid start byte 1 5 1 7", error(b("x = r'\u00ff'\n")));
        assertEquals(UE + "0xff in position 1: invalid start byte 1 5 2 5", error(b("x = '''\n\u00ff'''\n")));
        assertEquals("bytes can only contain ASCII literal characters 1 5 1 7", error(b("x = b'\u00ff'\n")));
    }

    @Test
    void undecodableBytesInCommentsAreAccepted() {
        assertEquals("ok", error(b("# c\u00e9\nx = 1\n")));
        assertEquals("ok", error(b("x = 1 # \u00e9\n")));
    }
}
