package dev.jpy.marshal.io;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.model.*;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects built in Java (no recorded spelling) are written as CPython 3.13 spells them and read back equal. */
class MarshalWriterTest {

    private static PyObj roundTrip(PyObj o) {
        return MarshalReader.read(MarshalWriter.write(o), 0, MarshalDialect.PY311);
    }

    @Test
    void everyKindReadsBackEqual() {
        PyObj tree = PyTuple.of(PyNone.NONE, PyBool.TRUE, PyBool.FALSE, PyEllipsis.ELLIPSIS, PyStopIteration.STOP_ITERATION,
                PyInt.of(0), PyInt.of(-1), PyInt.of(1L << 40), PyInt.of(Long.MIN_VALUE), PyInt.of(BigInteger.TEN.pow(40).negate()),
                new PyFloat(-0.0), new PyFloat(Double.NaN), new PyComplex(1.5, -2), PyStr.of("ascii"), PyStr.of("é€😀"),
                PyStr.ofCodePoints(new int[] {0xD800, 0xDC00}), PyStr.of("x".repeat(300)), PyBytes.of(new byte[] {0, -1}),
                new PyList(List.of(PyInt.of(1))), new PyDict(List.of(new PyDict.Entry(PyStr.of("k"), PyInt.of(2)))),
                new PySet(List.of(PyInt.of(3))), new PyFrozenSet(List.of(PyStr.of("a"), PyStr.of("b"))));
        assertEquals(tree, roundTrip(tree));
    }

    @Test
    void loneSurrogatesStayTwoCodePoints() {
        PyStr s = PyStr.ofCodePoints(new int[] {0xD83D, 0xDE00});
        PyStr back = (PyStr) roundTrip(s);
        assertArrayEquals(new int[] {0xD83D, 0xDE00}, back.codePoints());
        assertNotEquals(PyStr.of("😀"), back);
    }

    @Test
    void spellingFollowsCPythonDefaults() {
        assertArrayEquals(new byte[] {'i', 5, 0, 0, 0}, MarshalWriter.write(PyInt.of(5)));
        assertArrayEquals(new byte[] {'z', 2, 'h', 'i'}, MarshalWriter.write(PyStr.of("hi")));
        assertArrayEquals(new byte[] {')', 0}, MarshalWriter.write(PyTuple.EMPTY));
        // 2**31 as a long: three 15-bit digits 0, 0, 2
        assertArrayEquals(new byte[] {'l', 3, 0, 0, 0, 0, 0, 0, 0, 2, 0}, MarshalWriter.write(PyInt.of(1L << 31)));
    }

    @Test
    void setsBuiltInJavaAreWrittenInMarshalledByteOrder() {
        // the order the set was built in does not matter: elements go out sorted by their own bytes
        PyFrozenSet one = new PyFrozenSet(List.of(PyStr.of("cc"), PyStr.of("b"), PyInt.of(1), PyStr.of("a")));
        PyFrozenSet two = new PyFrozenSet(List.of(PyStr.of("a"), PyInt.of(1), PyStr.of("cc"), PyStr.of("b")));
        assertArrayEquals(MarshalWriter.write(one), MarshalWriter.write(two));
        assertEquals(List.of(PyInt.of(1), PyStr.of("a"), PyStr.of("b"), PyStr.of("cc")), ((PyFrozenSet) roundTrip(one)).items());
    }

    @Test
    void sharedObjectsBecomeReferences() {
        PyStr name = PyStr.of("shared");
        byte[] b = MarshalWriter.write(PyTuple.of(name, name));
        // ')' 2, then 'z'|FLAG_REF ..., then 'r' 0
        assertEquals((byte) (TypeCode.SHORT_ASCII | TypeCode.FLAG_REF), b[2]);
        assertEquals((byte) TypeCode.REF, b[b.length - 5]);
        PyTuple back = (PyTuple) MarshalReader.read(b, 0, MarshalDialect.PY311);
        assertSame(back.get(0), back.get(1));
    }

    @Test
    void deepTreesWriteAndReadWithinTheLimit() {
        PyObj o = PyNone.NONE;
        for (int i = 0; i < 1999; i++) o = PyTuple.of(o);
        byte[] bytes = MarshalWriter.write(o);
        assertArrayEquals(bytes, MarshalWriter.write(roundTrip(o))); // (deep structural equals would need a big stack)
        PyObj tooDeep = PyTuple.of(o, PyTuple.of(o));
        assertThrows(MarshalException.class, () -> MarshalWriter.write(PyTuple.of(PyTuple.of(tooDeep))));
    }
}
