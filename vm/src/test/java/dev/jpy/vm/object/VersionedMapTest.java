package dev.jpy.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The dict table: keys as CPython's dict sees them, insertion order, positions and the two version counters. */
class VersionedMapTest {
    private static PyInt i(long v) { return PyInt.of(v); }

    /** The live keys in position order, as a Python iterator walks them. */
    private static List<Object> keys(VersionedMap m) {
        List<Object> out = new ArrayList<>();
        for (int e = 0; e < m.limit(); e++) if (m.keyAt(e) != null) out.add(m.keyAt(e));
        return out;
    }

    @Test
    void equalNumbersAreOneKeyAndCollidingHashesAreNot() {
        VersionedMap m = new VersionedMap();
        m.put(i(1), "int");
        m.put(new PyFloat(1.0), "float");
        m.put(PyBool.TRUE, "bool");
        assertEquals(1, m.size());
        assertEquals("bool", m.get(i(1)));
        assertSame(PyInt.of(1), m.keyAt(0));  // the first key object stays
        m.put(i(-1), "a");
        m.put(i(-2), "b");  // -1 and -2 hash alike in CPython
        assertEquals(i(-1).hashCode(), i(-2).hashCode());
        assertEquals("a", m.get(i(-1)));
        assertEquals("b", m.get(i(-2)));
        BigInteger big = BigInteger.TWO.pow(61).subtract(BigInteger.ONE);  // the hash modulus: 2**61 - 1 hashes to 0, 2**61 to 1
        m.put(PyInt.of(big.add(BigInteger.ONE)), "big");
        assertEquals("bool", m.get(i(1)));
        assertEquals("big", m.get(PyInt.of(big.add(BigInteger.ONE))));
        assertNull(m.get(PyInt.of(big)));
        assertEquals("float", new VersionedMap() {{ put(new PyFloat(2.0), "float"); }}.get(i(2)));
        m.put(new PyStr("k1"), 1);
        assertEquals(1, m.get(new PyStr("k" + 1)));  // an equal str that is another object
        assertEquals(5, m.size());
    }

    @Test
    void positionsHoldUntilTheKeysChange() {
        VersionedMap m = new VersionedMap();
        for (int k = 0; k < 10; k++) m.put(i(k), k);
        int keys = m.keysVersion, version = m.version, at = m.position(i(7));
        m.put(i(7), "seven");
        m.setValueAt(m.position(i(3)), "three");
        assertEquals(keys, m.keysVersion);
        assertNotEquals(version, m.version);
        assertEquals("seven", m.valueAt(at));
        m.remove(i(2));
        assertNotEquals(keys, m.keysVersion);
        keys = m.keysVersion;
        for (int k = 100; k < 200; k++) m.put(i(k), k);  // grows and compacts: the entries move
        assertNotEquals(keys, m.keysVersion);
        assertEquals("seven", m.valueAt(m.position(i(7))));
        assertEquals(-1, m.position(i(2)));
        keys = m.keysVersion;
        m.clear();
        assertNotEquals(keys, m.keysVersion);
        assertEquals(0, m.size());
        assertNull(m.get(i(7)));
    }

    @Test
    void aTypeDictChangesTheTypeVersion() {
        VersionedMap m = new VersionedMap.TypeDict();
        int v = PyType.version();
        m.put(new PyStr("x"), 1);
        assertNotEquals(v, PyType.version());
    }

    @Test
    void randomChangesKeepInsertionOrderLikeALinkedHashMap() {
        Random r = new Random(11);
        VersionedMap m = new VersionedMap();
        Map<Object, Object> model = new LinkedHashMap<>();
        for (int step = 0; step < 200_000; step++) {
            int op = r.nextInt(10);
            Object key = r.nextBoolean() ? i(r.nextInt(3000) - 1000) : new PyStr("s" + r.nextInt(2000));
            if (op < 6) {
                assertEquals(model.put(key, step), m.put(key, step));
            } else if (op < 9) {
                assertEquals(model.remove(key), m.remove(key));
            } else {
                assertEquals(model.get(key), m.get(key));
            }
            if (step % 50_000 == 0) {
                VersionedMap copy = new VersionedMap();
                copy.putAll(m);
                assertEquals(new ArrayList<>(model.keySet()), keys(copy));
            }
        }
        assertEquals(model.size(), m.size());
        assertEquals(new ArrayList<>(model.keySet()), keys(m));
        for (Map.Entry<Object, Object> e : model.entrySet()) assertEquals(e.getValue(), m.get(e.getKey()));
        VersionedMap copy = new VersionedMap();
        copy.putAll(m);
        copy.put(i(123456), "only in the copy");
        assertNull(m.get(i(123456)));
        assertTrue(m.size() + 1 == copy.size() || model.containsKey(i(123456)));
    }
}
