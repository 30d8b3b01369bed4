package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;
import dev.jpy.toolchain.symtable.Scope;
import dev.jpy.toolchain.symtable.SymbolScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Functions and lambdas (CPython 3.13's {@code compiler_function}, {@code compiler_lambda},
 * {@code compiler_make_closure}), return, and the generator expressions yield, yield from and await.
 */
final class FunctionCodegen {
    static final int DEFAULTS = 1, KWDEFAULTS = 2, ANNOTATIONS = 4, CLOSURE = 8;
    private final Codegen c;

    FunctionCodegen(Codegen c) { this.c = c; }

    void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
                  List<TypeParam> typeParams, boolean async, Location loc) {
        checkDebugArgs(args);
        int firstLine = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        c.exprs.visitAll(decos);
        int flags = defaults(args, loc);
        int typeParamArgs = typeParams.isEmpty() ? -1 : TypeParamCodegen.enterFunction(c, s, name, typeParams, flags, firstLine, loc);
        if (annotations(args, returns, loc)) flags |= ANNOTATIONS;
        Scope scope = c.symtable.require(s);
        CodeUnit unit = c.enterScope(async ? CodeUnit.Kind.ASYNC_FUNCTION : CodeUnit.Kind.FUNCTION, scope, name, firstLine);
        int first = 0;
        PyObj doc = PyNone.NONE;
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant k && k.value() instanceof PyStr str) {
            first = 1;
            if (c.optimize < 2) doc = PyStr.of(cleanDoc(str.value()));
        }
        unit.addConst(doc);
        unit.argCount = args.args().size();
        unit.posOnlyArgCount = args.posonlyargs().size();
        unit.kwOnlyArgCount = args.kwonlyargs().size();
        boolean stopIteration = scope.isGenerator() || scope.isCoroutine();
        int handler = stopIteration ? c.newLabel() : -1;
        if (stopIteration) c.jump(Opcode.SETUP_CLEANUP, handler, Location.NONE);
        c.addOp(Opcode.RESUME, 0, new Location(firstLine, firstLine, 0, 0));
        if (stopIteration) c.pushBlock(CodeUnit.FBlock.Kind.STOP_ITERATION, -1, -1, null, Location.NONE);
        for (int i = first; i < body.size(); i++) c.stmts.visit(body.get(i));
        if (stopIteration) {
            c.addConst(PyNone.NONE, Location.NONE);
            c.addOp(Opcode.RETURN_VALUE, Location.NONE);
            c.useLabel(handler);
            c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_STOPITERATION_ERROR"), Location.NONE);
            c.addOp(Opcode.RERAISE, 1, Location.NONE);
            c.popBlock();
        }
        c.addReturnNone();
        CodeUnit done = c.exitScope();
        makeClosure(done, flags, loc);
        if (typeParamArgs >= 0) TypeParamCodegen.exitFunction(c, typeParamArgs, loc);
        for (int i = decos.size() - 1; i >= 0; i--) c.addOp(Opcode.CALL, 0, loc(decos.get(i)));
        c.nameOp(name, ExprContext.Store, loc);
    }

    /** CPython's {@code compiler_check_debug_args}: no parameter may be named {@code __debug__}. */
    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        for (Arg a : all) {
            c.checkForbidden(a.arg(), ExprContext.Store, new Location(a.lineno(), a.endLineno(), a.colOffset(), a.endColOffset()));
        }
    }

    void lambda(Lambda e, Location loc) {
        checkDebugArgs(e.args());
        int flags = defaults(e.args(), loc);
        Scope scope = c.symtable.require(e);
        CodeUnit unit = c.enterScope(CodeUnit.Kind.LAMBDA, scope, "<lambda>", e.lineno());
        c.addOp(Opcode.RESUME, 0, new Location(e.lineno(), e.lineno(), 0, 0));
        unit.addConst(PyNone.NONE);
        unit.argCount = e.args().args().size();
        unit.posOnlyArgCount = e.args().posonlyargs().size();
        unit.kwOnlyArgCount = e.args().kwonlyargs().size();
        c.exprs.visit(e.body());
        if (!scope.isGenerator()) {
            c.addOp(Opcode.RETURN_VALUE, loc(e.body()));
            c.addReturnNone();
        } else {
            c.addOp(Opcode.RETURN_VALUE, Location.NONE); // a generator lambda returns what its body leaves; CPython adds no None
        }
        CodeUnit done = c.exitScope();
        makeClosure(done, flags, loc);
    }

    /** CPython's {@code _PyCompile_CleanDoc}: tabs expanded, the common indentation of later lines removed. */
    static String cleanDoc(String doc) {
        String d = expandTabs(doc);
        String[] lines = d.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < l.length() && l.charAt(k) == ' ') k++;
            if (k < l.length()) margin = Math.min(margin, k);
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        StringBuilder sb = new StringBuilder(lines[0].stripLeading().length() == lines[0].length() ? lines[0] : stripSpaces(lines[0]));
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            int k = 0;
            while (k < margin && k < l.length() && l.charAt(k) == ' ') k++;
            sb.append('\n').append(l, k, l.length());
        }
        return sb.toString();
    }

    private static String stripSpaces(String s) {
        int k = 0;
        while (k < s.length() && s.charAt(k) == ' ') k++;
        return s.substring(k);
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int n = 8 - col % 8;
                sb.append(" ".repeat(n));
                col += n;
            } else {
                sb.append(ch);
                col = ch == '\n' || ch == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** CPython's {@code compiler_default_arguments}: pushes the defaults tuple and kw-defaults dict. */
    private int defaults(Arguments args, Location loc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            c.exprs.visitAll(args.defaults());
            c.addOp(Opcode.BUILD_TUPLE, args.defaults().size(), loc);
            flags |= DEFAULTS;
        }
        List<PyObj> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(PyStr.of(c.mangle(args.kwonlyargs().get(i).arg())));
                c.exprs.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            c.addConst(new PyTuple(keys), loc);
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= KWDEFAULTS;
        }
        return flags;
    }

    /** CPython's {@code compiler_visit_annotations}: a tuple of (name, annotation) pairs, if any. */
    private boolean annotations(Arguments args, Expr returns, Location loc) {
        int[] len = {0};
        for (Arg a : args.args()) annotation(a.arg(), a.annotation(), len, loc);
        for (Arg a : args.posonlyargs()) annotation(a.arg(), a.annotation(), len, loc);
        if (args.vararg() != null) annotation(args.vararg().arg(), args.vararg().annotation(), len, loc);
        for (Arg a : args.kwonlyargs()) annotation(a.arg(), a.annotation(), len, loc);
        if (args.kwarg() != null) annotation(args.kwarg().arg(), args.kwarg().annotation(), len, loc);
        annotation("return", returns, len, loc);
        if (len[0] == 0) return false;
        c.addOp(Opcode.BUILD_TUPLE, len[0], loc);
        return true;
    }

    private void annotation(String id, Expr ann, int[] len, Location loc) {
        if (ann == null) return;
        c.addConst(PyStr.of(c.mangle(id)), loc);
        if (c.symtable.future().annotations()) {
            c.addConst(PyStr.of(AnnotationUnparser.unparse(ann)), loc(ann)); // PEP 563: the source text
        } else if (ann instanceof Starred st) {
            c.exprs.visit(st.value());
            c.addOp(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            c.exprs.visit(ann);
        }
        len[0] += 2;
    }

    /** CPython's {@code compiler_make_closure}: the closure tuple, the code constant, MAKE_FUNCTION and its attributes. */
    void makeClosure(CodeUnit child, int flags, Location loc) {
        if (!child.freevars.isEmpty()) {
            for (String name : child.freevars.keySet()) {
                // CPython's get_ref_type: in a class body these two are always its own cells
                SymbolScope ref = c.u.kind == CodeUnit.Kind.CLASS
                        && (name.equals("__class__") || name.equals("__classdict__")) ? SymbolScope.CELL : c.scopeOf(name);
                int arg = ref == SymbolScope.CELL ? CodeUnit.index(c.u.cellvars, name)
                        : CodeUnit.index(c.u.freevars, name) + c.u.cellvars.size();
                c.addOp(Opcode.LOAD_CLOSURE, arg, loc);
            }
            flags |= CLOSURE;
            c.addOp(Opcode.BUILD_TUPLE, child.freevars.size(), loc);
        }
        c.addConst(child.code, loc);
        c.addOp(Opcode.MAKE_FUNCTION, loc);
        for (int f : new int[] {CLOSURE, ANNOTATIONS, KWDEFAULTS, DEFAULTS}) {
            if ((flags & f) != 0) c.addOp(Opcode.SET_FUNCTION_ATTRIBUTE, f, loc);
        }
    }

    void returnStmt(Return r, Location loc) {
        Expr v = r.value();
        boolean preserveTos = v != null && !(v instanceof Constant);
        if (!c.u.scope.isFunctionLike()) throw c.error("'return' outside function", loc);
        if (v != null && c.u.scope.isCoroutine() && c.u.scope.isGenerator()) throw c.error("'return' with value in async generator", loc);
        if (preserveTos) {
            c.exprs.visit(v);
        } else if (v != null) {
            loc = loc(v);
            c.addOp(Opcode.NOP, loc);
        }
        if (v == null || v.lineno() != r.lineno()) {
            loc = loc(r);
            c.addOp(Opcode.NOP, loc);
        }
        Location[] at = {loc};
        c.unwindStack(at, preserveTos, false);
        if (v == null) c.addConst(PyNone.NONE, at[0]);
        else if (!preserveTos) c.addConst(((Constant) v).value(), at[0]);
        c.addOp(Opcode.RETURN_VALUE, at[0]);
    }

    void yield(Yield y, Location loc) {
        if (!c.u.scope.isFunctionLike()) throw c.error("'yield' outside function", loc);
        if (y.value() != null) c.exprs.visit(y.value());
        else c.addConst(PyNone.NONE, loc);
        addYield(loc);
    }

    /** ADDOP_YIELD: YIELD_VALUE (wrapped for an async generator) and the RESUME after it. */
    void addYield(Location loc) {
        if (c.u.scope.isGenerator() && c.u.scope.isCoroutine()) {
            c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_ASYNC_GEN_WRAP"), loc);
        }
        c.addOp(Opcode.YIELD_VALUE, 0, loc);
        c.addOp(Opcode.RESUME, 1, loc);
    }

    void yieldFrom(YieldFrom y, Location loc) {
        if (!c.u.scope.isFunctionLike()) throw c.error("'yield from' outside function", loc);
        if (c.u.kind == CodeUnit.Kind.ASYNC_FUNCTION) throw c.error("'yield from' inside async function", loc);
        c.exprs.visit(y.value());
        c.addOp(Opcode.GET_YIELD_FROM_ITER, loc);
        c.addConst(PyNone.NONE, loc);
        addYieldFrom(loc, false);
    }

    void await(Await a, Location loc) {
        if (!c.u.scope.isFunctionLike()) throw c.error("'await' outside function", loc);
        if (c.u.kind != CodeUnit.Kind.ASYNC_FUNCTION && c.u.kind != CodeUnit.Kind.COMPREHENSION) {
            throw c.error("'await' outside async function", loc);
        }
        c.exprs.visit(a.value());
        c.addOp(Opcode.GET_AWAITABLE, 0, loc);
        c.addConst(PyNone.NONE, loc);
        addYieldFrom(loc, true);
    }

    /** CPython's {@code compiler_add_yield_from}: the SEND loop with its virtual try for throw() and close(). */
    void addYieldFrom(Location loc, boolean await) {
        int send = c.newLabel(), fail = c.newLabel(), exit = c.newLabel();
        c.useLabel(send);
        c.jump(Opcode.SEND, exit, loc);
        c.jump(Opcode.SETUP_FINALLY, fail, loc);
        c.addOp(Opcode.YIELD_VALUE, 1, loc);
        c.addOp(Opcode.POP_BLOCK, Location.NONE);
        c.addOp(Opcode.RESUME, await ? 3 : 2, loc);
        c.jump(Opcode.JUMP_NO_INTERRUPT, send, loc);
        c.useLabel(fail);
        c.addOp(Opcode.CLEANUP_THROW, loc);
        c.useLabel(exit);
        c.addOp(Opcode.END_SEND, loc);
    }
}
