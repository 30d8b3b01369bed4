package dev.jpy.vm.builtins;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.TypeUnion;
import dev.jpy.vm.object.Types;

/**
 * {@code typing}: its body is Python (lib/typing.py); this class gives it two helpers written in Java,
 * {@code _eval_expr(source, globals, locals)} for string annotations and {@code _union(a, b)} for {@code X | Y}.
 */
final class TypingModule implements NativeModule {
    private static final PyStr RESULT = new PyStr("__jpy_eval_result__");

    @Override public String name() { return "typing"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_eval_expr", (a, k) -> {
            Args.count("_eval_expr", a, k, 3, 3);
            return evalExpr(((PyStr) a[0]).s, (PyDict) a[1], (PyDict) a[2]);
        });
        Args.def(d, "_union", (a, k) -> {
            Args.count("_union", a, k, 2, 2);
            return TypeUnion.of(a[0], a[1]);
        });
        PySource.run("typing", d);
        PySource.run("typing_records", d);
    }

    /** The value of an expression given as source, with the given globals and (a copy of) the locals. */
    static Object evalExpr(String source, PyDict globals, PyDict locals) {
        dev.jpy.vm.object.PyCodeObj code;
        try {
            code = new CodeLoader().load(Compiler.compile(RESULT.s + " = (\n" + source.strip() + "\n)\n", "<string>", 0));
        } catch (RuntimeException e) {
            throw Errors.raise(Types.SYNTAX_ERROR, "invalid syntax in annotation " + new PyStr(source).s);
        }
        PyDict scope = new PyDict();
        scope.map.putAll(locals.map);
        Interpreter.runWithLocals(new PyFunction(code, globals), scope);
        return scope.map.get(RESULT);
    }
}
