package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.TypeUnion;

/**
 * {@code typing}: its body is Python (lib/typing.py, then lib/typing_records.py for NamedTuple and TypedDict and lib/typing_extras.py); this
 * class gives it {@code _union(a, b)}, the types.UnionType that {@code X | Y} makes for type aliases.
 */
final class TypingModule implements NativeModule {
    @Override public String name() { return "typing"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_union", (a, k) -> {
            Args.count("_union", a, k, 2, 2);
            return TypeUnion.of(a[0], a[1]);
        });
        PySource.run("typing", d);
        PySource.run("typing_records", d);
        PySource.run("typing_extras", d);
    }
}
