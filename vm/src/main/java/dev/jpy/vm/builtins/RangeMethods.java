package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRange;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.Ranges;
import dev.jpy.vm.object.Types;

/** The methods of range: index, count, and its special methods as attributes ({@code r.__len__()}, ...). */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        Args.method(Types.RANGE, "index", (a, k) -> {
            Args.methodCount("index", a, k, 1, 1);
            return Ranges.index((PyRange) a[0], a[1]);
        });
        Args.method(Types.RANGE, "count", (a, k) -> {
            Args.methodCount("count", a, k, 1, 1);
            return PyInt.of(Ranges.count((PyRange) a[0], a[1]));
        });
        Args.method(Types.RANGE, "__len__", (a, k) -> PyInt.of(((PyRange) a[0]).length()));
        Args.method(Types.RANGE, "__bool__", (a, k) -> PyBool.of(Ranges.truthy((PyRange) a[0])));
        Args.method(Types.RANGE, "__iter__", (a, k) -> Ranges.iter((PyRange) a[0]));
        Args.method(Types.RANGE, "__reversed__", (a, k) -> Ranges.reversed((PyRange) a[0]));
        Args.method(Types.RANGE, "__hash__", (a, k) -> PyInt.of(Ranges.hash((PyRange) a[0])));
        Args.method(Types.RANGE, "__repr__", (a, k) -> new PyStr(Ranges.repr((PyRange) a[0])));
        Args.method(Types.RANGE, "__getitem__", (a, k) -> {
            Args.methodCount("__getitem__", a, k, 1, 1);
            return dev.jpy.vm.object.Seq.getitemBase(a[0], a[1]);
        });
        Args.method(Types.RANGE, "__contains__", (a, k) -> {
            Args.methodCount("__contains__", a, k, 1, 1);
            return PyBool.of(dev.jpy.vm.object.Seq.containsBase(a[0], a[1]));
        });
        Args.method(Types.RANGE, "__eq__", (a, k) -> {
            Args.methodCount("__eq__", a, k, 1, 1);
            return a[1] instanceof PyRange r ? PyBool.of(Ranges.equal((PyRange) a[0], r)) : PyNone.NOT_IMPLEMENTED;
        });
        Args.method(Types.RANGE, "__ne__", (a, k) -> {
            Args.methodCount("__ne__", a, k, 1, 1);
            return a[1] instanceof PyRange r ? PyBool.of(!Ranges.equal((PyRange) a[0], r)) : PyNone.NOT_IMPLEMENTED;
        });
    }
}
