package dev.jpy.marshal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SetOrder} against frozensets recorded from CPython 3.13 (PYTHONHASHSEED=0): each golden is a
 * tuple of elements in insertion order and the repr of the frozenset built by adding them in that
 * order, which is how {@code marshal.loads} builds one.
 */
class SetOrderTest {

    @Test
    void matchesRecordedIterationOrders() {
        List<JsonObject> records = Goldens.records("setorder.json");
        List<String> failures = new ArrayList<>();
        int stdlib = 0, maxSize = 0;
        for (JsonObject r : records) {
            PyTuple t = (PyTuple) Goldens.object(r);
            String want = r.get("repr").getAsString();
            String got = PyRepr.repr(new PyFrozenSet(t.items()));
            maxSize = Math.max(maxSize, t.size());
            if (r.has("note") && r.get("note").getAsString().startsWith("stdlib")) stdlib++;
            if (!got.equals(want)) {
                failures.add((r.has("note") ? r.get("note").getAsString() + ": " : "")
                        + "got " + Goldens.clip(got) + "\n    CPython " + Goldens.clip(want));
            }
        }
        System.out.printf("setorder.json: %d of %d frozensets in CPython's order (%d stdlib cases, up to %d elements)%n",
                records.size() - failures.size(), records.size(), stdlib, maxSize);
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures);
    }

    @Test
    void collisionsProbeLinearly() {
        // 0, 8, 16, 24 all start at slot 0 of the 8-slot table; the table holds them in that order
        List<PyObj> in = List.of(PyInt.of(24), PyInt.of(16), PyInt.of(8), PyInt.of(0));
        assertEquals(in, SetOrder.iterationOrder(in));
        // no collisions: slot order, whatever the insertion order
        assertEquals(List.of(PyInt.of(1), PyInt.of(2), PyInt.of(3)),
                SetOrder.iterationOrder(List.of(PyInt.of(3), PyInt.of(1), PyInt.of(2))));
    }

    @Test
    void resizeReinsertsInSlotOrder() {
        // In the 8-slot table 40 takes slot 0, so 0 is pushed to slot 1 and 1 to slot 6. The fifth
        // element (3) fills it past 3/5 and it grows to 32 slots (above 4 * 5): reinserted in slot
        // order, 40 goes to slot 8 first, so 8, added afterwards, lands in slot 9 behind it.
        // CPython 3.13: list(frozenset((40, 0, 1, 2, 3, 8))) == [0, 1, 2, 3, 40, 8]
        List<PyObj> in = new ArrayList<>();
        for (long v : new long[] {40, 0, 1, 2, 3, 8}) in.add(PyInt.of(v));
        List<PyObj> out = SetOrder.iterationOrder(in);
        assertEquals(List.of(PyInt.of(0), PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(40), PyInt.of(8)), out);
    }

    @Test
    void equalElementsAreAddedOnce() {
        PyObj f = PyBool.FALSE, z = PyInt.of(0), zf = new PyFloat(0.0), nz = new PyFloat(-0.0);
        List<PyObj> out = SetOrder.iterationOrder(List.of(zf, f, nz, z));
        assertEquals(1, out.size());
        assertSame(zf, out.get(0), "the first one added stays");
        assertEquals(2, SetOrder.iterationOrder(List.of(PyStr.of("a"), PyBytes.of(new byte[] {'a'}))).size(),
                "str and bytes with equal hashes are different elements");
        assertEquals(2, SetOrder.iterationOrder(List.of(PyInt.of(-1), PyInt.of(-2))).size(),
                "-1 and -2 share a hash but differ");
    }

    @Test
    void pythonEquality() {
        BigInteger big = BigInteger.TWO.pow(80);
        assertTrue(SetOrder.equal(PyInt.of(big), new PyFloat(Math.pow(2, 80))));
        assertFalse(SetOrder.equal(PyInt.of(big.add(BigInteger.ONE)), new PyFloat(Math.pow(2, 80))));
        assertFalse(SetOrder.equal(PyInt.of((1L << 53) + 1), new PyFloat((double) (1L << 53))));
        assertTrue(SetOrder.equal(PyInt.of(1L << 53), new PyFloat((double) (1L << 53))));
        assertTrue(SetOrder.equal(new PyComplex(2, 0), PyInt.of(2)));
        assertTrue(SetOrder.equal(PyBool.TRUE, new PyComplex(1, 0)));
        assertFalse(SetOrder.equal(new PyComplex(2, 1), PyInt.of(2)));
        assertFalse(SetOrder.equal(new PyFloat(Double.NaN), new PyFloat(Double.NaN)));
        PyFloat nan = new PyFloat(Double.NaN);
        assertTrue(SetOrder.equal(nan, nan), "identity shortcut");
        assertFalse(SetOrder.equal(new PyFloat(Double.POSITIVE_INFINITY), PyInt.of(Long.MAX_VALUE)));
        assertTrue(SetOrder.equal(PyTuple.of(PyInt.of(1), PyStr.of("a")), PyTuple.of(new PyFloat(1.0), PyStr.of("a"))));
        assertTrue(SetOrder.equal(new PyFrozenSet(List.of(PyInt.of(1), PyInt.of(2))),
                new PyFrozenSet(List.of(PyInt.of(2), PyBool.TRUE, new PyFloat(2.0)))));
        assertFalse(SetOrder.equal(new PyFrozenSet(List.of(PyInt.of(1))), new PyFrozenSet(List.of(PyInt.of(2)))));
        assertFalse(SetOrder.equal(PyStr.of("1"), PyInt.of(1)));
        assertTrue(SetOrder.equal(PyNone.NONE, new PyNone()));
    }

    @Test
    void largeSetsStayLinear() {
        // 200000 distinct ints: the simulation must not be quadratic (and must keep them all)
        List<PyObj> in = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) in.add(PyInt.of((i * 7919L) % 1_000_003));
        long t0 = System.nanoTime();
        List<PyObj> out = SetOrder.iterationOrder(in);
        assertEquals(200_000, out.size());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "too slow");
    }
}
