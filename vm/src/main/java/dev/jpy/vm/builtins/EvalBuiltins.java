package dev.jpy.vm.builtins;

import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.SourceBytes;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.interp.Frame;
import dev.jpy.vm.interp.Interpreter;
import dev.jpy.vm.interp.VmState;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.MappingDict;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyObject;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;
import dev.jpy.vm.run.SyntaxErrors;

/** The eval, exec and compile builtins: source compiled by jpy's compiler, code objects run in given globals and locals. */
final class EvalBuiltins {
    private EvalBuiltins() {}

    /** The CO_FUTURE_* bits compile() takes and inherits (CPython's PyCF_MASK). */
    static final int PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
    /** CO_NESTED, accepted and ignored. */
    private static final int PYCF_MASK_OBSOLETE = 0x10;
    static final int PYCF_ONLY_AST = 0x400;
    /** PyCF_COMPILE_MASK: ONLY_AST, ALLOW_TOP_LEVEL_AWAIT, TYPE_COMMENTS, DONT_IMPLY_DEDENT, ALLOW_INCOMPLETE_INPUT, OPTIMIZED_AST. */
    private static final int PYCF_COMPILE_MASK = 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x8000;

    static void install(PyDict d) {
        Args.def(d, "eval", (a, k) -> evalOrExec(a, k, true));
        Args.def(d, "exec", (a, k) -> evalOrExec(a, k, false));
        Args.def(d, "compile", EvalBuiltins::compile);
        CodeReplace.install();
    }

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1)}. */
    private static Object compile(Object[] a, PyTuple k) {
        Object[] p = CallArgs.bind("compile", a, k, 6, 3, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version");
        String filename = fsPath(p[1]);
        if (!(p[2] instanceof PyStr mode)) throw Errors.type("compile() argument 'mode' must be str, not " + Errors.typeName(p[2]));
        int flags = p[3] == null ? 0 : (int) Ops.index(p[3]);
        boolean dontInherit = p[4] != null && Ops.truthy(p[4]);
        int optimize = p[5] == null ? -1 : (int) Ops.index(p[5]);
        if ((flags & ~(PYCF_MASK | PYCF_MASK_OBSOLETE | PYCF_COMPILE_MASK)) != 0) throw Errors.value("compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) throw Errors.value("compile(): invalid optimize value");
        if (!dontInherit) flags |= callerFlags();
        switch (mode.s) {
            case "exec", "eval", "single" -> { }
            case "func_type" -> {
                if ((flags & PYCF_ONLY_AST) == 0) throw Errors.value("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            }
            default -> throw Errors.value("compile() mode must be 'exec', 'eval' or 'single'");
        }
        String src = sourceText(p[0], "compile", "string, bytes or AST", filename);
        if ((flags & PYCF_ONLY_AST) != 0) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "compile(): PyCF_ONLY_AST is not supported by jpy yet (there are no ast objects)");
        }
        return compileText(src, filename, mode.s, flags, optimize);
    }

    /** eval(source, /, globals=None, locals=None) and exec(source, /, globals=None, locals=None, *, closure=None). */
    private static Object evalOrExec(Object[] a, PyTuple k, boolean eval) {
        String name = eval ? "eval" : "exec";
        Object[] p = eval ? CallArgs.bind(name, a, k, 3, 1, "", "globals", "locals")
                : CallArgs.bind(name, a, k, 3, 1, "", "globals", "locals", "closure");
        Object source = p[0], globals = none(p[1]), locals = none(p[2]), closure = eval ? null : none(p[3]);
        if (eval) {
            if (locals != null && !isMapping(locals)) throw Errors.type("locals must be a mapping");
            if (globals != null && !(globals instanceof PyDict)) {
                throw Errors.type(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
            }
        }
        Frame caller = VmState.get().top;
        if (globals == null) {
            globals = caller.globals;
            if (locals == null) locals = caller.locals != null ? caller.locals : dev.jpy.vm.interp.PyFrameObj.fastLocals(caller);
        } else if (locals == null) {
            locals = globals;
        }
        if (!eval) {
            if (!(globals instanceof PyDict)) throw Errors.type("exec() globals must be a dict, not " + Errors.typeName(globals));
            if (!isMapping(locals)) throw Errors.type("locals must be a mapping or None, not " + Errors.typeName(locals));
        }
        PyDict g = (PyDict) globals;
        PyDict builtins = builtinsOf(g);
        PyDict l = locals instanceof PyDict ld ? ld : MappingDict.of(locals);
        PyCodeObj code;
        PyCell[] cells = null;
        if (source instanceof PyCodeObj c) {
            code = c;
            int free = c.code.freevars().size();
            if (eval && free > 0) throw Errors.type("code object passed to eval() may not contain free variables");
            if (!eval) cells = closureCells(c, free, closure);
        } else {
            if (closure != null) throw Errors.type("closure can only be used when source is a code object");
            String src = sourceText(source, name, "string, bytes or code", "<string>");
            if (eval) src = stripLeading(src);
            code = compileText(src, "<string>", eval ? "eval" : "exec", callerFlags(), -1);
        }
        Object r = Interpreter.run(new Frame(code, g, builtins, l, cells, VmState.get().top));
        return eval ? r : PyNone.NONE;
    }

    /** exec's closure argument against the code object's free variables, as CPython checks it. */
    private static PyCell[] closureCells(PyCodeObj c, int free, Object closure) {
        if (free == 0) {
            if (closure != null) throw Errors.type("cannot use a closure with this code object");
            return null;
        }
        if (closure == null || !(closure instanceof PyTuple t) || t.items.length != free) {
            throw Errors.type("code object requires a closure of exactly length " + free);
        }
        PyCell[] cells = new PyCell[free];
        for (int i = 0; i < free; i++) {
            if (!(t.items[i] instanceof PyCell cell)) throw Errors.type("closure can only contain cells");
            cells[i] = cell;
        }
        return cells;
    }

    /** globals['__builtins__'] as a dict, inserting the running builtins when it is missing. */
    private static PyDict builtinsOf(PyDict g) {
        Object b = g.get("__builtins__");
        PyDict running = VmState.get().builtins;
        if (b == null) {
            g.put("__builtins__", running);
            return running;
        }
        if (b instanceof PyModule m) return m.dict;
        return b instanceof PyDict d ? d : running;
    }

    /** The running code's future flags, which compile(), eval() and exec() inherit. */
    private static int callerFlags() {
        Frame f = VmState.get().top;
        return f == null ? 0 : f.code.code.flags() & PYCF_MASK;
    }

    /** Compiles source text to a runnable code object; syntax errors become Python's SyntaxError. */
    static PyCodeObj compileText(String src, String filename, String mode, int flags, int optimize) {
        int opt = optimize >= 0 ? optimize : defaultOptimize();
        try {
            return new CodeLoader().load(Compiler.compile(src, filename, mode, flags & PYCF_MASK, opt));
        } catch (PySyntaxError e) {
            throw SyntaxErrors.fromCompile(e, filename, src, mode);
        } catch (UnsupportedOperationException e) {
            throw Errors.raise(Types.SYSTEM_ERROR, "jpy cannot compile this yet: " + e.getMessage());
        }
    }

    private static int defaultOptimize() {
        var cfg = dev.jpy.vm.run.RunConfig.current();
        return cfg == null ? 0 : cfg.cache().optimize();
    }

    /** The text of a str or bytes source, decoded as compile() decodes bytes; null bytes are a SyntaxError. */
    private static String sourceText(Object source, String fname, String what, String filename) {
        String text;
        if (source instanceof PyStr s) {
            text = s.s;
        } else if (source instanceof PyBytes b) {
            for (byte x : b.b) if (x == 0) throw nullBytes();
            try {
                text = SourceBytes.decode(b.b, filename);
            } catch (PySyntaxError e) {
                throw SyntaxErrors.fromCompile(e, filename, "", "eval");
            }
        } else if (source instanceof PyObject o && o.type().name.equals("bytearray")) {
            return sourceText(Ops.call(Types.BYTES, source), fname, what, filename);
        } else {
            throw Errors.type(fname + "() arg 1 must be a " + what + " object");
        }
        if (text.indexOf('\0') >= 0) throw nullBytes();
        return text;
    }

    private static dev.jpy.vm.object.PyRaise nullBytes() {
        String msg = "source code string cannot contain null bytes";
        return SyntaxErrors.fromCompile(new PySyntaxError("SyntaxError", msg, null, 0, 0, 0, 0, null), null, "", "eval");
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return s.substring(i);
    }

    /** compile()'s filename: str, bytes or an os.PathLike object. */
    private static String fsPath(Object o) {
        if (o instanceof PyStr s) return s.s;
        if (o instanceof PyBytes b) return new String(b.b, java.nio.charset.StandardCharsets.UTF_8);
        if (o instanceof PyInstance && Ops.getattrOrNull(o, PyStr.intern("__fspath__")) != null) {
            return fsPath(Ops.call(Ops.getattr(o, PyStr.intern("__fspath__"))));
        }
        throw Errors.type("expected str, bytes or os.PathLike object, not " + Errors.typeName(o));
    }

    /** PyMapping_Check: a dict, a sequence or an object with __getitem__. */
    private static boolean isMapping(Object o) {
        return o instanceof PyDict || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes
                || (o instanceof PyObject p && !(o instanceof PyInt) && !(o instanceof PyBool) && p.type().lookup("__getitem__") != null);
    }

    private static Object none(Object o) {
        return o == PyNone.NONE ? null : o;
    }
}
