package dev.jpy.marshal.io;

import static dev.jpy.marshal.io.TypeCode.*;

import dev.jpy.marshal.model.*;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Writes {@link PyObj} trees as marshal data: the mirror of {@link MarshalReader}. Given the
 * {@link Wire} a tree was read with, it spells every object the same way and so reproduces the
 * original bytes. A tree built in Java (no wire) is written as CPython 3.13 writes it, with one
 * choice of jpy's own for FLAG_REF (which CPython takes from reference counts): a str, bytes or
 * number that occurs more than once in the tree (by value) is flagged where it first occurs, and its
 * later occurrences become back-references; containers and code objects are written in full. That
 * takes one pass: repeats are written as references to the first occurrence's position, and once
 * the tree is done the first occurrences get their flag and the references their index (flagged
 * objects are numbered in the order they occur, which is the order of their positions).
 */
public final class MarshalWriter {
    private final MarshalDialect dialect;
    private final Wire wire; // may be null
    private final IdentityHashMap<PyObj, Integer> refs;
    private final IdentityHashMap<PyObj, Integer> internedStrings = new IdentityHashMap<>(); // Python 2 't'
    // trees without a wire: leaf value -> position of its first type byte, and the references to patch
    private final ValueIndex firstAt = new ValueIndex();
    private int[] pending = new int[16]; // pairs: position of an 'r' entry, position of its target
    private int pendingCount;
    private byte[] buf = new byte[32768];
    private int len;
    private int depth;

    private MarshalWriter(MarshalDialect dialect, Wire wire) {
        this.dialect = dialect;
        this.wire = wire;
        this.refs = new IdentityHashMap<>(wire == null ? 16 : Math.max(16, wire.size() / 2));
    }

    /** Marshals {@code root} in the 3.13 format (marshal version 4), with jpy's own FLAG_REF choices. */
    public static byte[] write(PyObj root) {
        return write(root, MarshalDialect.PY311, null);
    }

    /** Marshals {@code root}, spelling each object as {@code wire} says where it knows the object. */
    public static byte[] write(PyObj root, MarshalDialect dialect, Wire wire) {
        return DeepStack.call(() -> {
            MarshalWriter w = new MarshalWriter(dialect, wire);
            w.writeObject(root);
            w.patchReferences();
            return Arrays.copyOf(w.buf, w.len);
        });
    }

    // ---- primitive writes ----

    private void ensure(int n) {
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }

    private void u8(int b) {
        if (len == buf.length) ensure(1);
        buf[len++] = (byte) b;
    }

    private void i32(int v) {
        if (len + 4 > buf.length) ensure(4);
        buf[len] = (byte) v;
        buf[len + 1] = (byte) (v >> 8);
        buf[len + 2] = (byte) (v >> 16);
        buf[len + 3] = (byte) (v >> 24);
        len += 4;
    }

    private void i64(long v) {
        i32((int) v);
        i32((int) (v >> 32));
    }

    private void f64(double d) {
        i64(Double.doubleToRawLongBits(d));
    }

    private void raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    // ---- objects ----

    /** Writes one object; the mirror of {@code MarshalReader.readObject}. */
    private void writeObject(PyObj o) {
        if (++depth > MarshalReader.MAX_DEPTH) {
            throw new MarshalException(-1, "object nested deeper than " + MarshalReader.MAX_DEPTH + " levels");
        }
        Wire.Spelling sp = wire == null ? null : wire.get(o);
        int single = singletonCode(o);
        if (single != 0) {
            u8(sp != null ? sp.typeByte() & 0xFF : single);
        } else {
            Integer ref = sp == null ? null : sp.flagRef() ? refs.get(o) : null;
            Integer str = ref == null && dialect.py2Strings ? internedStrings.get(o) : null;
            int first = sp == null && wire == null && isLeaf(o) ? firstAt.putIfAbsent(o, len) : -1;
            if (ref != null) {
                u8(REF);
                i32(ref);
            } else if (str != null) {
                u8(STRINGREF);
                i32(str);
            } else if (first >= 0) {
                addPending(len, first);
                u8(REF);
                i32(0);
            } else {
                int code = sp != null && fits(o, sp) ? sp.code() : defaultCode(o);
                boolean flag = sp != null && sp.flagRef();
                if (flag) refs.put(o, refs.size());
                u8(code | (flag ? FLAG_REF : 0));
                writeBody(o, code, sp);
            }
        }
        depth--;
    }

    private static boolean isLeaf(PyObj o) {
        return o instanceof PyStr || o instanceof PyBytes || o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex;
    }

    private static int singletonCode(PyObj o) {
        return switch (o) {
            case PyNull n -> NULL;
            case PyNone n -> NONE;
            case PyBool b -> b.value() ? TRUE : FALSE;
            case PyStopIteration s -> STOPITER;
            case PyEllipsis e -> ELLIPSIS;
            default -> 0;
        };
    }

    /** Whether the spelling read for {@code o} can still carry it. */
    private static boolean fits(PyObj o, Wire.Spelling sp) {
        int c = sp.code();
        return switch (o) {
            case PyInt i -> c == LONG || c == INT && i.fitsInt() || c == INT64 && i.fitsLong();
            case PyFloat f -> c == BINARY_FLOAT || c == FLOAT && sp.text() != null;
            case PyComplex x -> c == BINARY_COMPLEX || c == COMPLEX && sp.text() != null;
            case PyStr s -> c == UNICODE || c == INTERNED
                    || (c == ASCII || c == ASCII_INTERNED) && latin1(s)
                    || (c == SHORT_ASCII || c == SHORT_ASCII_INTERNED) && latin1(s) && s.length() < 256;
            case PyBytes b -> c == STRING || c == INTERNED;
            case PyTuple t -> c == TUPLE || c == SMALL_TUPLE && t.size() < 256;
            default -> true;
        };
    }

    private static boolean latin1(PyStr s) {
        if (s.isAscii()) return true;
        for (int cp : s.codePoints()) if (cp > 0xFF) return false;
        return true;
    }

    /** How CPython 3.13 spells an object. */
    private static int defaultCode(PyObj o) {
        return switch (o) {
            case PyInt i -> i.fitsInt() ? INT : LONG;
            case PyFloat f -> BINARY_FLOAT;
            case PyComplex c -> BINARY_COMPLEX;
            case PyStr s -> !s.isAscii() ? UNICODE : s.utf8Length() < 256 ? SHORT_ASCII : ASCII;
            case PyBytes b -> STRING;
            case PyTuple t -> t.size() < 256 ? SMALL_TUPLE : TUPLE;
            case PyList l -> LIST;
            case PyDict d -> DICT;
            case PySet s -> SET;
            case PyFrozenSet s -> FROZENSET;
            case PyCode c -> CODE;
            case PyLegacyCode c -> CODE;
            default -> throw new MarshalException(-1, "cannot marshal " + o.typeName());
        };
    }

    private void addPending(int refPos, int targetPos) {
        if (pendingCount + 2 > pending.length) pending = Arrays.copyOf(pending, pending.length * 2);
        pending[pendingCount++] = refPos;
        pending[pendingCount++] = targetPos;
    }

    /** Flags each first occurrence that was referred to, and gives each reference its index. */
    private void patchReferences() {
        if (pendingCount == 0) return;
        int[] targets = new int[pendingCount / 2];
        for (int i = 0; i < targets.length; i++) targets[i] = pending[2 * i + 1];
        Arrays.sort(targets);
        int distinct = 0;
        for (int i = 0; i < targets.length; i++) if (i == 0 || targets[i] != targets[i - 1]) targets[distinct++] = targets[i];
        for (int i = 0; i < distinct; i++) buf[targets[i]] |= (byte) FLAG_REF;
        for (int i = 0; i < pendingCount; i += 2) {
            int index = Arrays.binarySearch(targets, 0, distinct, pending[i + 1]);
            int at = pending[i] + 1;
            buf[at] = (byte) index;
            buf[at + 1] = (byte) (index >> 8);
            buf[at + 2] = (byte) (index >> 16);
            buf[at + 3] = (byte) (index >> 24);
        }
    }

    private void writeBody(PyObj o, int code, Wire.Spelling sp) {
        switch (o) {
            case PyInt i -> writeInt(i, code);
            case PyFloat f -> {
                if (code == FLOAT) floatText(sp.text()); else f64(f.value());
            }
            case PyComplex c -> {
                if (code == COMPLEX) {
                    floatText(sp.text());
                    floatText(sp.text2());
                } else {
                    f64(c.real());
                    f64(c.imag());
                }
            }
            case PyStr s -> writeStr(s, code);
            case PyBytes b -> {
                if (code == INTERNED && dialect.py2Strings) internedStrings.put(o, internedStrings.size());
                i32(b.length());
                ensure(b.length());
                b.copyTo(buf, len);
                len += b.length();
            }
            case PyTuple t -> {
                if (code == SMALL_TUPLE) u8(t.size()); else i32(t.size());
                for (PyObj item : t.items()) writeObject(item);
            }
            case PyList l -> items(l.items());
            case PySet s -> items(sp == null ? sortedLikeCPython(s.items()) : s.items());
            case PyFrozenSet s -> items(sp == null ? sortedLikeCPython(s.items()) : s.items());
            case PyDict d -> {
                for (PyDict.Entry e : d.entries()) {
                    writeObject(e.key());
                    writeObject(e.value());
                }
                u8(NULL);
            }
            case PyCode c -> writeCode(c);
            case PyLegacyCode c -> writeLegacyCode(c);
            default -> throw new MarshalException(-1, "cannot marshal " + o.typeName());
        }
    }

    /**
     * Like CPython 3.13 (bpo-37596), a set is written with its elements ordered by their own marshalled
     * bytes, so the output does not depend on the order the set was built in. CPython's bytes also
     * carry its interning and reference-count FLAG_REF choices, which this writer does not make (yet:
     * the compiler will decide interning), so the order can still differ from CPython's.
     */
    private List<PyObj> sortedLikeCPython(List<PyObj> items) {
        if (items.size() < 2) return items;
        record Keyed(byte[] key, PyObj item) {}
        List<Keyed> keyed = new java.util.ArrayList<>(items.size());
        for (PyObj item : items) keyed.add(new Keyed(write(item, dialect, null), item));
        keyed.sort((a, b) -> Arrays.compareUnsigned(a.key, b.key));
        return keyed.stream().map(Keyed::item).toList();
    }

    private void items(List<PyObj> items) {
        i32(items.size());
        for (PyObj item : items) writeObject(item);
    }

    private void floatText(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        u8(b.length);
        raw(b);
    }

    private void writeInt(PyInt i, int code) {
        if (code == INT) {
            i32((int) i.longValue());
            return;
        }
        if (code == INT64) {
            i64(i.longValue());
            return;
        }
        // LONG: signed count of 15-bit digits, least significant first
        if (i.fitsLong() && i.longValue() != Long.MIN_VALUE) {
            long v = Math.abs(i.longValue());
            int count = 0;
            for (long t = v; t != 0; t >>>= 15) count++;
            i32(i.longValue() < 0 ? -count : count);
            for (int k = 0; k < count; k++, v >>>= 15) {
                int d = (int) (v & 0x7FFF);
                u8(d);
                u8(d >> 8);
            }
            return;
        }
        BigInteger v = i.bigValue().abs();
        int count = (v.bitLength() + 14) / 15;
        i32(i.signum() < 0 ? -count : count);
        for (int k = 0; k < count; k++) {
            int d = 0;
            for (int b = 0; b < 15; b++) if (v.testBit(15 * k + b)) d |= 1 << b;
            u8(d);
            u8(d >> 8);
        }
    }

    private void writeStr(PyStr s, int code) {
        if (code == UNICODE || code == INTERNED) {
            i32(s.utf8Length());
            ensure(s.utf8Length());
            s.copyUtf8(buf, len);
            len += s.utf8Length();
            return;
        }
        // ASCII forms carry one byte per code point (Latin-1 when the data had such bytes)
        int n = s.length();
        if (code == SHORT_ASCII || code == SHORT_ASCII_INTERNED) u8(n); else i32(n);
        ensure(n);
        if (s.isAscii()) {
            s.copyUtf8(buf, len);
            len += n;
        } else {
            for (int cp : s.codePoints()) buf[len++] = (byte) cp;
        }
    }

    private void writeCode(PyCode c) {
        if (dialect.legacyLayout != null) {
            throw new MarshalException(-1, "a 3.11+ code object cannot be written in the " + dialect + " layout");
        }
        i32(c.argCount());
        i32(c.posOnlyArgCount());
        i32(c.kwOnlyArgCount());
        i32(c.stackSize());
        i32(c.flags());
        writeObject(c.code());
        writeObject(c.consts());
        writeObject(c.names());
        writeObject(c.localsPlusNames());
        writeObject(c.localsPlusKinds());
        writeObject(c.filename());
        writeObject(c.name());
        writeObject(c.qualname());
        i32(c.firstLineNo());
        writeObject(c.lineTable());
        writeObject(c.exceptionTable());
    }

    private void writeLegacyCode(PyLegacyCode c) {
        i32(c.argCount());
        if (c.layout().hasPosOnly) i32(c.posOnlyArgCount());
        if (c.layout().hasKwOnly) i32(c.kwOnlyArgCount());
        i32(c.nlocals());
        i32(c.stackSize());
        i32(c.flags());
        writeObject(c.code());
        writeObject(c.consts());
        writeObject(c.names());
        writeObject(c.varnames());
        writeObject(c.freevars());
        writeObject(c.cellvars());
        writeObject(c.filename());
        writeObject(c.name());
        i32(c.firstLineNo());
        writeObject(c.lineInfo());
    }
}
