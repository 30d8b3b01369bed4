package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.compile.CodeUnit.FBlock;
import dev.jpy.toolchain.instr.Location;

import java.util.List;

/**
 * try/except/else/finally and with (CPython 3.13's {@code compiler_try_except},
 * {@code compiler_try_finally}, {@code compiler_with}) and the unwinding of their frame blocks when
 * return, break or continue leaves them ({@code compiler_unwind_fblock}).
 */
final class ExceptionCodegen {
    private final Codegen c;

    ExceptionCodegen(Codegen c) { this.c = c; }

    void tryStmt(Try s, Location loc) {
        if (!s.finalbody().isEmpty()) tryFinally(s, loc);
        else tryExcept(s, loc);
    }

    /** The handler at {@code label}: its own errors go to {@code cleanup}; the exception is pushed as the current one. */
    private void startHandler(int label, int cleanup, Location loc) {
        c.useLabel(label);
        c.jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        c.addOp(Opcode.PUSH_EXC_INFO, loc);
    }

    /** Ends a handler block that fell through without a match: re-raise, then the cleanup that restores the old exception. */
    private void endHandler(int cleanup) {
        c.popBlock();
        c.addOp(Opcode.RERAISE, 0, Location.NONE);
        c.useLabel(cleanup);
        popExceptAndReraise(Location.NONE);
    }

    private void popExceptAndReraise(Location loc) {
        c.addOp(Opcode.COPY, 3, loc);
        c.addOp(Opcode.POP_EXCEPT, loc);
        c.addOp(Opcode.RERAISE, 1, loc);
    }

    /** try/except* (CPython's {@code compiler_try_star_finally} and {@code compiler_try_star_except}). */
    void tryStar(TryStar s, Location loc) {
        if (s.finalbody().isEmpty()) tryStarExcept(s, loc);
        else withFinally(s.finalbody(), () -> {
            if (!s.handlers().isEmpty()) tryStarExcept(s, loc);
            else c.stmts.visitAll(s.body());
        }, loc);
    }

    private void tryStarExcept(TryStar s, Location loc) {
        Location none = Location.NONE;
        int body = c.newLabel(), except = c.newLabel(), orelse = c.newLabel(), end = c.newLabel();
        int cleanup = c.newLabel(), reraiseStar = c.newLabel();
        c.jump(Opcode.SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.pushBlock(FBlock.Kind.TRY_EXCEPT, body, -1, null, loc);
        c.stmts.visitAll(s.body());
        c.popBlock();
        c.addOp(Opcode.POP_BLOCK, none);
        c.jump(Opcode.JUMP_NO_INTERRUPT, orelse, none);
        int n = s.handlers().size();
        startHandler(except, cleanup, Location.NONE);
        c.pushBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, -1, -1, null, loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) s.handlers().get(i);
            Location hloc = new Location(h.lineno(), h.endLineno(), h.colOffset(), h.endColOffset());
            int next = c.newLabel(), exceptWithError = c.newLabel(), noMatch = c.newLabel();
            if (i == 0) {
                c.addOp(Opcode.BUILD_LIST, 0, hloc);
                c.addOp(Opcode.COPY, 2, hloc);
            }
            if (h.type() != null) {
                c.exprs.visit(h.type());
                c.addOp(Opcode.CHECK_EG_MATCH, hloc);
                c.addOp(Opcode.COPY, 1, hloc);
                c.jump(Opcode.POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
            if (h.name() != null) c.nameOp(h.name(), ExprContext.Store, hloc);
            else c.addOp(Opcode.POP_TOP, hloc);
            c.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
            c.useLabel(cleanupBody);
            c.pushBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
            c.stmts.visitAll(h.body());
            c.popBlock();
            c.addOp(Opcode.POP_BLOCK, none);
            if (h.name() != null) clearName(h.name(), none);
            c.jump(Opcode.JUMP_NO_INTERRUPT, next, none);
            c.useLabel(cleanupEnd);
            if (h.name() != null) clearName(h.name(), none);
            c.addOp(Opcode.LIST_APPEND, 3, none);
            c.addOp(Opcode.POP_TOP, none);
            c.jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            c.useLabel(next);
            c.addOp(Opcode.NOP, none);
            c.jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, none);
            c.useLabel(noMatch);
            c.addOp(Opcode.POP_TOP, hloc);
            c.useLabel(exceptWithError);
            if (i == n - 1) {
                c.addOp(Opcode.LIST_APPEND, 1, none);
                c.jump(Opcode.JUMP_NO_INTERRUPT, reraiseStar, none);
            }
        }
        c.popBlock();
        int reraise = c.newLabel();
        c.useLabel(reraiseStar);
        c.addOp(Opcode.CALL_INTRINSIC_2, Opcode.INTRINSIC_2_DESCS.indexOf("INTRINSIC_PREP_RERAISE_STAR"), none);
        c.addOp(Opcode.COPY, 1, none);
        c.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, none);
        c.addOp(Opcode.POP_TOP, none);
        c.addOp(Opcode.POP_BLOCK, none);
        c.addOp(Opcode.POP_EXCEPT, none);
        c.jump(Opcode.JUMP_NO_INTERRUPT, end, none);
        c.useLabel(reraise);
        c.addOp(Opcode.POP_BLOCK, none);
        c.addOp(Opcode.SWAP, 2, none);
        c.addOp(Opcode.POP_EXCEPT, none);
        c.addOp(Opcode.RERAISE, 0, none);
        c.useLabel(cleanup);
        popExceptAndReraise(none);
        c.useLabel(orelse);
        c.stmts.visitAll(s.orelse());
        c.useLabel(end);
    }

    private void tryFinally(Try s, Location loc) {
        withFinally(s.finalbody(), () -> {
            if (!s.handlers().isEmpty()) tryExcept(s, loc);
            else c.stmts.visitAll(s.body());
        }, loc);
    }

    /** CPython's {@code compiler_try_finally} around {@code body}: the finally code on both the normal and the exception path. */
    private void withFinally(List<Stmt> finalbody, Runnable body, Location loc) {
        int start = c.newLabel(), end = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.jump(Opcode.SETUP_FINALLY, end, loc);
        c.useLabel(start);
        c.pushBlock(FBlock.Kind.FINALLY_TRY, start, end, finalbody, loc);
        body.run();
        c.addOp(Opcode.POP_BLOCK, Location.NONE);
        c.popBlock();
        c.stmts.visitAll(finalbody);
        c.jump(Opcode.JUMP_NO_INTERRUPT, exit, Location.NONE);
        startHandler(end, cleanup, Location.NONE);
        c.pushBlock(FBlock.Kind.FINALLY_END, end, -1, null, Location.NONE);
        c.stmts.visitAll(finalbody);
        endHandler(cleanup);
        c.useLabel(exit);
    }

    private void tryExcept(Try s, Location loc) {
        int body = c.newLabel(), except = c.newLabel(), end = c.newLabel(), cleanup = c.newLabel();
        c.jump(Opcode.SETUP_FINALLY, except, loc);
        c.useLabel(body);
        c.pushBlock(FBlock.Kind.TRY_EXCEPT, body, -1, null, loc);
        c.stmts.visitAll(s.body());
        c.popBlock();
        c.addOp(Opcode.POP_BLOCK, Location.NONE);
        c.stmts.visitAll(s.orelse());
        c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        List<ExceptHandlerKind> handlers = s.handlers();
        int n = handlers.size();
        startHandler(except, cleanup, Location.NONE);
        c.pushBlock(FBlock.Kind.EXCEPTION_HANDLER, -1, -1, null, loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = (ExceptHandler) handlers.get(i);
            Location hloc = new Location(h.lineno(), h.endLineno(), h.colOffset(), h.endColOffset());
            if (h.type() == null && i < n - 1) throw c.error("default 'except:' must be last", hloc);
            int next = c.newLabel();
            if (h.type() != null) {
                c.exprs.visit(h.type());
                c.addOp(Opcode.CHECK_EXC_MATCH, hloc);
                c.jump(Opcode.POP_JUMP_IF_FALSE, next, hloc);
            }
            if (h.name() != null) {
                int cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
                c.nameOp(h.name(), ExprContext.Store, hloc);
                c.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hloc);
                c.useLabel(cleanupBody);
                c.pushBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, -1, h.name(), hloc);
                c.stmts.visitAll(h.body());
                c.popBlock();
                c.addOp(Opcode.POP_BLOCK, Location.NONE);
                c.addOp(Opcode.POP_BLOCK, Location.NONE);
                c.addOp(Opcode.POP_EXCEPT, Location.NONE);
                clearName(h.name(), Location.NONE);
                c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                c.useLabel(cleanupEnd);
                clearName(h.name(), Location.NONE);
                c.addOp(Opcode.RERAISE, 1, Location.NONE);
            } else {
                int cleanupBody = c.newLabel();
                c.addOp(Opcode.POP_TOP, hloc);
                c.useLabel(cleanupBody);
                c.pushBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, -1, null, hloc);
                c.stmts.visitAll(h.body());
                c.popBlock();
                c.addOp(Opcode.POP_BLOCK, Location.NONE);
                c.addOp(Opcode.POP_EXCEPT, Location.NONE);
                c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
            }
            c.useLabel(next);
        }
        endHandler(cleanup);
        c.useLabel(end);
    }

    /** {@code name = None; del name}, so the exception does not outlive its handler. */
    private void clearName(String name, Location loc) {
        c.addConst(PyNone.NONE, loc);
        c.nameOp(name, ExprContext.Store, loc);
        c.nameOp(name, ExprContext.Del, loc);
    }

    void with(With s, int pos, Location stmtLoc) {
        WithItem item = s.items().get(pos);
        Location loc = loc(item.contextExpr());
        int block = c.newLabel(), fin = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.exprs.visit(item.contextExpr());
        c.addOp(Opcode.BEFORE_WITH, loc);
        c.jump(Opcode.SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.pushBlock(FBlock.Kind.WITH, block, fin, loc, loc);
        if (item.optionalVars() != null) c.exprs.visit(item.optionalVars());
        else c.addOp(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) c.stmts.visitAll(s.body());
        else with(s, pos + 1, stmtLoc);
        c.addOp(Opcode.POP_BLOCK, Location.NONE);
        c.popBlock();
        callExitWithNones(loc);
        c.addOp(Opcode.POP_TOP, loc);
        c.jump(Opcode.JUMP, exit, loc);
        startHandler(fin, cleanup, loc);
        c.addOp(Opcode.WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    void asyncWith(AsyncWith s, int pos, Location stmtLoc) {
        if (c.u.kind != CodeUnit.Kind.ASYNC_FUNCTION) throw c.error("'async with' outside async function", stmtLoc);
        WithItem item = s.items().get(pos);
        int block = c.newLabel(), fin = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
        c.exprs.visit(item.contextExpr());
        Location loc = loc(item.contextExpr());
        c.addOp(Opcode.BEFORE_ASYNC_WITH, loc);
        awaitResult(loc, 1);
        c.jump(Opcode.SETUP_WITH, fin, loc);
        c.useLabel(block);
        c.pushBlock(FBlock.Kind.ASYNC_WITH, block, fin, loc, loc);
        if (item.optionalVars() != null) c.exprs.visit(item.optionalVars());
        else c.addOp(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) c.stmts.visitAll(s.body());
        else asyncWith(s, pos + 1, stmtLoc);
        c.popBlock();
        c.addOp(Opcode.POP_BLOCK, loc);
        callExitWithNones(loc);
        awaitResult(loc, 2);
        c.addOp(Opcode.POP_TOP, loc);
        c.jump(Opcode.JUMP, exit, loc);
        startHandler(fin, cleanup, loc);
        c.addOp(Opcode.WITH_EXCEPT_START, loc);
        awaitResult(loc, 2);
        withExceptFinish(cleanup);
        c.useLabel(exit);
    }

    private void awaitResult(Location loc, int where) {
        c.addOp(Opcode.GET_AWAITABLE, where, loc);
        c.addConst(PyNone.NONE, loc);
        c.functions.addYieldFrom(loc, true);
    }

    void asyncFor(AsyncFor s, Location loc) {
        if (c.u.kind != CodeUnit.Kind.ASYNC_FUNCTION) throw c.error("'async for' outside async function", loc);
        int start = c.newLabel(), except = c.newLabel(), end = c.newLabel();
        c.exprs.visit(s.iter());
        c.addOp(Opcode.GET_AITER, loc(s.iter()));
        c.useLabel(start);
        c.pushBlock(FBlock.Kind.FOR_LOOP, start, end, null, loc);
        c.jump(Opcode.SETUP_FINALLY, except, loc);
        c.addOp(Opcode.GET_ANEXT, loc);
        c.addConst(PyNone.NONE, loc);
        c.functions.addYieldFrom(loc, true);
        c.addOp(Opcode.POP_BLOCK, loc);
        c.exprs.visit(s.target());
        c.stmts.visitAll(s.body());
        c.jump(Opcode.JUMP, start, Location.NONE);
        c.popBlock();
        c.useLabel(except);
        c.addOp(Opcode.END_ASYNC_FOR, loc(s.iter()));
        c.stmts.visitAll(s.orelse());
        c.useLabel(end);
    }

    private void callExitWithNones(Location loc) {
        c.addConst(PyNone.NONE, loc);
        c.addConst(PyNone.NONE, loc);
        c.addConst(PyNone.NONE, loc);
        c.addOp(Opcode.CALL, 2, loc);
    }

    private void withExceptFinish(int cleanup) {
        Location none = Location.NONE;
        int suppress = c.newLabel(), exit = c.newLabel();
        c.addOp(Opcode.TO_BOOL, none);
        c.jump(Opcode.POP_JUMP_IF_TRUE, suppress, none);
        c.addOp(Opcode.RERAISE, 2, none);
        c.useLabel(suppress);
        c.addOp(Opcode.POP_TOP, none);
        c.addOp(Opcode.POP_BLOCK, none);
        c.addOp(Opcode.POP_EXCEPT, none);
        c.addOp(Opcode.POP_TOP, none);
        c.addOp(Opcode.POP_TOP, none);
        c.jump(Opcode.JUMP_NO_INTERRUPT, exit, none);
        c.useLabel(cleanup);
        popExceptAndReraise(none);
        c.useLabel(exit);
    }

    /** CPython's {@code compiler_unwind_fblock}. */
    @SuppressWarnings("unchecked")
    void unwindBlock(Location[] loc, FBlock b, boolean preserveTos) {
        switch (b.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION -> { }
            case FOR_LOOP -> {
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                c.addOp(Opcode.POP_TOP, loc[0]);
            }
            case TRY_EXCEPT -> c.addOp(Opcode.POP_BLOCK, loc[0]);
            case FINALLY_TRY -> {
                c.addOp(Opcode.POP_BLOCK, loc[0]);
                if (preserveTos) c.pushBlock(FBlock.Kind.POP_VALUE, -1, -1, null, loc[0]);
                c.stmts.visitAll((List<Stmt>) b.datum());
                if (preserveTos) c.popBlock();
                loc[0] = Location.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                c.addOp(Opcode.POP_TOP, loc[0]);
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                c.addOp(Opcode.POP_BLOCK, loc[0]);
                c.addOp(Opcode.POP_EXCEPT, loc[0]);
            }
            case WITH, ASYNC_WITH -> {
                loc[0] = (Location) b.datum();
                c.addOp(Opcode.POP_BLOCK, loc[0]);
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                callExitWithNones(loc[0]);
                if (b.kind() == FBlock.Kind.ASYNC_WITH) {
                    c.addOp(Opcode.GET_AWAITABLE, 2, loc[0]);
                    c.addConst(PyNone.NONE, loc[0]);
                    c.functions.addYieldFrom(loc[0], true);
                }
                c.addOp(Opcode.POP_TOP, loc[0]);
                loc[0] = Location.NONE;
            }
            case HANDLER_CLEANUP -> {
                if (b.datum() != null) c.addOp(Opcode.POP_BLOCK, loc[0]);
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                c.addOp(Opcode.POP_BLOCK, loc[0]);
                c.addOp(Opcode.POP_EXCEPT, loc[0]);
                if (b.datum() != null) clearName((String) b.datum(), loc[0]);
            }
            case POP_VALUE -> {
                if (preserveTos) c.addOp(Opcode.SWAP, 2, loc[0]);
                c.addOp(Opcode.POP_TOP, loc[0]);
            }
        }
    }
}
