package dev.jpy.vm.object;

import java.util.ArrayList;
import java.util.List;

/** Item and slice assignment and deletion on a bytearray (done on a list of its bytes, then written back). */
final class ByteArrays {
    private ByteArrays() {}

    static void setitem(PyByteArray ba, Object key, Object value) {
        if (key instanceof PyInt i) {
            int idx = Seq.checkIndex(i, ba.b.length, "bytearray");
            long v = Ops.index(value);
            if (v < 0 || v > 255) throw Errors.value("byte must be in range(0, 256)");
            ba.b[idx] = (byte) v;
            return;
        }
        if (!(key instanceof PySlice)) throw Errors.type(Errors.INDICES_MUST_BE.formatted("bytearray", Errors.typeName(key)));
        PyList l = toList(ba.b);
        Object vals;
        if (value instanceof PyBytes b) vals = toList(b.b);
        else if (value instanceof PyInt) throw Errors.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        else vals = value;
        Seq.setitemBase(l, key, vals);
        ba.b = fromList(l.items);
    }

    static void delitem(PyByteArray ba, Object key) {
        if (key instanceof PyInt i) {
            Seq.checkIndex(i, ba.b.length, "bytearray");
        } else if (!(key instanceof PySlice)) {
            throw Errors.type(Errors.INDICES_MUST_BE.formatted("bytearray", Errors.typeName(key)));
        }
        PyList l = toList(ba.b);
        Seq.delitemBase(l, key);
        ba.b = fromList(l.items);
    }

    private static PyList toList(byte[] b) {
        List<Object> items = new ArrayList<>(b.length);
        for (byte x : b) items.add(PyInt.of(x & 0xFF));
        return new PyList(items);
    }

    private static byte[] fromList(List<Object> items) {
        byte[] r = new byte[items.size()];
        for (int i = 0; i < r.length; i++) {
            long v = Ops.index(items.get(i));
            if (v < 0 || v > 255) throw Errors.value("byte must be in range(0, 256)");
            r[i] = (byte) v;
        }
        return r;
    }
}
