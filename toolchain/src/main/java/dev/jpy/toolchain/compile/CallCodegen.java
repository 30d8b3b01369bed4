package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.STACK_USE_GUIDELINE;
import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Calls (CPython 3.13's {@code compiler_call}, {@code maybe_optimize_method_call},
 * {@code compiler_call_helper}): CALL, CALL_KW with a tuple of keyword names, or CALL_FUNCTION_EX
 * when arguments are unpacked; {@code obj.meth(...)} through LOAD_ATTR with the method bit.
 */
final class CallCodegen {
    private final Codegen c;

    CallCodegen(Codegen c) { this.c = c; }

    void call(Call e) {
        validateKeywords(e.keywords());
        if (methodCall(e)) return;
        CompileChecks.caller(e.func());
        c.exprs.visit(e.func());
        c.addOp(Opcode.PUSH_NULL, loc(e.func()));
        helper(loc(e), 0, e.args(), e.keywords());
    }

    private boolean methodCall(Call e) {
        if (!(e.func() instanceof Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        int argsl = e.args().size(), kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : e.args()) if (a instanceof Starred) return false;
        for (Keyword k : e.keywords()) if (k.arg() == null) return false;
        if (meth.value() instanceof Name n && (c.topFlags(n.id()) & dev.jpy.toolchain.symtable.Symbol.DEF_IMPORT) != 0) {
            return false;   // an imported module's function is not a method
        }
        Location loc = loc(meth);
        if (c.exprs.canOptimizeSuperCall(meth)) {
            c.exprs.loadArgsForSuper(meth);
            boolean zero = ((Call) meth.value()).args().isEmpty();
            c.addName(zero ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_SUPER_METHOD, meth.attr(), loc);
            loc = ExprCodegen.attrLoc(loc, meth);
            c.addOp(Opcode.NOP, loc);
        } else {
            c.exprs.visit(meth.value());
            loc = ExprCodegen.attrLoc(loc, meth);
            c.addName(Opcode.LOAD_METHOD, meth.attr(), loc);
        }
        c.exprs.visitAll(e.args());
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) c.exprs.visit(k.value());
            kwNames(e.keywords(), loc);
            c.addOp(Opcode.CALL_KW, argsl + kwdsl, ExprCodegen.attrLoc(loc(e), meth));
        } else {
            c.addOp(Opcode.CALL, argsl, ExprCodegen.attrLoc(loc(e), meth));
        }
        return true;
    }

    private void kwNames(List<Keyword> kws, Location loc) {
        List<PyObj> names = new ArrayList<>();
        for (Keyword k : kws) names.add(PyStr.of(k.arg()));
        c.addConst(new PyTuple(names), loc);
    }

    /** CPython's {@code validate_keywords}: no {@code __debug__=}, no keyword given twice. */
    private void validateKeywords(List<Keyword> kws) {
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (k.arg() == null) continue;
            c.checkForbidden(k.arg(), ExprContext.Store, keywordLoc(k));
            for (int j = i + 1; j < kws.size(); j++) {
                if (k.arg().equals(kws.get(j).arg())) throw c.error("keyword argument repeated: " + k.arg(), keywordLoc(kws.get(j)));
            }
        }
    }

    private static Location keywordLoc(Keyword k) {
        return new Location(k.lineno(), k.endLineno(), k.colOffset(), k.endColOffset());
    }

    /** CPython's {@code compiler_call_helper}; {@code n} arguments are already on the stack. */
    void helper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        helper(loc, n, args, null, keywords);
    }

    /** {@link #helper} with the variable {@code injected} (or null) passed after {@code args} (CPython's {@code compiler_call_helper_impl}). */
    void helper(Location loc, int n, List<Expr> args, String injected, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size(), nkw = keywords.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) ex |= a instanceof Starred;
        for (Keyword k : keywords) ex |= k.arg() == null;
        if (!ex) {
            c.exprs.visitAll(args);
            if (injected != null) {
                c.nameOp(injected, ExprContext.Load, loc);
                nelts++;
            }
            if (nkw > 0) {
                for (Keyword k : keywords) c.exprs.visit(k.value());
                kwNames(keywords, loc);
                c.addOp(Opcode.CALL_KW, n + nelts + nkw, loc);
            } else {
                c.addOp(Opcode.CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            c.exprs.visit(s.value());
        } else {
            c.exprs.starUnpack(args, injected, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true, loc);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = keywords.get(i);
                if (k.arg() == null) {
                    if (seen > 0) {
                        subKwargs(keywords, i - seen, i, loc);
                        if (haveDict) c.addOp(Opcode.DICT_MERGE, 1, loc);
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        c.addOp(Opcode.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    c.exprs.visit(k.value());
                    c.addOp(Opcode.DICT_MERGE, 1, loc);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subKwargs(keywords, nkw - seen, nkw, loc);
                if (haveDict) c.addOp(Opcode.DICT_MERGE, 1, loc);
            }
        }
        c.addOp(Opcode.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0, loc);
    }

    private void subKwargs(List<Keyword> kws, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) c.exprs.visit(kws.get(i).value());
            kwNames(kws.subList(begin, end), loc);
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        // Unlike a dict display, the big form's BUILD_MAP and MAP_ADD carry no location of their own.
        if (big) c.addOp(Opcode.BUILD_MAP, 0, Location.NONE);
        for (int i = begin; i < end; i++) {
            c.addConst(PyStr.of(kws.get(i).arg()), loc);
            c.exprs.visit(kws.get(i).value());
            if (big) c.addOp(Opcode.MAP_ADD, 1, Location.NONE);
        }
        if (!big) c.addOp(Opcode.BUILD_MAP, n, loc);
    }
}
