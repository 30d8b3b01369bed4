package dev.jpy.marshal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link PyHash} against {@code hash()} values recorded from CPython 3.13 with PYTHONHASHSEED=0. */
class PyHashTest {

    @Test
    void matchesRecordedHashes() {
        List<JsonObject> records = Goldens.records("hash.json");
        List<String> failures = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        for (JsonObject r : records) {
            PyObj o = Goldens.object(r);
            types.add(o.typeName());
            long want = r.get("hash").getAsLong();
            long got = PyHash.hash(o);
            if (got != want) failures.add(Goldens.clip(r.get("repr").getAsString()) + ": got " + got + ", CPython " + want);
        }
        System.out.printf("hash.json: %d of %d hashes match (types %s)%n",
                records.size() - failures.size(), records.size(), types);
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures);
        // the goldens must exercise every kind of hash, or this test proves little
        assertTrue(types.containsAll(List.of("int", "float", "complex", "str", "bytes", "tuple", "frozenset",
                "NoneType", "bool")), "hash.json lacks some types: " + types);
    }

    @Test
    void ints() {
        assertEquals(0, PyHash.ofLong(0));
        assertEquals(1, PyHash.ofLong(1));
        assertEquals(-2, PyHash.ofLong(-1), "-1 is reserved for errors");
        assertEquals(-2, PyHash.ofLong(-2));
        assertEquals(0, PyHash.ofLong(PyHash.MODULUS));
        assertEquals(1, PyHash.ofLong(PyHash.MODULUS + 1));
        assertEquals(-2, PyHash.ofLong(-(PyHash.MODULUS + 1)), "-(2**61) hashes as -1, so -2");
        assertEquals(PyHash.ofBig(BigInteger.valueOf(Long.MIN_VALUE)), PyHash.ofLong(Long.MIN_VALUE));
        assertEquals(-4, PyHash.ofLong(Long.MIN_VALUE), "-(2**63) = -(4 * 2**61) hashes as -4");
        assertEquals(1, PyHash.ofBig(BigInteger.TWO.pow(61 * 7)), "2**(61k) is 1 modulo 2**61-1");
    }

    @Test
    void numericHashesAgreeAcrossTypes() {
        Random rnd = new Random(42);
        for (int i = 0; i < 20000; i++) {
            long n = rnd.nextLong() >> rnd.nextInt(64);
            double d = (double) n;
            BigInteger exact = new java.math.BigDecimal(d).toBigIntegerExact();
            assertEquals(PyHash.ofBig(exact), PyHash.ofDouble(d), "hash(float(n)) == hash(int) for " + d);
            assertEquals(PyHash.ofDouble(d), PyHash.ofComplex(d, 0.0));
        }
        assertEquals(PyHash.hash(PyBool.TRUE), PyHash.hash(PyInt.of(1)));
        assertEquals(PyHash.hash(PyBool.FALSE), PyHash.hash(new PyFloat(-0.0)));
        assertEquals(PyHash.INF, PyHash.ofDouble(Double.POSITIVE_INFINITY));
        assertEquals(-PyHash.INF, PyHash.ofDouble(Double.NEGATIVE_INFINITY));
        // 0.5 == 2**-1, and 2**-1 modulo 2**61-1 is 2**60
        assertEquals(1L << 60, PyHash.ofDouble(0.5));
        assertEquals(-(1L << 60), PyHash.ofDouble(-0.5));
        assertEquals(PyHash.NAN_STAND_IN, PyHash.ofDouble(Double.NaN));
    }

    @Test
    void strUsesStorageWidth() {
        // "é" is stored as one Latin-1 byte, the same as b"\xe9"
        assertEquals(PyHash.ofBytes(new byte[] {(byte) 0xE9}), PyHash.hash(PyStr.of("é")));
        // "€" (U+20AC) is UCS-2: ac 20
        assertEquals(PyHash.ofBytes(new byte[] {(byte) 0xAC, 0x20}), PyHash.hash(PyStr.of("€")));
        // an astral character makes every code point four bytes wide
        assertEquals(PyHash.ofBytes(new byte[] {'a', 0, 0, 0, 0, (byte) 0xF6, 1, 0}),
                PyHash.hash(PyStr.of("a\uD83D\uDE00")));
        // a lone surrogate is a UCS-2 code point
        assertEquals(PyHash.ofBytes(new byte[] {0, (byte) 0xD8}), PyHash.hash(PyStr.ofCodePoints(new int[] {0xD800})));
        assertEquals(0, PyHash.hash(PyStr.of("")));
        assertEquals(0, PyHash.ofBytes(new byte[0]));
        assertEquals(PyHash.hash(PyStr.of("abc")), PyHash.hash(PyBytes.of("abc".getBytes())));
    }

    @Test
    void containers() {
        PyObj a = PyInt.of(1), b = PyStr.of("x");
        assertNotEquals(PyHash.hash(PyTuple.of(a, b)), PyHash.hash(PyTuple.of(b, a)), "tuple hash depends on order");
        assertEquals(PyHash.hash(new PyFrozenSet(List.of(a, b))), PyHash.hash(new PyFrozenSet(List.of(b, a))));
        assertEquals(PyHash.hash(new PyFrozenSet(List.of(a))),
                PyHash.hash(new PyFrozenSet(List.of(a, PyBool.TRUE, new PyFloat(1.0)))), "equal elements count once");
        assertEquals(PyHash.hash(PyTuple.of(PyInt.of(1))), PyHash.hash(PyTuple.of(new PyFloat(1.0))));
    }

    @Test
    void unhashableAndStandIns() {
        assertFalse(PyHash.isHashable(new PyList(List.of())));
        assertFalse(PyHash.isHashable(PyTuple.of(new PyList(List.of()))));
        assertTrue(PyHash.isHashable(PyTuple.of(PyTuple.EMPTY, PyNone.NONE)));
        assertThrows(IllegalArgumentException.class, () -> PyHash.hash(new PyList(List.of())));
        assertThrows(IllegalArgumentException.class, () -> PyHash.hash(new PyDict(List.of())));
        assertThrows(IllegalArgumentException.class, () -> PyHash.hash(new PySet(List.of())));
        assertThrows(IllegalArgumentException.class, () -> PyHash.hash(PyNull.NULL));
        assertThrows(IllegalArgumentException.class, () -> PyHash.hash(PyTuple.of(new PyList(List.of()))));
        assertEquals(0xFCA86420L, PyHash.hash(PyNone.NONE));
        assertEquals(PyHash.ELLIPSIS_STAND_IN, PyHash.hash(PyEllipsis.ELLIPSIS));
        assertEquals(PyHash.STOP_ITERATION_STAND_IN, PyHash.hash(PyStopIteration.STOP_ITERATION));
    }

    @Test
    void sipHashOfASlice() {
        byte[] data = new byte[40];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + 7);
        for (int off = 0; off < 8; off++) {
            for (int len = 0; off + len <= data.length; len++) {
                assertEquals(SipHash13.hash(1, 2, Arrays.copyOfRange(data, off, off + len)),
                        SipHash13.hash(1, 2, data, off, len));
            }
        }
    }
}
