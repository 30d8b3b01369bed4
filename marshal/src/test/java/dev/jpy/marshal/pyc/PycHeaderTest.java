package dev.jpy.marshal.pyc;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PycHeaderTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void timestampHeader() throws Exception {
        PycHeader h = PycHeader.parse(hex("f30d0d0a 00000000 78563412 2a000000 e3"));
        assertEquals(PythonVersion.PY313, h.version());
        assertEquals(PycHeader.Invalidation.TIMESTAMP, h.invalidation());
        assertEquals(0x12345678L, h.mtime());
        assertEquals(42, h.sourceSize());
        assertArrayEquals(hex("f30d0d0a 00000000 78563412 2a000000"), h.toBytes());
    }

    @Test
    void hashHeaders() throws Exception {
        PycHeader checked = PycHeader.parse(hex("f30d0d0a 03000000 320a67fc4074b7f9"));
        assertEquals(PycHeader.Invalidation.CHECKED_HASH, checked.invalidation());
        assertEquals("320a67fc4074b7f9", checked.sourceHashHex());
        PycHeader unchecked = PycHeader.parse(hex("f30d0d0a 01000000 320a67fc4074b7f9"));
        assertEquals(PycHeader.Invalidation.UNCHECKED_HASH, unchecked.invalidation());
        assertArrayEquals(hex("f30d0d0a 01000000 320a67fc4074b7f9"), unchecked.toBytes());
        assertEquals(unchecked, PycHeader.hashBased(PythonVersion.PY313, hex("320a67fc4074b7f9"), false));
    }

    @Test
    void olderLayouts() throws Exception {
        PycHeader py27 = PycHeader.parse(hex("03f30d0a 01020304"));
        assertEquals(PythonVersion.PY27, py27.version());
        assertEquals(0x04030201L, py27.mtime());
        PycHeader py36 = PycHeader.parse(hex("330d0d0a 01000000 05000000"));
        assertEquals(PythonVersion.PY36, py36.version());
        assertEquals(5, py36.sourceSize());
        assertEquals(PythonVersion.PY312, PycHeader.parse(hex("cb0d0d0a 00000000 00000000 00000000")).version());
    }

    @Test
    void badHeadersSayWhatIsWrong() {
        PycFormatException e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("f30d")));
        assertTrue(e.getMessage().contains("too short"), e.getMessage());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("f30d0a0d 00000000")));
        assertEquals(2, e.offset());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("f30d0d0a 04000000 00000000 00000000")));
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("invalid flags 0x00000004"), e.getMessage());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("f30d0d0a 0000")));
        assertTrue(e.getMessage().contains("truncated header"), e.getMessage());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("e80d0d0a 00000000 00000000 00000000")));
        assertTrue(e.getMessage().contains("unknown magic number 3560 (Python 3.13 (not a release jpy reads))"), e.getMessage());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("2b0e0d0a 00000000 00000000 00000000")));
        assertTrue(e.getMessage().contains("Python 3.14"), e.getMessage());
        e = assertThrows(PycFormatException.class, () -> PycHeader.parse(hex("01000d0a")));
        assertTrue(e.getMessage().contains("not a Python version jpy knows"), e.getMessage());
    }

    @Test
    void everyReleaseMagicMapsBothWays() {
        for (PythonVersion v : PythonVersion.values()) {
            assertEquals(v, PythonVersion.byMagic(v.magic).orElseThrow());
        }
        assertEquals(3571, PythonVersion.PY313.magic);
        assertEquals("cpython-313", PythonVersion.PY313.cacheTag().orElseThrow());
    }
}
