package dev.jpy.vm.interp;

import dev.jpy.vm.builtins.ModuleRegistry;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;

/**
 * The PEP 695 intrinsics (type parameters, generic bases, type aliases, function type parameters). As in CPython,
 * the objects are those of the {@code typing} module (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic),
 * whose lazily evaluated bounds, constraints, defaults and values are the functions the compiler passes here.
 */
final class TypeParams {
    private TypeParams() {}

    /** CALL_INTRINSIC_1 for the type-parameter intrinsics; null when {@code name} is not one of them. */
    static Object intrinsic1(String name, Object v) {
        return switch (name) {
            case "INTRINSIC_TYPEVAR" -> typing("_make_typevar", v, PyNone.NONE, PyNone.NONE);
            case "INTRINSIC_PARAMSPEC" -> typing("_make_paramspec", v);
            case "INTRINSIC_TYPEVARTUPLE" -> typing("_make_typevartuple", v);
            case "INTRINSIC_SUBSCRIPT_GENERIC" -> typing("_subscript_generic", v);
            case "INTRINSIC_TYPEALIAS" -> {
                Object[] a = ((PyTuple) v).items;
                Frame top = VmState.get().top;
                Object module = top == null ? null : top.globals.get("__name__");
                yield typing("_make_typealias", a[0], a[1], a[2], module == null ? PyNone.NONE : module);
            }
            default -> null;
        };
    }

    /** CALL_INTRINSIC_2 for the type-parameter intrinsics ({@code a} was below {@code b} on the stack); null otherwise. */
    static Object intrinsic2(String name, Object a, Object b) {
        return switch (name) {
            case "INTRINSIC_TYPEVAR_WITH_BOUND" -> typing("_make_typevar", a, b, PyNone.NONE);
            case "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS" -> typing("_make_typevar", a, PyNone.NONE, b);
            case "INTRINSIC_SET_TYPEPARAM_DEFAULT" -> typing("_set_default", a, b);
            case "INTRINSIC_SET_FUNCTION_TYPE_PARAMS" -> {
                PyFunction fn = (PyFunction) a;
                if (fn.dict == null) fn.dict = new PyDict();
                fn.dict.put("__type_params__", b);
                yield fn;
            }
            default -> null;
        };
    }

    private static Object typing(String fn, Object... args) {
        PyModule m = ModuleRegistry.load("typing");
        if (m == null) throw Errors.raise(Types.SYSTEM_ERROR, "Cannot find the typing module");
        return Ops.call(Ops.getattr(m, new PyStr(fn)), args);
    }
}
