package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.ExceptionGroups;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyProperty;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** The Python methods of BaseExceptionGroup (split, subgroup, derive, message, exceptions, str) and BaseException.add_note. */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    static void install() {
        PyType t = Types.BASE_EXCEPTION_GROUP;
        Args.staticMethod(t, "__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Errors.type("BaseExceptionGroup.__new__(X): X is not a type object");
            return ExceptionGroups.create(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
        getter(t, "message", e -> e.groupMessage);
        getter(t, "exceptions", e -> e.groupExceptions);
        Args.method(t, "__str__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            int n = e.groupExceptions.items.length;
            return new PyStr(Ops.str(e.groupMessage) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        });
        Args.method(t, "derive", (a, k) -> {
            Args.methodCount("derive", a, k, 1, 1);
            return Ops.call(Types.BASE_EXCEPTION_GROUP, ((PyBaseException) a[0]).groupMessage, a[1]);
        });
        Args.method(t, "split", (a, k) -> {
            Args.methodCount("split", a, k, 1, 1);
            ExceptionGroups.Split s = ExceptionGroups.split((PyBaseException) a[0], ExceptionGroups.matcher(a[1]), true);
            return PyTuple.of(none(s.match()), none(s.rest()));
        });
        Args.method(t, "subgroup", (a, k) -> {
            Args.methodCount("subgroup", a, k, 1, 1);
            return none(ExceptionGroups.split((PyBaseException) a[0], ExceptionGroups.matcher(a[1]), false).match());
        });
        Args.method(Types.BASE_EXCEPTION, "add_note", (a, k) -> {
            Args.methodCount("add_note", a, k, 1, 1);
            ExceptionGroups.addNote((PyBaseException) a[0], a[1]);
            return PyNone.NONE;
        });
    }

    private static Object none(Object o) { return o == null ? PyNone.NONE : o; }

    private static void getter(PyType t, String name, java.util.function.Function<PyBaseException, Object> f) {
        t.put(name, new PyProperty(PyProperty.Kind.PROPERTY, new PyBuiltin(name, false, (a, k) -> f.apply((PyBaseException) a[0]))));
    }
}
