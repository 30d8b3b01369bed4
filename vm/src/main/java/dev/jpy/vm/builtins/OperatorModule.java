package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Seq;

/** The operator module: the operators as functions, itemgetter and attrgetter. */
final class OperatorModule implements NativeModule {
    @Override public String name() { return "operator"; }

    private static final String[] BINARY = {"add", "and_", "floordiv", "lshift", "matmul", "mul", "mod", "or_", "pow", "rshift", "sub", "truediv", "xor"};
    private static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    @Override public void init(PyDict d) {
        for (int i = 0; i < BINARY.length; i++) {
            int nb = i;
            String name = BINARY[i];
            binary(d, name, (a, k) -> Arith.binary(nb, a[0], a[1]));
            binary(d, "__" + name.replace("_", "") + "__", (a, k) -> Arith.binary(nb, a[0], a[1]));
            binary(d, "i" + name.replace("_", ""), (a, k) -> Arith.binary(nb + 13, a[0], a[1]));
        }
        for (int i = 0; i < COMPARE.length; i++) {
            int op = i;
            binary(d, COMPARE[i], (a, k) -> Compare.compare(op, a[0], a[1]));
            binary(d, "__" + COMPARE[i] + "__", (a, k) -> Compare.compare(op, a[0], a[1]));
        }
        binary(d, "concat", (a, k) -> Arith.binary(Numbers.ADD, a[0], a[1]));
        binary(d, "getitem", (a, k) -> Seq.getitem(a[0], a[1]));
        binary(d, "contains", (a, k) -> PyBool.of(Seq.contains(a[0], a[1])));
        binary(d, "is_", (a, k) -> PyBool.of(a[0] == a[1]));
        binary(d, "is_not", (a, k) -> PyBool.of(a[0] != a[1]));
        unary(d, "neg", (a, k) -> Arith.negative(a[0]));
        unary(d, "pos", (a, k) -> Arith.positive(a[0]));
        unary(d, "invert", (a, k) -> Arith.invert(a[0]));
        unary(d, "inv", (a, k) -> Arith.invert(a[0]));
        unary(d, "not_", (a, k) -> PyBool.of(!Ops.truthy(a[0])));
        unary(d, "truth", (a, k) -> PyBool.of(Ops.truthy(a[0])));
        unary(d, "abs", (a, k) -> BuiltinsModule.abs(a[0]));
        unary(d, "index", (a, k) -> PyInt.of(Ops.index(a[0])));
        Args.def(d, "itemgetter", (a, k) -> {
            Object[] keys = a.clone();
            return new PyBuiltin("itemgetter", false, (b, kk) -> {
                Args.count("itemgetter", b, kk, 1, 1);
                if (keys.length == 1) return Seq.getitem(b[0], keys[0]);
                Object[] r = new Object[keys.length];
                for (int i = 0; i < r.length; i++) r[i] = Seq.getitem(b[0], keys[i]);
                return PyTuple.of(r);
            });
        });
        Args.def(d, "methodcaller", (a, k) -> {
            if (Args.npos(a, k) < 1) throw dev.jpy.vm.object.Errors.type("methodcaller needs at least one argument, the method name");
            PyStr name = Args.str(a[0], "methodcaller");
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return new PyBuiltin("methodcaller", false, (b, kk) -> {
                Args.count("methodcaller", b, kk, 1, 1);
                return Ops.call(Ops.getattr(b[0], name), rest, k);
            });
        });
        Args.def(d, "attrgetter", (a, k) -> {
            Object[] names = a.clone();
            return new PyBuiltin("attrgetter", false, (b, kk) -> {
                Args.count("attrgetter", b, kk, 1, 1);
                if (names.length == 1) return dotted(b[0], names[0]);
                Object[] r = new Object[names.length];
                for (int i = 0; i < r.length; i++) r[i] = dotted(b[0], names[i]);
                return PyTuple.of(r);
            });
        });
    }

    private static Object dotted(Object o, Object name) {
        if (!(name instanceof PyStr s)) throw dev.jpy.vm.object.Errors.type("attribute name must be a string");
        for (String part : s.s.split("\\.", -1)) o = Ops.getattr(o, new PyStr(part));
        return o;
    }

    private static void binary(PyDict d, String name, PyBuiltin.Body body) {
        Args.def(d, name, (a, k) -> { Args.count(name, a, k, 2, 2); return body.call(a, k); });
    }

    private static void unary(PyDict d, String name, PyBuiltin.Body body) {
        Args.def(d, name, (a, k) -> { Args.count(name, a, k, 1, 1); return body.call(a, k); });
    }
}
