package dev.jpy.marshal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PyRepr} against {@code repr()} recorded from CPython 3.13, and its own rules. */
class PyReprTest {

    @Test
    void matchesRecordedReprs() {
        List<JsonObject> records = Goldens.records("repr.json");
        List<String> failures = new ArrayList<>();
        for (JsonObject r : records) {
            String want = r.get("repr").getAsString();
            String got = PyRepr.repr(Goldens.object(r));
            if (!got.equals(want)) failures.add("got " + Goldens.clip(got) + "\n    CPython " + Goldens.clip(want));
        }
        System.out.printf("repr.json: %d of %d reprs match%n", records.size() - failures.size(), records.size());
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures);
    }

    @Test
    void hashGoldensReprsToo() {
        // hash.json records repr() beside each hash: one more set of values to check
        List<JsonObject> records = Goldens.records("hash.json");
        List<String> failures = new ArrayList<>();
        for (JsonObject r : records) {
            PyObj o = Goldens.object(r);
            if (o instanceof PyFrozenSet) continue; // built in Python from a set display, not loaded: order may differ
            String want = r.get("repr").getAsString();
            String got = PyRepr.repr(o);
            if (!got.equals(want)) failures.add("got " + Goldens.clip(got) + "\n    CPython " + Goldens.clip(want));
        }
        failures.stream().limit(20).forEach(s -> System.out.println("  " + s));
        assertEquals(List.of(), failures);
    }

    @Test
    void floats() {
        assertEquals("0.0", PyRepr.floatRepr(0.0));
        assertEquals("-0.0", PyRepr.floatRepr(-0.0));
        assertEquals("1.0", PyRepr.floatRepr(1.0));
        assertEquals("0.1", PyRepr.floatRepr(0.1));
        assertEquals("0.30000000000000004", PyRepr.floatRepr(0.1 + 0.2));
        assertEquals("1000000000000000.0", PyRepr.floatRepr(1e15));
        assertEquals("1e+16", PyRepr.floatRepr(1e16));
        assertEquals("1.5e+16", PyRepr.floatRepr(1.5e16));
        assertEquals("0.0001", PyRepr.floatRepr(1e-4));
        assertEquals("1e-05", PyRepr.floatRepr(1e-5));
        assertEquals("5e-324", PyRepr.floatRepr(Double.MIN_VALUE), "Java says 4.9E-324");
        assertEquals("1e+23", PyRepr.floatRepr(1e23));
        assertEquals("2e-323", PyRepr.floatRepr(2e-323));
        assertEquals("1.7976931348623157e+308", PyRepr.floatRepr(Double.MAX_VALUE));
        assertEquals("inf", PyRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyRepr.floatRepr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyRepr.floatRepr(Double.NaN));
        assertEquals("nan", PyRepr.floatRepr(Double.longBitsToDouble(0xFFF8000000000000L)), "no sign on a NaN");
        assertEquals("123456789.0", PyRepr.floatRepr(123456789.0));
    }

    @Test
    void floatReprsReadBackAndAreShort() {
        Random rnd = new Random(1);
        for (int i = 0; i < 200_000; i++) {
            double x = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(x) || Double.isInfinite(x)) continue;
            String s = PyRepr.floatRepr(x);
            assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
            // a two-digit repr only when no one-digit decimal reads back (Java's toString may print
            // two digits where one would do)
            if (significantDigits(s) == 2) assertFalse(oneDigitReadsBack(x), s);
        }
        // the doubles next to one-digit decimals, where Java's toString prints two digits
        for (int digit = 1; digit <= 9; digit++) {
            for (int exp = -324; exp <= 308; exp++) {
                double d = Double.parseDouble(digit + "e" + exp);
                for (double x : new double[] {d, Math.nextUp(d), Math.nextDown(d)}) {
                    if (x == 0 || Double.isInfinite(x)) continue;
                    String s = PyRepr.floatRepr(x);
                    assertEquals(x, Double.parseDouble(s), s);
                    int n = significantDigits(s);
                    if (oneDigitReadsBack(x)) assertEquals(1, n, s);
                    else assertTrue(n >= 2, s);
                }
            }
        }
    }

    private static int significantDigits(String s) {
        int e = s.indexOf('e');
        String m = e < 0 ? s : s.substring(0, e);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < m.length(); i++) if (Character.isDigit(m.charAt(i))) digits.append(m.charAt(i));
        String d = digits.toString().replaceAll("^0+", "").replaceAll("0+$", "");
        return d.length();
    }

    private static boolean oneDigitReadsBack(double x) {
        java.math.BigDecimal nearest = new java.math.BigDecimal(x).round(new java.math.MathContext(1));
        return Double.parseDouble(nearest.toString()) == x;
    }

    @Test
    void complexes() {
        assertEquals("1j", PyRepr.complexRepr(0, 1));
        assertEquals("0j", PyRepr.complexRepr(0, 0));
        assertEquals("-0j", PyRepr.complexRepr(0, -0.0));
        assertEquals("(-0+0j)", PyRepr.complexRepr(-0.0, 0));
        assertEquals("(-0-0j)", PyRepr.complexRepr(-0.0, -0.0));
        assertEquals("(1+2j)", PyRepr.complexRepr(1, 2));
        assertEquals("(1.5-0.5j)", PyRepr.complexRepr(1.5, -0.5));
        assertEquals("(inf+nanj)", PyRepr.complexRepr(Double.POSITIVE_INFINITY, Double.NaN));
        assertEquals("(nan-infj)", PyRepr.complexRepr(Double.NaN, Double.NEGATIVE_INFINITY));
        assertEquals("1e+16j", PyRepr.complexRepr(0, 1e16));
        assertEquals("(1e-05+1e+22j)", PyRepr.complexRepr(1e-5, 1e22));
    }

    @Test
    void strings() {
        assertEquals("''", PyRepr.str(PyStr.of("")));
        assertEquals("\"it's\"", PyRepr.str(PyStr.of("it's")));
        assertEquals("'say \"hi\"'", PyRepr.str(PyStr.of("say \"hi\"")));
        assertEquals("'both \\' and \"'", PyRepr.str(PyStr.of("both ' and \"")));
        assertEquals("'\\\\ \\t\\n\\r \\x00 \\x7f \\x80 \\xa0 \\xad é'", PyRepr.str(PyStr.of("\\ \t\n\r \0 \u007f \u0080 \u00a0 \u00ad é")));
        assertEquals("'\\u2028 \\ud800 \\U000e0001 \uD83D\uDE00'",
                PyRepr.str(PyStr.ofCodePoints(new int[] {0x2028, ' ', 0xD800, ' ', 0xE0001, ' ', 0x1F600})));
        // two lone surrogates side by side stay two escapes
        assertEquals("'\\ud83d\\ude00'", PyRepr.str(PyStr.ofCodePoints(new int[] {0xD83D, 0xDE00})));
        assertEquals("b''", PyRepr.bytes(PyBytes.of(new byte[0])));
        assertEquals("b\"'\"", PyRepr.bytes(PyBytes.of(new byte[] {'\''})));
        assertEquals("b'\\'\"'", PyRepr.bytes(PyBytes.of(new byte[] {'\'', '"'})));
        assertEquals("b'\\x00\\t\\n\\r\\\\ ~\\x7f\\x80\\xff'",
                PyRepr.bytes(PyBytes.of(new byte[] {0, 9, 10, 13, '\\', ' ', '~', 0x7f, (byte) 0x80, (byte) 0xff})));
    }

    @Test
    void printableTable() {
        assertTrue(UnicodePrintable.isPrintable(' '));
        assertFalse(UnicodePrintable.isPrintable('\n'));
        assertFalse(UnicodePrintable.isPrintable(0xA0), "NO-BREAK SPACE is Zs");
        assertFalse(UnicodePrintable.isPrintable(0xAD), "SOFT HYPHEN is Cf");
        assertTrue(UnicodePrintable.isPrintable(0xE9));
        assertFalse(UnicodePrintable.isPrintable(0x378), "unassigned");
        assertFalse(UnicodePrintable.isPrintable(0xD800));
        assertFalse(UnicodePrintable.isPrintable(0xE000), "private use");
        assertTrue(UnicodePrintable.isPrintable(0x1F600));
        assertTrue(UnicodePrintable.isPrintable(0x2FFFF) == false, "noncharacter");
        assertTrue(UnicodePrintable.isPrintable(0x31350), "CJK Ext. H, new in Unicode 15.0");
        assertTrue(UnicodePrintable.isPrintable(0x2EBF0), "CJK Ext. I, new in Unicode 15.1");
        assertFalse(UnicodePrintable.isPrintable(0x110000));
        assertFalse(UnicodePrintable.isPrintable(-1));
        assertEquals("15.1.0", UnicodePrintable.UNICODE_VERSION);
    }

    @Test
    void containersAndSingletons() {
        PyObj one = PyInt.of(1), a = PyStr.of("a");
        assertEquals("()", PyRepr.repr(PyTuple.EMPTY));
        assertEquals("(1,)", PyRepr.repr(PyTuple.of(one)));
        assertEquals("(1, 'a')", PyRepr.repr(PyTuple.of(one, a)));
        assertEquals("[]", PyRepr.repr(new PyList(List.of())));
        assertEquals("[1, ['a']]", PyRepr.repr(new PyList(List.of(one, new PyList(List.of(a))))));
        assertEquals("{}", PyRepr.repr(new PyDict(List.of())));
        assertEquals("{1: 'a', 'a': None}", PyRepr.repr(new PyDict(List.of(
                new PyDict.Entry(one, a), new PyDict.Entry(a, PyNone.NONE)))));
        assertEquals("{1: 3}", PyRepr.repr(new PyDict(List.of(
                new PyDict.Entry(one, PyInt.of(2)), new PyDict.Entry(PyBool.TRUE, PyInt.of(3))))),
                "equal keys: the first key, the last value");
        assertEquals("set()", PyRepr.repr(new PySet(List.of())));
        assertEquals("{1, 2, 3}", PyRepr.repr(new PySet(List.of(PyInt.of(3), PyInt.of(2), one))));
        assertEquals("{[], 2, 1}", PyRepr.repr(new PySet(List.of(new PyList(List.of()), PyInt.of(2), one))),
                "no real set holds a list: printed in the stored order rather than failing");
        assertEquals("frozenset()", PyRepr.repr(new PyFrozenSet(List.of())));
        assertEquals("frozenset({False, 1, 2})", PyRepr.repr(new PyFrozenSet(List.of(PyInt.of(2), PyBool.FALSE, one, PyInt.of(0)))));
        assertEquals("None", PyRepr.repr(PyNone.NONE));
        assertEquals("True", PyRepr.repr(PyBool.TRUE));
        assertEquals("False", PyRepr.repr(PyBool.FALSE));
        assertEquals("Ellipsis", PyRepr.repr(PyEllipsis.ELLIPSIS));
        assertEquals("<class 'StopIteration'>", PyRepr.repr(PyStopIteration.STOP_ITERATION));
        assertEquals("<NULL>", PyRepr.repr(PyNull.NULL));
        assertEquals("-123456789012345678901234567890", PyRepr.repr(PyInt.of(new java.math.BigInteger("-123456789012345678901234567890"))));
    }

    @Test
    void codeObjects() {
        PyBytes empty = PyBytes.of(new byte[0]);
        PyCode code = new PyCode(0, 0, 0, 1, 0, empty, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY, empty,
                PyStr.of("src/x.py"), PyStr.of("<module>"), PyStr.of("<module>"), 7, empty, empty);
        assertEquals("<code object <module> at 0x7f00deadbeef, file \"src/x.py\", line 7>",
                PyRepr.repr(code, c -> 0x7f00deadbeefL));
        assertEquals("(<code object <module> at 0x10, file \"src/x.py\", line 7>,)",
                PyRepr.repr(PyTuple.of(code), c -> 0x10));
        String dflt = PyRepr.repr(code);
        assertTrue(dflt.startsWith("<code object <module> at 0x") && dflt.endsWith(", file \"src/x.py\", line 7>"), dflt);
        assertEquals(dflt, PyRepr.repr(code), "the default address is stable");
        PyCode line0 = new PyCode(0, 0, 0, 1, 0, empty, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY, empty,
                PyStr.of("f.py"), PyStr.of("f"), PyStr.of("f"), 0, empty, empty);
        assertEquals("<code object f at 0x1, file \"f.py\", line -1>", PyRepr.repr(line0, c -> 1), "line 0 prints as -1");
        PyLegacyCode py2 = new PyLegacyCode(PyLegacyCode.Layout.PY27, 0, 0, 0, 0, 1, 0, empty, PyTuple.EMPTY,
                PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY, PyTuple.EMPTY,
                PyBytes.of("m.py".getBytes()), PyBytes.of("g".getBytes()), 3, empty);
        assertEquals("<code object g at 0xab, file \"m.py\", line 3>", PyRepr.repr(py2, c -> 0xab));
    }
}
