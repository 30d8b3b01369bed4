package dev.jpy.marshal.io;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.pyc.PycFile;
import dev.jpy.marshal.pyc.PycFormatException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Bad marshal data ends in a MarshalException naming the offset and the problem: no crash, hang or OOM. */
class MarshalErrorsTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static MarshalException fails(String hexData) {
        return fails(hex(hexData));
    }

    private static MarshalException fails(byte[] data) {
        return assertThrows(MarshalException.class, () -> MarshalReader.readWithWire(data, 0, MarshalDialect.PY311));
    }

    private static void assertError(MarshalException e, long offset, String text) {
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void emptyAndUnknown() {
        assertError(fails(""), 0, "EOF read where object expected");
        assertError(fails("3f"), 0, "unknown type code '?'");
        assertError(fails("29 02 4e 01"), 3, "unknown type code 0x01");
    }

    @Test
    void truncatedData() {
        assertError(fails("69 0100"), 1, "marshal data too short");
        assertError(fails("67 00000000"), 1, "marshal data too short");
        assertError(fails("29 03 4e 4e"), 2, "tuple of 3 items but 2 bytes remain");
        assertError(fails("7b 4e"), 2, "EOF read where object expected");
    }

    @Test
    void absurdLengthsAreRefusedBeforeAllocating() {
        assertError(fails("28 ffffff7f 4e"), 5, "tuple of 2147483647 items");
        assertError(fails("73 ffffff7f 41"), 5, "bytes object of 2147483647 bytes");
        assertError(fails("5b fffffffe"), 1, "list size out of range");
        assertError(fails("73 feffffff"), 1, "size out of range");
        assertError(fails("6c ffffff7f 0100"), 5, "long of");
        assertError(fails("6c 00000080"), 1, "long size out of range");
    }

    @Test
    void crashOfCPython148653IsACleanError() {
        // a flagged tuple holding a set that refers back to the tuple while it is still being read
        assertError(fails("a8 02000000 4e 3c 01000000 72 00000000"), 11, "still being read");
    }

    @Test
    void nestingIsCappedLikeCPython() {
        byte[] deep = new byte[2 * 3000 + 1];
        for (int i = 0; i < 3000; i++) {
            deep[2 * i] = ')';
            deep[2 * i + 1] = 1;
        }
        deep[6000] = 'N';
        assertError(fails(deep), 2 * 2000, "nesting deeper than 2000 levels");
        byte[] ok = Arrays.copyOfRange(deep, 6000 - 2 * 1999, 6001);
        assertNotNull(MarshalReader.read(ok, 0, MarshalDialect.PY311));
    }

    @Test
    void badReferencesAndValues() {
        assertError(fails("72 05000000"), 0, "invalid reference 5");
        assertError(fails("75 02000000 c328"), 5, "invalid UTF-8");
        assertError(fails("6c 02000000 0100 0000"), 7, "unnormalized long");
        assertError(fails("6c 01000000 0080"), 5, "digit out of range");
        assertError(fails("29 01 30"), 2, "NULL object in marshal data for tuple");
        assertError(fails("66 03 616263"), 1, "float text abc is not a number");
    }

    @Test
    void codeObjectFieldsAreTypeChecked() {
        // argcount..flags, then co_code given as an int
        String ints = "00000000".repeat(5);
        assertError(fails("63" + ints + "69 00000000"), 21, "code object field co_code is a int");
    }

    @Test
    void pycOffsetsCountTheHeader() {
        byte[] data = hex("f30d0d0a 00000000 00000000 00000000 a8 02000000 4e 3c 01000000 72 00000000");
        PycFormatException e = assertThrows(PycFormatException.class, () -> PycFile.parse(data));
        assertEquals(16 + 11, e.offset());
    }
}
