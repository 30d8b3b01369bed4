package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Repr;
import dev.jpy.vm.object.Types;
import java.util.ArrayList;
import java.util.List;

/** The __future__ module: its _Feature records with CPython 3.13's releases and compiler flags. */
final class FutureModule implements NativeModule {
    @Override public String name() { return "__future__"; }

    /** name, optional release, mandatory release (null: None), compiler flag and the CO_ constant naming it. */
    private record Feature(String name, Object[] optional, Object[] mandatory, long flag, String flagName) {}

    private static Object[] rel(int a, int b, int c, String level, int serial) {
        return new Object[] {PyInt.of(a), PyInt.of(b), PyInt.of(c), new PyStr(level), PyInt.of(serial)};
    }

    private static final List<Feature> FEATURES = List.of(
            new Feature("nested_scopes", rel(2, 1, 0, "beta", 1), rel(2, 2, 0, "alpha", 0), 0x0010, "CO_NESTED"),
            new Feature("generators", rel(2, 2, 0, "alpha", 1), rel(2, 3, 0, "final", 0), 0, "CO_GENERATOR_ALLOWED"),
            new Feature("division", rel(2, 2, 0, "alpha", 2), rel(3, 0, 0, "alpha", 0), 0x20000, "CO_FUTURE_DIVISION"),
            new Feature("absolute_import", rel(2, 5, 0, "alpha", 1), rel(3, 0, 0, "alpha", 0), 0x40000, "CO_FUTURE_ABSOLUTE_IMPORT"),
            new Feature("with_statement", rel(2, 5, 0, "alpha", 1), rel(2, 6, 0, "alpha", 0), 0x80000, "CO_FUTURE_WITH_STATEMENT"),
            new Feature("print_function", rel(2, 6, 0, "alpha", 2), rel(3, 0, 0, "alpha", 0), 0x100000, "CO_FUTURE_PRINT_FUNCTION"),
            new Feature("unicode_literals", rel(2, 6, 0, "alpha", 2), rel(3, 0, 0, "alpha", 0), 0x200000, "CO_FUTURE_UNICODE_LITERALS"),
            new Feature("barry_as_FLUFL", rel(3, 1, 0, "alpha", 2), rel(4, 0, 0, "alpha", 0), 0x400000, "CO_FUTURE_BARRY_AS_BDFL"),
            new Feature("generator_stop", rel(3, 5, 0, "beta", 1), rel(3, 7, 0, "alpha", 0), 0x800000, "CO_FUTURE_GENERATOR_STOP"),
            new Feature("annotations", rel(3, 7, 0, "beta", 1), null, 0x1000000, "CO_FUTURE_ANNOTATIONS"));

    @Override public void init(PyDict d) {
        PyDict ns = new PyDict();
        ns.put("__module__", new PyStr("__future__"));
        PyType feature = (PyType) Ops.call(Types.TYPE, new PyStr("_Feature"), PyTuple.of(Types.OBJECT), ns);
        Args.method(feature, "getOptionalRelease", (a, k) -> field(a[0], "optional"));
        Args.method(feature, "getMandatoryRelease", (a, k) -> field(a[0], "mandatory"));
        Args.method(feature, "__repr__", (a, k) -> new PyStr("_Feature(" + Repr.repr(field(a[0], "optional")) + ", "
                + Repr.repr(field(a[0], "mandatory")) + ", " + Repr.repr(field(a[0], "compiler_flag")) + ")"));
        d.put("_Feature", feature);
        List<Object> names = new ArrayList<>();
        for (Feature f : FEATURES) {
            names.add(new PyStr(f.name()));
            Object mandatory = f.mandatory() == null ? PyNone.NONE : PyTuple.of(f.mandatory());
            PyInstance x = new PyInstance(feature);
            x.dict.put("optional", PyTuple.of(f.optional()));
            x.dict.put("mandatory", mandatory);
            x.dict.put("compiler_flag", PyInt.of(f.flag()));
            d.put(f.name(), x);
        }
        d.put("all_feature_names", new PyList(names));
        for (Feature f : FEATURES) d.put(f.flagName(), PyInt.of(f.flag()));
    }

    private static Object field(Object self, String name) { return Ops.getattr(self, new PyStr(name)); }
}
