package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;

/** The struct module: formats, packing and unpacking are lib/struct.py; the IEEE 754 bit conversions of e/f/d are here. */
final class StructModule implements NativeModule {
    @Override public String name() { return "struct"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_float_bits", (a, k) -> PyInt.of(bits(((PyFloat) a[0]).v, (int) ((PyInt) a[1]).v)));
        Args.def(d, "_bits_float", (a, k) -> new PyFloat(value(((PyInt) a[0]).bigValue().longValue(), (int) ((PyInt) a[1]).v)));
        PySource.run("struct", d);
    }

    /** The bits of x as an IEEE 754 float of size 2, 4 or 8 bytes. */
    private static long bits(double x, int size) {
        switch (size) {
            case 8: return Double.doubleToRawLongBits(x);
            case 4: {
                float f = (float) x;
                if (Float.isInfinite(f) && !Double.isInfinite(x)) throw Errors.overflow("float too large to pack with f format");
                return Float.floatToRawIntBits(f) & 0xffffffffL;
            }
            default: {
                short h = Float.floatToFloat16((float) x);
                if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(x)) throw Errors.overflow("float too large to pack with e format");
                return h & 0xffffL;
            }
        }
    }

    private static double value(long bits, int size) {
        return switch (size) {
            case 8 -> Double.longBitsToDouble(bits);
            case 4 -> Float.intBitsToFloat((int) bits);
            default -> Float.float16ToFloat((short) bits);
        };
    }
}
