package dev.jpy.vm.object;

import java.util.Arrays;

/** A memoryview of a bytes or bytearray (format 'B', one dimension): a window that reads and writes the object's bytes. */
public final class PyMemoryView extends PyObject {
    public final PyBytes obj;
    final int start, length;
    boolean released;

    public PyMemoryView(PyBytes obj, int start, int length) {
        this.obj = obj;
        this.start = start;
        this.length = length;
    }

    @Override public PyType type() { return Types.MEMORYVIEW; }

    private void check() {
        if (released) throw Errors.value("operation forbidden on released memoryview object");
    }

    public int length() { check(); return length; }

    public byte[] bytes() {
        check();
        return Arrays.copyOfRange(obj.b, start, start + length);
    }

    public void release() { released = true; }

    Object getitem(Object key) {
        check();
        if (key instanceof PyInt i) return PyInt.of(obj.b[start + Seq.checkIndex(i, length, "")] & 0xFF);
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            if (r[2] == 1) return new PyMemoryView(obj, start + (int) r[0], (int) Math.max(0, r[1] - r[0]));
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < out.length; k++) out[k] = obj.b[start + (int) (r[0] + k * r[2])];
            return new PyMemoryView(new PyBytes(out), 0, out.length);
        }
        throw Errors.type("memoryview: invalid slice key");
    }

    void setitem(Object key, Object value) {
        check();
        if (!(obj instanceof PyByteArray)) throw Errors.type("cannot modify read-only memory");
        if (key instanceof PyInt i) {
            long v = Ops.index(value);
            if (v < 0 || v > 255) throw Errors.value("memoryview: invalid value for format 'B'");
            obj.b[start + Seq.checkIndex(i, length, "")] = (byte) v;
            return;
        }
        if (key instanceof PySlice s && value instanceof PyBytes src) {
            long[] r = s.indices(length);
            if (r[3] != src.b.length) throw Errors.value("memoryview assignment: lvalue and rvalue have different structures");
            for (int k = 0; k < r[3]; k++) obj.b[start + (int) (r[0] + k * r[2])] = src.b[k];
            return;
        }
        throw Errors.type("memoryview: invalid slice key");
    }

    boolean sameValue(Object other) {
        if (other instanceof PyMemoryView m) return Arrays.equals(bytes(), m.bytes());
        return other instanceof PyBytes b && Arrays.equals(bytes(), b.b);
    }
}
