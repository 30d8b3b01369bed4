package dev.jpy.vm.object;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-dimensional memoryview of a bytes or bytearray: {@code length} items of a struct format (B b c ? h H i I l L
 * q Q f d, native little-endian) starting at byte {@code start} of the object's array, {@code stride} bytes apart
 * (negative for reversed slices). Reads and writes go to the object's bytes; casts and slices share them.
 */
public final class PyMemoryView extends PyObject {
    public final PyBytes obj;
    final int start, length, stride, itemsize;
    /** The format as given to cast ('@i' stays '@i') and its type character. */
    final String format;
    final char code;
    final boolean readonly;
    boolean released;

    public PyMemoryView(PyBytes obj, int start, int length) { this(obj, start, length, 1, "B", !(obj instanceof PyByteArray)); }

    PyMemoryView(PyBytes obj, int start, int length, int stride, String format, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.stride = stride;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = itemsize(code);
        this.readonly = readonly;
    }

    @Override public PyType type() { return Types.MEMORYVIEW; }

    /** The size of one item of a native single-character format, or 0 when jpy does not know it. */
    static int itemsize(char c) {
        return switch (c) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'd', 'n', 'N' -> 8;
            default -> 0;
        };
    }

    private void check() {
        if (released) throw Errors.value("operation forbidden on released memoryview object");
    }

    public int length() { check(); return length; }

    /** The bytes of the items in order (tobytes()). */
    public byte[] bytes() {
        check();
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) System.arraycopy(obj.b, start + i * stride, out, i * itemsize, itemsize);
        return out;
    }

    public void release() { released = true; }

    /** The same memory seen again (memoryview(m), m.toreadonly()). */
    public PyMemoryView view(boolean readOnly) {
        check();
        return new PyMemoryView(obj, start, length, stride, format, readonly || readOnly);
    }

    /** m.cast(format[, shape]): a C-contiguous view reinterpreted; only between a byte format and another format. */
    public PyMemoryView cast(String fmt, Object shape) {
        check();
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1 || itemsize(f.charAt(0)) == 0) {
            throw Errors.value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (stride != itemsize && length > 1) throw Errors.type("memoryview: casts are restricted to C-contiguous views");
        boolean fromBytes = "Bbc".indexOf(code) >= 0, toBytes = "Bbc".indexOf(f.charAt(0)) >= 0;
        if (!fromBytes && !toBytes) throw Errors.type("memoryview: cannot cast between two non-byte formats");
        int nbytes = length * itemsize, size = itemsize(f.charAt(0));
        if (nbytes % size != 0) throw Errors.type("memoryview: length is not a multiple of itemsize");
        if (shape != null && shape != PyNone.NONE) {
            List<Object> dims = Ops.toList(shape);
            if (dims.size() != 1) throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "memoryview: jpy casts to one dimension only");
            if (Ops.index(dims.get(0)) * size != nbytes) throw Errors.type("memoryview: product(shape) * itemsize != buffer size");
        }
        return new PyMemoryView(obj, start, nbytes / size, size, fmt, readonly);
    }

    private long raw(int off, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) v = v << 8 | (obj.b[off + k] & 0xFF);
        return v;
    }

    private void putRaw(int off, int size, long v) {
        for (int k = 0; k < size; k++, v >>>= 8) obj.b[off + k] = (byte) v;
    }

    /** Item i (already in range) as a Python object. */
    Object item(int i) {
        int off = start + i * stride;
        return switch (code) {
            case 'B' -> PyInt.of(obj.b[off] & 0xFF);
            case 'b' -> PyInt.of(obj.b[off]);
            case 'c' -> new PyBytes(new byte[] {obj.b[off]});
            case '?' -> PyBool.of(obj.b[off] != 0);
            case 'h' -> PyInt.of((short) raw(off, 2));
            case 'H' -> PyInt.of(raw(off, 2));
            case 'i' -> PyInt.of((int) raw(off, 4));
            case 'I' -> PyInt.of(raw(off, 4));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) raw(off, 4)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(raw(off, 8)));
            case 'L', 'Q', 'N' -> {
                long v = raw(off, 8);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            default -> PyInt.of(raw(off, 8));
        };
    }

    private void setItem(int i, Object value) {
        int off = start + i * stride;
        switch (code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || value instanceof PyByteArray) throw invalidType();
                if (b.b.length != 1) throw invalidValue();
                obj.b[off] = b.b[0];
            }
            case '?' -> obj.b[off] = (byte) (Ops.truthy(value) ? 1 : 0);
            case 'f', 'd' -> {
                double d;
                if (value instanceof PyFloat f) d = f.v;
                else if (value instanceof PyInt n) d = n.toDouble();
                else throw invalidType();
                if (code == 'f') putRaw(off, 4, Float.floatToRawIntBits((float) d));
                else putRaw(off, 8, Double.doubleToRawLongBits(d));
            }
            default -> {
                if (!(value instanceof PyInt n)) throw invalidType();
                putRaw(off, itemsize, integer(n.bigValue()));
            }
        }
    }

    /** An int for an integer format, checked against the format's range. */
    private long integer(BigInteger v) {
        boolean unsigned = "BHILQN".indexOf(code) >= 0;
        int bits = itemsize * 8;
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw invalidValue();
        return v.longValue();
    }

    private PyRaise invalidType() { return Errors.type("memoryview: invalid type for format '" + format + "'"); }

    private PyRaise invalidValue() { return Errors.value("memoryview: invalid value for format '" + format + "'"); }

    /** The items as Python objects (tolist(), iteration, comparison). */
    public List<Object> toList() {
        check();
        List<Object> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) out.add(item(i));
        return out;
    }

    private int index(Object key) {
        long i = Ops.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.raise(Types.INDEX_ERROR, "index out of bounds on dimension 1");
        return (int) i;
    }

    private static boolean isIndex(Object key) {
        return key instanceof PyInt || key instanceof PyInstance && ((PyObject) key).type().lookup("__index__") != null;
    }

    Object getitem(Object key) {
        check();
        if (isIndex(key)) return item(index(key));
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            return new PyMemoryView(obj, start + (int) r[0] * stride, (int) r[3], stride * (int) r[2], format, readonly);
        }
        if (key instanceof PyTuple) throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
        throw Errors.type("memoryview: invalid slice key");
    }

    void setitem(Object key, Object value) {
        check();
        if (readonly) throw Errors.type("cannot modify read-only memory");
        if (isIndex(key)) {
            setItem(index(key), value);
            return;
        }
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            PyMemoryView src = value instanceof PyMemoryView m ? m : value instanceof PyBytes b ? new PyMemoryView(b, 0, b.b.length) : null;
            if (src == null) throw Errors.type("a bytes-like object is required, not '" + Errors.typeName(value) + "'");
            if (src.length() != r[3] || !src.format.equals(format) && !(src.code == code && src.format.length() + format.length() == 3)) {
                throw Errors.value("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.bytes();
            for (int k = 0; k < r[3]; k++) System.arraycopy(data, k * itemsize, obj.b, start + (int) (r[0] + k * r[2]) * stride, itemsize);
            return;
        }
        throw Errors.type("memoryview: invalid slice key");
    }

    /** m == other: equal shapes and items equal one by one (so NaN items are unequal); other must be bytes-like. */
    boolean sameValue(Object other) {
        PyMemoryView o = other instanceof PyMemoryView m ? m : other instanceof PyBytes b ? new PyMemoryView(b, 0, b.b.length) : null;
        if (o == null) return false;
        if (released || o.released) return this == other;
        if (length != o.length) return false;
        List<Object> a = toList(), b = o.toList();
        for (int i = 0; i < length; i++) if (!Compare.eq(a.get(i), b.get(i))) return false;
        return true;
    }

    /** hash(m): a read-only view of bytes hashes as its bytes. */
    long hash() {
        check();
        if (!readonly) throw Errors.value("cannot hash writable memoryview object");
        if ("Bbc".indexOf(code) < 0) throw Errors.value("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return dev.jpy.marshal.model.PyHash.ofBytes(bytes());
    }

    /** The data attributes (format, shape, strides...). */
    Object attr(String name) {
        return switch (name) {
            case "obj" -> { check(); yield obj; }
            case "nbytes" -> PyInt.of((long) length() * itemsize);
            case "readonly" -> { check(); yield PyBool.of(readonly); }
            case "format" -> { check(); yield new PyStr(format); }
            case "itemsize" -> { check(); yield PyInt.of(itemsize); }
            case "ndim" -> { check(); yield PyInt.of(1); }
            case "shape" -> PyTuple.of(PyInt.of(length()));
            case "strides" -> { check(); yield PyTuple.of(PyInt.of(stride)); }
            case "suboffsets" -> { check(); yield PyTuple.EMPTY; }
            case "c_contiguous", "f_contiguous", "contiguous" -> { check(); yield PyBool.of(stride == itemsize || length <= 1); }
            default -> null;
        };
    }
}
