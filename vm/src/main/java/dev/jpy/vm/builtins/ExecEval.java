package dev.jpy.vm.builtins;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Frame;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import java.nio.charset.StandardCharsets;

/**
 * exec, eval and compile over jpy's compiler. compile makes 'exec' code only; eval checks its source in 'eval'
 * mode (so syntax errors are CPython's) and then runs it as the assignment of one hidden name in a module unit.
 */
final class ExecEval {
    private ExecEval() {}

    private static final String RESULT = "__jpy_eval_result__";

    static void install(PyDict d) {
        Args.def(d, "exec", (a, k) -> {
            Args.onlyKeywords("exec", k, "globals", "locals", "closure");
            int n = Args.npos(a, k);
            if (n < 1) throw Errors.type("exec() missing required argument 'source' (pos 1)");
            Object g = n > 1 ? a[1] : Args.kw(a, k, "globals"), l = n > 2 ? a[2] : Args.kw(a, k, "locals");
            PyCodeObj code = a[0] instanceof PyCodeObj c ? c : compile(source(a[0], "exec"), "<string>");
            run(code, g, l, "exec");
            return PyNone.NONE;
        });
        Args.def(d, "eval", (a, k) -> {
            Args.onlyKeywords("eval", k, "globals", "locals");
            int n = Args.npos(a, k);
            if (n < 1) throw Errors.type("eval() missing required argument 'source' (pos 1)");
            Object g = n > 1 ? a[1] : Args.kw(a, k, "globals"), l = n > 2 ? a[2] : Args.kw(a, k, "locals");
            if (a[0] instanceof PyCodeObj c) return run(c, g, l, "eval");
            String src = source(a[0], "eval").stripLeading();
            try {
                Parser.parse(src, "<string>", "eval", false);
            } catch (PySyntaxError e) {
                throw syntaxError(e);
            }
            PyDict locals = run(compile(RESULT + " = (" + src + "\n)", "<string>"), g, l, "eval");
            Object v = locals.map.remove(PyStr.intern(RESULT));
            return v == null ? PyNone.NONE : v;
        });
        Args.def(d, "compile", (a, k) -> {
            Args.onlyKeywords("compile", k, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version");
            int n = Args.npos(a, k);
            Object src = n > 0 ? a[0] : Args.kw(a, k, "source"), file = n > 1 ? a[1] : Args.kw(a, k, "filename");
            Object mode = n > 2 ? a[2] : Args.kw(a, k, "mode");
            if (src == null || file == null || mode == null) throw Errors.type("compile() missing required argument");
            String m = Args.str(mode, "compile() argument 'mode'").s;
            if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) throw Errors.value("compile() mode must be 'exec', 'eval' or 'single'");
            if (!m.equals("exec")) throw Errors.raise(Types.SYSTEM_ERROR, "jpy cannot compile in '" + m + "' mode yet");
            return compile(source(src, "compile"), Ops.str(file));
        });
    }

    private static String source(Object o, String fn) {
        if (o instanceof PyStr s) return s.s;
        if (o instanceof PyBytes b) return new String(b.b, StandardCharsets.UTF_8);
        String what = fn.equals("eval") ? "eval() arg 1 must be a string, bytes or code object"
                : fn.equals("exec") ? "exec() arg 1 must be a string, bytes or code object"
                : "compile() arg 1 must be a string, bytes or AST object";
        throw Errors.type(what);
    }

    static PyCodeObj compile(String src, String filename) {
        PyCode code;
        try {
            code = Compiler.compile(src, filename, 0);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        } catch (UnsupportedOperationException e) {
            throw Errors.raise(Types.SYSTEM_ERROR, String.valueOf(e.getMessage()));
        }
        return new CodeLoader().load(code);
    }

    private static dev.jpy.vm.object.PyRaise syntaxError(PySyntaxError e) {
        dev.jpy.vm.object.PyType t = Types.EXCEPTIONS.getOrDefault(e.pyClass(), Types.SYNTAX_ERROR);
        Object text = e.text() == null ? PyNone.NONE : new PyStr(e.text());
        String file = e.filename() == null ? "<string>" : e.filename();
        PyTuple info = PyTuple.of(new PyStr(file), PyInt.of(e.lineno()), PyInt.of(e.offset()), text, PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        return ((PyBaseException) Ops.call(t, new PyStr(e.msg() == null ? "invalid syntax" : e.msg()), info)).raise();
    }

    /** Runs code with the given (or the caller's) globals and locals; returns the locals used. */
    private static PyDict run(PyCodeObj code, Object g, Object l, String fn) {
        VmState st = VmState.get();
        PyDict globals, locals;
        if (g == null || g == PyNone.NONE) {
            globals = st.top.globals;
            locals = l instanceof PyDict ld ? ld : st.top.locals != null ? st.top.locals : (PyDict) Ops.call(st.builtins.get("locals"));
        } else {
            if (!(g instanceof PyDict gd)) throw Errors.type(fn + "() globals must be a dict, not " + Errors.typeName(g));
            globals = gd;
            locals = l == null || l == PyNone.NONE ? gd : (PyDict) l;
        }
        if (globals.get("__builtins__") == null) globals.put("__builtins__", st.builtins);
        Interpreter.run(new Frame(code, globals, st.builtins, locals, null, st.top));
        return locals;
    }
}
