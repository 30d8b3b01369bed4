package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyByteArray;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Types;
import java.util.Arrays;

/** The methods only bytearray has: the in-place changes (append, extend, insert, pop, remove, clear, reverse, copy). */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static PyByteArray ba(Object[] a) { return (PyByteArray) a[0]; }

    static void install() {
        var t = Types.BYTEARRAY;
        Args.method(t, "append", (a, k) -> {
            Args.methodCount("append", a, k, 1, 1);
            int v = BytesMethods.byteValue(a[1], "byte");
            PyByteArray b = ba(a);
            b.b = Arrays.copyOf(b.b, b.b.length + 1);
            b.b[b.b.length - 1] = (byte) v;
            return PyNone.NONE;
        });
        Args.method(t, "extend", (a, k) -> {
            Args.methodCount("extend", a, k, 1, 1);
            if (a[1] instanceof PyStr) throw Errors.type("expected iterable of integers; got: 'str'");
            extend(ba(a), BytesMethods.construct("bytearray", new Object[] {a[1]}, null));
            return PyNone.NONE;
        });
        Args.method(t, "insert", (a, k) -> {
            Args.methodCount("insert", a, k, 2, 2);
            PyByteArray b = ba(a);
            int n = b.b.length;
            long i = Ops.index(a[1]);
            if (i < 0) i = Math.max(0, i + n);
            i = Math.min(i, n);
            int v = BytesMethods.byteValue(a[2], "byte");
            byte[] r = new byte[n + 1];
            System.arraycopy(b.b, 0, r, 0, (int) i);
            r[(int) i] = (byte) v;
            System.arraycopy(b.b, (int) i, r, (int) i + 1, n - (int) i);
            b.b = r;
            return PyNone.NONE;
        });
        Args.method(t, "pop", (a, k) -> {
            Args.methodCount("pop", a, k, 0, 1);
            PyByteArray b = ba(a);
            int n = b.b.length;
            if (n == 0) throw Errors.index("pop from empty bytearray");
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.index("pop index out of range");
            int v = b.b[(int) i] & 0xFF;
            removeAt(b, (int) i);
            return PyInt.of(v);
        });
        Args.method(t, "remove", (a, k) -> {
            Args.methodCount("remove", a, k, 1, 1);
            int v = BytesMethods.byteValue(a[1], "byte");
            PyByteArray b = ba(a);
            for (int i = 0; i < b.b.length; i++) {
                if ((b.b[i] & 0xFF) == v) { removeAt(b, i); return PyNone.NONE; }
            }
            throw Errors.value("value not found in bytearray");
        });
        Args.method(t, "clear", (a, k) -> { Args.methodCount("clear", a, k, 0, 0); ba(a).b = new byte[0]; return PyNone.NONE; });
        Args.method(t, "copy", (a, k) -> { Args.methodCount("copy", a, k, 0, 0); return new PyByteArray(ba(a).b.clone()); });
        Args.method(t, "reverse", (a, k) -> {
            Args.methodCount("reverse", a, k, 0, 0);
            byte[] b = ba(a).b;
            for (int i = 0, j = b.length - 1; i < j; i++, j--) { byte x = b[i]; b[i] = b[j]; b[j] = x; }
            return PyNone.NONE;
        });
        Args.method(t, "__iadd__", (a, k) -> {
            if (!(a[1] instanceof PyBytes o)) throw Errors.type("can't concat " + Errors.typeName(a[1]) + " to bytearray");
            extend(ba(a), o.b);
            return a[0];
        });
    }

    static void extend(PyByteArray b, byte[] more) {
        byte[] r = Arrays.copyOf(b.b, b.b.length + more.length);
        System.arraycopy(more, 0, r, b.b.length, more.length);
        b.b = r;
    }

    static void removeAt(PyByteArray b, int i) {
        byte[] r = new byte[b.b.length - 1];
        System.arraycopy(b.b, 0, r, 0, i);
        System.arraycopy(b.b, i + 1, r, i, b.b.length - i - 1);
        b.b = r;
    }
}
