package dev.jpy.marshal.io;

import static dev.jpy.marshal.io.TypeCode.*;

import dev.jpy.marshal.model.*;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads marshal data into {@link PyObj} trees: the mirror of {@link MarshalWriter}, one method per
 * kind of object. Every length is checked against the bytes that remain before anything is
 * allocated, nesting stops at {@link #MAX_DEPTH} like CPython, and a back-reference may only point
 * at an object that is complete, so crafted data ends in a {@link MarshalException} with the offset
 * of the bad byte, never in a crash, a hang or an OutOfMemoryError.
 */
public final class MarshalReader {
    /** CPython's MAX_MARSHAL_STACK_DEPTH. */
    public static final int MAX_DEPTH = 2000;

    private static final PyObj IN_PROGRESS = new PyList(List.of());

    private final byte[] buf;
    private final int end;
    private final MarshalDialect dialect;
    private final Wire wire; // null when the spelling is not kept
    private int pos;
    private int depth;
    private final ArrayList<PyObj> refs = new ArrayList<>();
    private final ArrayList<PyObj> interned = new ArrayList<>(); // Python 2 't' strings

    private MarshalReader(byte[] buf, int start, int end, MarshalDialect dialect, Wire wire) {
        this.buf = buf;
        this.pos = start;
        this.end = end;
        this.dialect = dialect;
        this.wire = wire;
    }

    /** What {@link #readWithWire} returns: the tree, how it was spelled, and where reading stopped. */
    public record Result(PyObj value, Wire wire, int end) {}

    /** Reads one object from {@code data[offset..]}. */
    public static PyObj read(byte[] data, int offset, MarshalDialect dialect) {
        return DeepStack.call(() -> new MarshalReader(data, offset, data.length, dialect, null).readObject());
    }

    /** Reads one object and keeps its spelling, so that {@link MarshalWriter} can reproduce the bytes. */
    public static Result readWithWire(byte[] data, int offset, MarshalDialect dialect) {
        return DeepStack.call(() -> {
            // about one object per 6 bytes of .pyc data
            MarshalReader r = new MarshalReader(data, offset, data.length, dialect, new Wire((data.length - offset) / 6));
            PyObj v = r.readObject();
            return new Result(v, r.wire, r.pos);
        });
    }

    // ---- errors and primitive reads ----

    private MarshalException error(int at, String what) {
        return new MarshalException(at, what);
    }

    private void need(int n, String what) {
        if (n > end - pos) {
            throw error(pos, "marshal data too short: " + what + " needs " + n + " bytes, " + (end - pos) + " remain");
        }
    }

    private int u8() {
        need(1, "a byte");
        return buf[pos++] & 0xFF;
    }

    private int i32() {
        need(4, "an int32");
        int p = pos;
        pos += 4;
        return (buf[p] & 0xFF) | (buf[p + 1] & 0xFF) << 8 | (buf[p + 2] & 0xFF) << 16 | buf[p + 3] << 24;
    }

    private long i64() {
        need(8, "an int64");
        long lo = i32() & 0xFFFFFFFFL;
        long hi = i32();
        return lo | hi << 32;
    }

    private double f64() {
        return Double.longBitsToDouble(i64());
    }

    /** A length that must be non-negative and, at {@code unit} bytes per item, fit in what remains. */
    private int length(int n, int unit, String what) {
        if (n < 0) throw error(pos - 4, "bad marshal data (" + what + " size out of range: " + n + ")");
        if ((long) n * unit > end - pos) {
            boolean container = !(what.equals("str") || what.startsWith("bytes") || what.startsWith("interned"));
            throw error(pos, "marshal data too short: " + what + " of " + n + (container ? " items" : " bytes")
                    + " but " + (end - pos) + " bytes remain");
        }
        return n;
    }

    private byte[] bytes(int n) {
        byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    // ---- objects ----

    /** Reads one object; the mirror of {@code MarshalWriter.writeObject}. */
    private PyObj readObject() {
        int start = pos;
        if (pos >= end) throw error(pos, "EOF read where object expected");
        int typeByte = buf[pos++] & 0xFF;
        if (++depth > MAX_DEPTH) throw error(start, "bad marshal data (nesting deeper than " + MAX_DEPTH + " levels)");
        int code = typeByte & 0x7F;
        boolean flag = (typeByte & FLAG_REF) != 0;
        PyObj v = switch (code) {
            case NULL -> singleton(PyNull.NULL, typeByte);
            case NONE -> singleton(PyNone.NONE, typeByte);
            case FALSE -> singleton(PyBool.FALSE, typeByte);
            case TRUE -> singleton(PyBool.TRUE, typeByte);
            case STOPITER -> singleton(PyStopIteration.STOP_ITERATION, typeByte);
            case ELLIPSIS -> singleton(PyEllipsis.ELLIPSIS, typeByte);
            case INT -> simple(PyInt.of(i32()), typeByte, flag);
            case INT64 -> simple(PyInt.of(i64()), typeByte, flag);
            case LONG -> simple(readLong(), typeByte, flag);
            case BINARY_FLOAT -> simple(new PyFloat(f64()), typeByte, flag);
            case BINARY_COMPLEX -> {
                double re = f64();
                yield simple(new PyComplex(re, f64()), typeByte, flag);
            }
            case FLOAT -> readTextFloat(typeByte, flag);
            case COMPLEX -> readTextComplex(typeByte, flag);
            case STRING -> simple(PyBytes.wrap(bytes(length(i32(), 1, "bytes object"))), typeByte, flag);
            case INTERNED -> readInterned(typeByte, flag);
            case UNICODE -> simple(readUtf8(length(i32(), 1, "str")), typeByte, flag);
            case ASCII, ASCII_INTERNED -> simple(readAscii(length(i32(), 1, "str")), typeByte, flag);
            case SHORT_ASCII, SHORT_ASCII_INTERNED -> simple(readAscii(u8()), typeByte, flag);
            case STRINGREF -> readStringRef(start);
            case REF -> readRef(start);
            case TUPLE -> readSequence(typeByte, flag, length(i32(), 1, "tuple"), 0);
            case SMALL_TUPLE -> readSequence(typeByte, flag, length(u8(), 1, "tuple"), 0);
            case LIST -> readSequence(typeByte, flag, length(i32(), 1, "list"), 1);
            case SET -> readSequence(typeByte, flag, length(i32(), 1, "set"), 2);
            case FROZENSET -> readSequence(typeByte, flag, length(i32(), 1, "frozenset"), 3);
            case DICT -> readDict(typeByte, flag);
            case CODE -> readCode(typeByte, flag);
            default -> throw error(start, "bad marshal data (unknown type code " + TypeCode.show(typeByte) + ")");
        };
        depth--;
        return v;
    }

    private PyObj singleton(PyObj shared, int typeByte) {
        if ((typeByte & FLAG_REF) == 0 || wire == null) return shared;
        // A flagged singleton is legal but meaningless (CPython does not add it to the table). Keep the
        // flag on a private instance so that it is written back.
        PyObj own = switch (shared) {
            case PyNull n -> new PyNull();
            case PyNone n -> new PyNone();
            case PyBool b -> new PyBool(b.value());
            case PyStopIteration s -> new PyStopIteration();
            default -> new PyEllipsis();
        };
        wire.put(own, typeByte);
        return own;
    }

    /** Registers a complete leaf object. */
    private PyObj simple(PyObj v, int typeByte, boolean flag) {
        if (flag) refs.add(v);
        if (wire != null) wire.put(v, typeByte);
        return v;
    }

    private int reserve(boolean flag) {
        if (!flag) return -1;
        refs.add(IN_PROGRESS);
        return refs.size() - 1;
    }

    private PyObj finish(int index, PyObj v, int typeByte) {
        if (index >= 0) refs.set(index, v);
        if (wire != null) wire.put(v, typeByte);
        return v;
    }

    private PyObj readRef(int start) {
        int n = i32();
        if (n < 0 || n >= refs.size()) {
            throw error(start, "bad marshal data (invalid reference " + n + ", " + refs.size() + " objects so far)");
        }
        PyObj v = refs.get(n);
        if (v == IN_PROGRESS) {
            throw error(start, "bad marshal data (reference " + n + " to an object that is still being read)");
        }
        return v;
    }

    private PyObj readStringRef(int start) {
        int n = i32();
        if (n < 0 || n >= interned.size()) throw error(start, "bad marshal data (invalid string reference " + n + ")");
        return interned.get(n);
    }

    private PyInt readLong() {
        int at = pos;
        int n = i32();
        if (n == Integer.MIN_VALUE) throw error(at, "bad marshal data (long size out of range)");
        int count = length(Math.abs(n), 2, "long");
        int digitsAt = pos;
        PyInt result;
        if (count <= 4) {
            long v = 0;
            for (int i = 0; i < count; i++) v |= (long) digit(digitsAt + 2 * i) << (15 * i);
            result = PyInt.of(n < 0 ? -v : v);
        } else {
            byte[] mag = new byte[(count * 15 + 7) / 8 + 1]; // big-endian magnitude
            int bit = 0;
            for (int i = 0; i < count; i++, bit += 15) {
                int d = digit(digitsAt + 2 * i);
                for (int k = 0; k < 15; k++) {
                    if ((d >> k & 1) != 0) {
                        int b = bit + k;
                        mag[mag.length - 1 - b / 8] |= (byte) (1 << (b % 8));
                    }
                }
            }
            BigInteger v = new BigInteger(1, mag);
            result = PyInt.of(n < 0 ? v.negate() : v);
        }
        if (count > 0 && digit(digitsAt + 2 * (count - 1)) == 0) {
            throw error(digitsAt + 2 * (count - 1), "bad marshal data (unnormalized long data)");
        }
        pos = digitsAt + 2 * count;
        return result;
    }

    private int digit(int at) {
        int d = (buf[at] & 0xFF) | (buf[at + 1] & 0xFF) << 8;
        if (d >= 1 << 15) throw error(at, "bad marshal data (digit out of range in long)");
        return d;
    }

    private String floatText() {
        int n = u8();
        need(n, "float text");
        String s = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    private double parseFloatText(String s, int at) {
        String t = s.strip().toLowerCase();
        try {
            return switch (t) {
                case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan" -> Double.NaN;
                default -> {
                    if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) throw new NumberFormatException();
                    yield Double.parseDouble(t);
                }
            };
        } catch (NumberFormatException e) {
            throw error(at, "bad marshal data (float text " + s + " is not a number)");
        }
    }

    private PyObj readTextFloat(int typeByte, boolean flag) {
        int at = pos;
        String s = floatText();
        PyFloat v = new PyFloat(parseFloatText(s, at));
        if (flag) refs.add(v);
        if (wire != null) wire.put(v, typeByte, s, null);
        return v;
    }

    private PyObj readTextComplex(int typeByte, boolean flag) {
        int at = pos;
        String re = floatText();
        int at2 = pos;
        String im = floatText();
        PyComplex v = new PyComplex(parseFloatText(re, at), parseFloatText(im, at2));
        if (flag) refs.add(v);
        if (wire != null) wire.put(v, typeByte, re, im);
        return v;
    }

    private PyStr readUtf8(int n) {
        int bad = Utf8.check(buf, pos, n);
        if (bad >= 0) throw error(pos + bad, "bad marshal data (invalid UTF-8 in str)");
        return PyStr.ofCheckedUtf8(bytes(n));
    }

    /** CPython builds these with the 1-byte kind, so a byte over 0x7F reads as Latin-1. */
    private PyStr readAscii(int n) {
        need(n, "str");
        boolean ascii = true;
        for (int i = pos; i < pos + n && ascii; i++) ascii = buf[i] >= 0;
        if (ascii) return PyStr.ofCheckedUtf8(bytes(n));
        int[] cps = new int[n];
        for (int i = 0; i < n; i++) cps[i] = buf[pos + i] & 0xFF;
        pos += n;
        return PyStr.ofCodePoints(cps);
    }

    private PyObj readInterned(int typeByte, boolean flag) {
        int n = length(i32(), 1, dialect.py2Strings ? "interned string" : "str");
        PyObj v = dialect.py2Strings ? PyBytes.wrap(bytes(n)) : readUtf8(n);
        if (dialect.py2Strings) interned.add(v);
        return simple(v, typeByte, flag);
    }

    /** Tuple (kind 0), list (1), set (2) or frozenset (3) of {@code n} objects. */
    private PyObj readSequence(int typeByte, boolean flag, int n, int kind) {
        int index = reserve(flag);
        String what = switch (kind) { case 0 -> "tuple"; case 1 -> "list"; case 2 -> "set"; default -> "frozenset"; };
        PyObj[] items = new PyObj[n];
        for (int i = 0; i < n; i++) items[i] = notNull(readObject(), what);
        List<PyObj> list = Arrays.asList(items);
        PyObj v = switch (kind) {
            case 0 -> new PyTuple(list);
            case 1 -> new PyList(list);
            case 2 -> new PySet(list);
            default -> new PyFrozenSet(list);
        };
        return finish(index, v, typeByte);
    }

    private PyObj notNull(PyObj v, String what) {
        if (v instanceof PyNull) throw error(pos - 1, "NULL object in marshal data for " + what);
        return v;
    }

    private PyObj readDict(int typeByte, boolean flag) {
        int index = reserve(flag);
        List<PyDict.Entry> entries = new ArrayList<>();
        while (true) {
            PyObj key = readObject();
            if (key instanceof PyNull) break;
            PyObj value = notNull(readObject(), "dict value");
            entries.add(new PyDict.Entry(key, value));
        }
        return finish(index, new PyDict(entries), typeByte);
    }

    private PyObj readCode(int typeByte, boolean flag) {
        int index = reserve(flag);
        PyObj v = dialect.legacyLayout == null ? readModernCode() : readLegacyCode(dialect.legacyLayout);
        return finish(index, v, typeByte);
    }

    private PyCode readModernCode() {
        int argCount = i32();
        int posOnly = i32();
        int kwOnly = i32();
        int stackSize = i32();
        int flags = i32();
        PyBytes code = field(PyBytes.class, "co_code");
        PyTuple consts = field(PyTuple.class, "co_consts");
        PyTuple names = field(PyTuple.class, "co_names");
        PyTuple localsPlusNames = field(PyTuple.class, "co_localsplusnames");
        PyBytes localsPlusKinds = field(PyBytes.class, "co_localspluskinds");
        PyStr filename = field(PyStr.class, "co_filename");
        PyStr name = field(PyStr.class, "co_name");
        PyStr qualname = field(PyStr.class, "co_qualname");
        int firstLineNo = i32();
        PyBytes lineTable = field(PyBytes.class, "co_linetable");
        PyBytes exceptionTable = field(PyBytes.class, "co_exceptiontable");
        if (localsPlusNames.size() != localsPlusKinds.length()) {
            throw error(pos, "bad marshal data (code object has " + localsPlusNames.size() + " local names but "
                    + localsPlusKinds.length() + " local kinds)");
        }
        for (PyObj n : localsPlusNames.items()) {
            if (!(n instanceof PyStr)) throw error(pos, "bad marshal data (code object local name is a " + n.typeName() + ")");
        }
        for (PyObj n : names.items()) {
            if (!(n instanceof PyStr)) throw error(pos, "bad marshal data (code object name is a " + n.typeName() + ")");
        }
        return new PyCode(argCount, posOnly, kwOnly, stackSize, flags, code, consts, names, localsPlusNames,
                localsPlusKinds, filename, name, qualname, firstLineNo, lineTable, exceptionTable);
    }

    private <T extends PyObj> T field(Class<T> type, String name) {
        int at = pos;
        PyObj v = readObject();
        if (!type.isInstance(v)) {
            throw error(at, "bad marshal data (code object field " + name + " is a " + v.typeName() + ")");
        }
        return type.cast(v);
    }

    private PyLegacyCode readLegacyCode(PyLegacyCode.Layout layout) {
        int argCount = i32();
        int posOnly = layout.hasPosOnly ? i32() : 0;
        int kwOnly = layout.hasKwOnly ? i32() : 0;
        int nlocals = i32();
        int stackSize = i32();
        int flags = i32();
        PyObj code = codeField("co_code");
        PyObj consts = codeField("co_consts");
        PyObj names = codeField("co_names");
        PyObj varnames = codeField("co_varnames");
        PyObj freevars = codeField("co_freevars");
        PyObj cellvars = codeField("co_cellvars");
        PyObj filename = codeField("co_filename");
        PyObj name = codeField("co_name");
        int firstLineNo = i32();
        PyObj lineInfo = codeField("co_lnotab");
        return new PyLegacyCode(layout, argCount, posOnly, kwOnly, nlocals, stackSize, flags, code, consts, names,
                varnames, freevars, cellvars, filename, name, firstLineNo, lineInfo);
    }

    private PyObj codeField(String name) {
        return notNull(readObject(), "code object field " + name);
    }
}
