package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.IntDigits;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyByteArray;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyComplex;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyMemoryView;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyRange;
import dev.jpy.vm.object.PySet;
import dev.jpy.vm.object.PySlice;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.StructSeq;
import dev.jpy.vm.object.Types;

/**
 * sys.getsizeof with CPython 3.13's numbers on 64-bit Linux (object.__sizeof__ plus the GC header), and
 * sys.get_int_max_str_digits / set_int_max_str_digits / int_info. Lists and sets count their items as if built
 * one by one (CPython's over-allocation for appends and set growth is simulated from the size alone).
 */
final class SysSizes {
    private SysSizes() {}

    private static final int GC_HEADER = 16, MANAGED_DICT = 16;
    private static final PyType INT_INFO = StructSeq.newType("sys", "int_info",
            java.util.List.of("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"), 4);

    static void install(PyDict d) {
        d.put("int_info", StructSeq.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(IntDigits.DEFAULT), PyInt.of(IntDigits.THRESHOLD)));
        Args.def(d, "getsizeof", (a, k) -> {
            Object[] p = CallArgs.bind("getsizeof", a, k, 2, 1, "object", "default");
            Object o = p[0];
            Object size;
            try {
                size = Ops.callSpecial(o, "__sizeof__");
                if (size == null) throw Errors.type("Type " + Errors.typeName(o) + " doesn't define __sizeof__");
            } catch (dev.jpy.vm.object.PyRaise e) {
                if (p[1] != null && e.exc.type().isSubtype(Types.TYPE_ERROR)) return p[1];
                throw e;
            }
            if (!(size instanceof PyInt)) throw Errors.type("an integer is required");
            long n = Ops.index(size);
            if (n < 0) throw Errors.value("__sizeof__() should return >= 0");
            return PyInt.of(n + extra(o));
        });
        Args.def(d, "get_int_max_str_digits", (a, k) -> {
            Args.count("get_int_max_str_digits", a, k, 0, 0);
            return PyInt.of(VmState.get().intMaxStrDigits);
        });
        Args.def(d, "set_int_max_str_digits", (a, k) -> {
            Object[] p = CallArgs.bind("set_int_max_str_digits", a, k, 1, 1, "maxdigits");
            long n = Ops.index(p[0]);
            if (n != 0 && n < IntDigits.THRESHOLD) throw Errors.value("maxdigits must be 0 or larger than " + IntDigits.THRESHOLD);
            VmState.get().intMaxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
    }

    /** What getsizeof adds to __sizeof__: the GC header of containers and instances, and an instance's managed __dict__. */
    private static long extra(Object o) {
        if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PySlice || o instanceof PyBuiltin
                || o instanceof PyFunction || o instanceof PyType || o instanceof PyModule || o instanceof PyProperty || o instanceof PyMemoryView) return GC_HEADER;
        if (o instanceof PyBaseException e) return GC_HEADER + (e.type().heap && e.type().slots == null ? MANAGED_DICT : 0);
        if (o instanceof PyInstance i && i.type().heap) return GC_HEADER + (i.type().slots == null ? MANAGED_DICT : 0);
        return 0;
    }

    /** object.__sizeof__: the object's basic size and its variable part, as CPython lays them out. */
    static long basic(Object o) {
        return switch (o) {
            case PyInt i -> 24 + 4L * Math.max(1, (i.bigValue().abs().bitLength() + 29) / 30);
            case PyFloat f -> 24;
            case PyComplex c -> 32;
            case PyStr s -> str(s.s);
            case PyByteArray b -> 56 + (b.b.length == 0 ? 0 : b.b.length + 1);
            case PyBytes b -> 33 + b.b.length;
            case PyTuple t -> 24 + 8L * t.items.length;
            case PyList l -> 40 + 8L * l.items.size();
            case PyDict dict -> dict(dict);
            case PySet s -> set(s.items.size());
            case PyRange r -> 48;
            case PySlice s -> 40;
            case PyBuiltin b -> 56;
            case PyFunction f -> 144;
            case PyModule m -> 56;
            case PyMemoryView m -> 168;
            case PyProperty p -> p.kind == PyProperty.Kind.PROPERTY ? 64 : 32;
            case PyBaseException e -> 72;
            case PyInstance i when i.type().heap -> 16 + 8L * i.type().slotCount;
            default -> 16;
        };
    }

    /** A compact str: ASCII 40 bytes + 1 per char + NUL, else 56 + 1, 2 or 4 bytes per char (NUL included). */
    private static long str(String s) {
        int max = 0, n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            max = Math.max(max, c);
            i += Character.charCount(c);
            n++;
        }
        if (max < 128) return 40 + n + 1;
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        return 56 + (long) width * (n + 1);
    }

    /** A dict of n entries inserted one by one: the keys table grows to the power of two >= 3 * used when full. */
    private static long dict(PyDict d) {
        int n = d.map.size();
        if (n == 0) return 48;
        boolean strKeys = true;
        for (Object key : d.map.keySet()) {
            if (!(key instanceof PyStr) || key instanceof PyObject p && p.type() != Types.STR) {
                strKeys = false;
                break;
            }
        }
        long size = 8;
        while (n > usable(size)) size = Long.highestOneBit(usable(size) * 3 - 1) << 1;
        long indexBytes = size <= 128 ? 1 : size <= 32768 ? 2 : size <= 1L << 31 ? 4 : 8;
        return 48 + 32 + size * indexBytes + usable(size) * (strKeys ? 16 : 24);
    }

    private static long usable(long size) { return (size << 1) / 3; }

    /** A set of n elements added one by one: a table of 8 inline, grown to the power of two above 4 * fill when 3/5 full. */
    private static long set(int n) {
        long table = 8;
        for (int fill = 1; fill <= n; fill++) {
            if (fill * 5L >= (table - 1) * 3) {
                long grown = 8;
                while (grown <= fill * 4L) grown <<= 1;
                table = grown;
            }
        }
        return 200 + (table > 8 ? table * 16 : 0);
    }
}
