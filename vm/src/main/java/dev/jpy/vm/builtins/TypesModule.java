package dev.jpy.vm.builtins;

import dev.jpy.vm.interp.Coroutines;
import dev.jpy.vm.interp.Generator;
import dev.jpy.vm.object.GenericAlias;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.TypeUnion;
import dev.jpy.vm.object.Types;

/** {@code types}: coroutine(), the types of functions, generators, coroutines and aliases, and (in Python, lib/types_extra.py) SimpleNamespace, MappingProxyType, new_class. */
final class TypesModule implements NativeModule {
    @Override public String name() { return "types"; }

    @Override public void init(PyDict d) {
        Args.def(d, "coroutine", (a, k) -> {
            Args.count("coroutine", a, k, 1, 1);
            return Coroutines.typesCoroutine(a[0]);
        });
        d.put("FunctionType", Types.FUNCTION);
        d.put("BuiltinFunctionType", Types.BUILTIN_FUNCTION);
        d.put("MethodType", Types.METHOD);
        d.put("CodeType", Types.CODE);
        d.put("ModuleType", Types.MODULE);
        d.put("GeneratorType", Generator.TYPE);
        d.put("CoroutineType", Generator.COROUTINE);
        d.put("AsyncGeneratorType", Generator.ASYNC_GENERATOR);
        d.put("GenericAlias", GenericAlias.TYPE);
        d.put("UnionType", TypeUnion.TYPE);
        d.put("NoneType", PyNone.NONE.type());
        GenericAlias.TYPE.constructor = (a, k) -> {
            Args.count("GenericAlias", a, k, 2, 2);
            return GenericAlias.of(a[0], a[1]);
        };
        PySource.run("types_extra", d);
    }
}
