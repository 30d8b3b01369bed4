package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.compile.CodeUnit.FBlock;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Simple and loop statements (CPython 3.13's {@code compiler_visit_stmt}): assignments, augmented
 * and annotated assignment, del, if, while, for, break, continue, import, assert, raise, and the body
 * prologue ({@code compiler_body}: SETUP_ANNOTATIONS and the docstring).
 */
final class StmtCodegen {
    private final Codegen c;

    StmtCodegen(Codegen c) { this.c = c; }

    /** CPython's {@code compiler_body} for a module or class body. */
    void body(List<Stmt> stmts, boolean module, Location start) {
        Location loc = module && !stmts.isEmpty() ? loc(stmts.get(0)) : start;
        if (findAnnotation(stmts)) c.addOp(Opcode.SETUP_ANNOTATIONS, loc);
        int i = 0;
        if (c.optimize < 2 && !stmts.isEmpty() && stmts.get(0) instanceof ExprStmt s
                && s.value() instanceof Constant k && k.value() instanceof PyStr doc) {
            c.addConst(PyStr.of(FunctionCodegen.cleanDoc(doc.value())), Codegen.loc(s.value()));
            c.nameOp("__doc__", ExprContext.Store, Location.NONE);
            i = 1;
        }
        for (; i < stmts.size(); i++) visit(stmts.get(i));
    }

    /** An interactive statement's body: no docstring; SETUP_ANNOTATIONS, if needed, at line 1. */
    void interactiveBody(List<Stmt> stmts, Location start) {
        if (findAnnotation(stmts)) c.addOp(Opcode.SETUP_ANNOTATIONS, start);
        for (Stmt s : stmts) visit(s);
    }

    private static boolean findAnnotation(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case AnnAssign a -> true;
                case For f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case AsyncFor f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case While w -> findAnnotation(w.body()) || findAnnotation(w.orelse());
                case If f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case With w -> findAnnotation(w.body());
                case AsyncWith w -> findAnnotation(w.body());
                case Try t -> handlersHaveAnnotation(t.handlers()) || findAnnotation(t.body())
                        || findAnnotation(t.orelse()) || findAnnotation(t.finalbody());
                case TryStar t -> handlersHaveAnnotation(t.handlers()) || findAnnotation(t.body())
                        || findAnnotation(t.orelse()) || findAnnotation(t.finalbody());
                case Match m -> m.cases().stream().anyMatch(mc -> findAnnotation(mc.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    private static boolean handlersHaveAnnotation(List<ExceptHandlerKind> hs) {
        for (ExceptHandlerKind h : hs) if (findAnnotation(((ExceptHandler) h).body())) return true;
        return false;
    }

    void visitAll(List<Stmt> stmts) { for (Stmt s : stmts) visit(s); }

    void visit(Stmt s) {
        Location loc = loc(s);
        switch (s) {
            case ExprStmt e -> {
                if (c.printsExpressions()) {
                    c.exprs.visit(e.value());
                    c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_PRINT"), loc);
                    c.addOp(Opcode.POP_TOP, Location.NONE);
                    return;
                }
                if (e.value() instanceof Constant) {
                    c.addOp(Opcode.NOP, loc);
                    return;
                }
                c.exprs.visit(e.value());
                c.addOp(Opcode.POP_TOP, Location.NONE);
            }
            case Assign a -> {
                c.exprs.visit(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) c.addOp(Opcode.COPY, 1, loc);
                    c.exprs.visit(a.targets().get(i));
                }
            }
            case AugAssign a -> augAssign(a, loc);
            case AnnAssign a -> annAssign(a, loc);
            case Delete d -> c.exprs.visitAll(d.targets());
            case Pass p -> c.addOp(Opcode.NOP, loc);
            case Global g -> { }
            case Nonlocal n -> { }
            case If i -> {
                int end = c.newLabel();
                int next = i.orelse().isEmpty() ? end : c.newLabel();
                c.exprs.jumpIf(i.test(), next, false);
                visitAll(i.body());
                if (!i.orelse().isEmpty()) {
                    c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                    c.useLabel(next);
                    visitAll(i.orelse());
                }
                c.useLabel(end);
            }
            case While w -> whileLoop(w, loc);
            case For f -> forLoop(f, loc);
            case Break b -> {
                c.addOp(Opcode.NOP, loc);
                Location[] at = {loc};
                FBlock loop = c.unwindStack(at, false, true);
                if (loop == null) throw c.error("'break' outside loop", loc);
                c.exceptions.unwindBlock(at, loop, false);
                c.jump(Opcode.JUMP, loop.exit(), at[0]);
            }
            case Continue k -> {
                c.addOp(Opcode.NOP, loc);
                Location[] at = {loc};
                FBlock loop = c.unwindStack(at, false, true);
                if (loop == null) throw c.error("'continue' not properly in loop", loc);
                c.jump(Opcode.JUMP, loop.block(), at[0]);
            }
            case Return r -> c.functions.returnStmt(r, loc);
            case ClassDef k -> c.classes.classDef(k, loc);
            case Try t -> c.exceptions.tryStmt(t, loc);
            case TryStar t -> c.exceptions.tryStar(t, loc);
            case With w -> c.exceptions.with(w, 0, loc);
            case AsyncWith w -> c.exceptions.asyncWith(w, 0, loc);
            case AsyncFor f -> c.exceptions.asyncFor(f, loc);
            case FunctionDef f -> c.functions.function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false, loc);
            case AsyncFunctionDef f -> c.functions.function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true, loc);
            case Import i -> imports(i, loc);
            case ImportFrom f -> importFrom(f, loc);
            case Assert a -> {
                CompileChecks.assertion(a);
                if (c.optimize > 0) return;
                int end = c.newLabel();
                c.exprs.jumpIf(a.test(), end, true);
                c.addOp(Opcode.LOAD_ASSERTION_ERROR, loc);
                if (a.msg() != null) {
                    c.exprs.visit(a.msg());
                    c.addOp(Opcode.CALL, 0, loc);
                }
                c.addOp(Opcode.RAISE_VARARGS, 1, loc(a.test()));
                c.useLabel(end);
            }
            case Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    c.exprs.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        c.exprs.visit(r.cause());
                        n++;
                    }
                }
                c.addOp(Opcode.RAISE_VARARGS, n, loc);
            }
            case TypeAlias t -> TypeParamCodegen.typeAlias(c, t);
            case Match m -> new MatchCodegen(c).match(m);
            default -> throw new UnsupportedOperationException("codegen not implemented yet: " + s.nodeClass().name());
        }
    }

    private void whileLoop(While w, Location loc) {
        int loop = c.newLabel(), body = c.newLabel(), anchor = c.newLabel(), end = c.newLabel();
        c.useLabel(loop);
        c.pushBlock(FBlock.Kind.WHILE_LOOP, loop, end, null, loc);
        c.exprs.jumpIf(w.test(), anchor, false);
        c.useLabel(body);
        visitAll(w.body());
        c.exprs.jumpIf(w.test(), body, true);
        c.popBlock();
        c.useLabel(anchor);
        visitAll(w.orelse());
        c.useLabel(end);
    }

    private void forLoop(For f, Location loc) {
        int start = c.newLabel(), body = c.newLabel(), cleanup = c.newLabel(), end = c.newLabel();
        c.pushBlock(FBlock.Kind.FOR_LOOP, start, end, null, loc);
        c.exprs.visit(f.iter());
        Location iterLoc = loc(f.iter());
        c.addOp(Opcode.GET_ITER, iterLoc);
        c.useLabel(start);
        c.jump(Opcode.FOR_ITER, cleanup, iterLoc);
        c.addOp(Opcode.NOP, loc(f.target()));
        c.useLabel(body);
        c.exprs.visit(f.target());
        visitAll(f.body());
        c.jump(Opcode.JUMP, start, Location.NONE);
        c.useLabel(cleanup);
        c.addOp(Opcode.END_FOR, Location.NONE);
        c.addOp(Opcode.POP_TOP, Location.NONE);
        c.popBlock();
        visitAll(f.orelse());
        c.useLabel(end);
    }

    private void augAssign(AugAssign a, Location loc) {
        Expr e = a.target();
        Location eloc = loc(e);
        switch (e) {
            case Attribute at -> {
                c.exprs.visit(at.value());
                c.addOp(Opcode.COPY, 1, eloc); // the whole target's span; only LOAD_ATTR moves to the name
                c.addName(Opcode.LOAD_ATTR, at.attr(), ExprCodegen.attrLoc(eloc, at));
            }
            case Subscript sub -> {
                c.exprs.visit(sub.value());
                if (ExprCodegen.isTwoElementSlice(sub.slice())) {
                    c.exprs.slice((Slice) sub.slice());
                    c.addOp(Opcode.COPY, 3, eloc);
                    c.addOp(Opcode.COPY, 3, eloc);
                    c.addOp(Opcode.COPY, 3, eloc);
                    c.addOp(Opcode.BINARY_SLICE, eloc);
                } else {
                    c.exprs.visit(sub.slice());
                    c.addOp(Opcode.COPY, 2, eloc);
                    c.addOp(Opcode.COPY, 2, eloc);
                    c.addOp(Opcode.BINARY_SUBSCR, eloc);
                }
            }
            case Name n -> c.nameOp(n.id(), ExprContext.Load, eloc);
            default -> throw c.error("illegal expression for augmented assignment", eloc);
        }
        c.exprs.visit(a.value());
        c.addOp(Opcode.BINARY_OP, ExprCodegen.binaryOparg(a.op(), true), loc);
        switch (e) {
            case Attribute at -> {
                Location l = ExprCodegen.attrLoc(eloc, at);
                c.addOp(Opcode.SWAP, 2, l);
                c.addName(Opcode.STORE_ATTR, at.attr(), l);
            }
            case Subscript sub -> {
                if (ExprCodegen.isTwoElementSlice(sub.slice())) {
                    c.addOp(Opcode.SWAP, 4, eloc);
                    c.addOp(Opcode.SWAP, 3, eloc);
                    c.addOp(Opcode.SWAP, 2, eloc);
                    c.addOp(Opcode.STORE_SLICE, eloc);
                } else {
                    c.addOp(Opcode.SWAP, 3, eloc);
                    c.addOp(Opcode.SWAP, 2, eloc);
                    c.addOp(Opcode.STORE_SUBSCR, eloc);
                }
            }
            default -> c.nameOp(((Name) e).id(), ExprContext.Store, eloc);
        }
    }

    private void annAssign(AnnAssign a, Location loc) {
        Expr t = a.target();
        if (a.value() != null) {
            c.exprs.visit(a.value());
            c.exprs.visit(t);
        }
        boolean future = c.symtable.future().annotations();
        boolean moduleOrClass = !c.u.scope.isFunctionLike();
        switch (t) {
            case Name n -> {
                if (a.simple() != 0 && moduleOrClass) {
                    if (future) c.addConst(PyStr.of(AnnotationUnparser.unparse(a.annotation())), loc(a.annotation()));
                    else c.exprs.visit(a.annotation());
                    c.addName(Opcode.LOAD_NAME, "__annotations__", loc);
                    c.addConst(PyStr.of(c.mangle(n.id())), loc);
                    c.addOp(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Attribute at -> {
                if (a.value() == null) checkAnnExpr(at.value());
            }
            case Subscript sub -> {
                if (a.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscript(sub.slice());
                }
            }
            default -> { }
        }
        if (a.simple() == 0 && !future && moduleOrClass) checkAnnExpr(a.annotation());
    }

    private void checkAnnExpr(Expr e) {
        c.exprs.visit(e);
        c.addOp(Opcode.POP_TOP, loc(e));
    }

    private void checkAnnSubscript(Expr e) {
        switch (e) {
            case Slice s -> {
                if (s.lower() != null) checkAnnExpr(s.lower());
                if (s.upper() != null) checkAnnExpr(s.upper());
                if (s.step() != null) checkAnnExpr(s.step());
            }
            case Tuple t -> { for (Expr x : t.elts()) checkAnnSubscript(x); }
            default -> checkAnnExpr(e);
        }
    }

    /** CPython's {@code unpack_helper} and {@code assignment_helper} for a tuple or list target. */
    void unpackTargets(List<Expr> elts, Location loc) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Starred) {
                if (seenStar) throw c.error("multiple starred expressions in assignment", loc);
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment", loc);
                }
                c.addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) c.addOp(Opcode.UNPACK_SEQUENCE, n, loc);
        for (Expr e : elts) c.exprs.visit(e instanceof Starred s ? s.value() : e);
    }

    private void imports(Import s, Location loc) {
        for (Alias a : s.names()) {
            c.addConst(PyInt.of(0), loc);
            c.addConst(PyNone.NONE, loc);
            c.addName(Opcode.IMPORT_NAME, a.name(), loc);
            if (a.asname() != null) {
                importAs(a.name(), a.asname(), loc);
            } else {
                int dot = a.name().indexOf('.');
                c.nameOp(dot < 0 ? a.name() : a.name().substring(0, dot), ExprContext.Store, loc);
            }
        }
    }

    private void importAs(String name, String asname, Location loc) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                c.addName(Opcode.IMPORT_FROM, name.substring(pos, dot < 0 ? name.length() : dot), loc);
                if (dot < 0) break;
                c.addOp(Opcode.SWAP, 2, loc);
                c.addOp(Opcode.POP_TOP, loc);
            }
            c.nameOp(asname, ExprContext.Store, loc);
            c.addOp(Opcode.POP_TOP, loc);
            return;
        }
        c.nameOp(asname, ExprContext.Store, loc);
    }

    private void importFrom(ImportFrom s, Location loc) {
        var fut = c.symtable.future();
        if ("__future__".equals(s.module()) && (s.level() == null || s.level() == 0)
                && (s.lineno() > fut.lineno() || (s.lineno() == fut.lineno() && s.colOffset() > fut.colOffset()))) {
            throw c.error("from __future__ imports must occur at the beginning of the file", loc);
        }
        List<PyObj> names = new ArrayList<>();
        for (Alias a : s.names()) names.add(PyStr.of(a.name()));
        c.addConst(PyInt.of(s.level() == null ? 0 : s.level()), loc);
        c.addConst(new PyTuple(names), loc);
        c.addName(Opcode.IMPORT_NAME, s.module() == null ? "" : s.module(), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().equals("*")) {
                c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_IMPORT_STAR"), loc);
                c.addOp(Opcode.POP_TOP, Location.NONE);
                return;
            }
            c.addName(Opcode.IMPORT_FROM, a.name(), loc);
            c.nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store, loc);
        }
        c.addOp(Opcode.POP_TOP, loc);
    }
}
