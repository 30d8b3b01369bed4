package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Code generation for {@code match} statements (CPython 3.13's {@code compiler_match} and the
 * {@code compiler_pattern_*} family in {@code Python/compile.c}): the subject stays on the stack while
 * each case's pattern is tried, captured names are kept on the stack until the whole pattern matched,
 * and a failing check jumps to a "fail-pop" label that pops what has piled up so far.
 */
final class MatchCodegen {
    private final Codegen c;

    MatchCodegen(Codegen c) { this.c = c; }

    /** The state of one pattern being compiled (CPython's {@code pattern_context}). */
    static final class Ctx {
        /** The names captured so far, in the order their values lie on the stack. */
        List<String> stores = new ArrayList<>();
        /** Whether an irrefutable pattern is allowed here. */
        boolean allowIrrefutable;
        /** failPop.get(n) pops n items and falls through to failPop.get(n - 1)...; label 0 is the failure. */
        List<Integer> failPop = new ArrayList<>();
        /** How many items lie above the stored captures that a sub-pattern must leave alone. */
        int onTop;

        Ctx copy() {
            Ctx k = new Ctx();
            k.stores = stores;
            k.allowIrrefutable = allowIrrefutable;
            k.failPop = failPop;
            k.onTop = onTop;
            return k;
        }
    }

    static boolean isWildcard(Pattern p) { return p instanceof MatchAs a && a.pattern() == null && a.name() == null; }

    private static boolean isStarWildcard(Pattern p) { return p instanceof MatchStar s && s.name() == null; }

    static Location loc(Pattern p) { return new Location(p.lineno(), p.endLineno(), p.colOffset(), p.endColOffset()); }

    /** CPython's {@code compiler_match}. */
    void match(Match s) {
        c.exprs.visit(s.subject());
        int end = c.newLabel();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            MatchCase m = cases.get(i);
            Location ploc = loc(m.pattern());
            if (i != last) c.addOp(Opcode.COPY, 1, ploc);
            Ctx pc = new Ctx();
            // an irrefutable case must be guarded, last, or both
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) c.nameOp(name, ExprContext.Store, ploc);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                c.exprs.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != last) c.addOp(Opcode.POP_TOP, ploc);
            c.stmts.visitAll(m.body());
            c.jump(Opcode.JUMP, end, Location.NONE);
            // the cleanup of a failed pattern belongs to the pattern's line, not the body's last
            emitAndResetFailPop(pc, ploc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            Location ploc = loc(m.pattern());
            // line coverage for the default case, which makes no code of its own
            c.addOp(Opcode.NOP, ploc);
            if (m.guard() != null) c.exprs.jumpIf(m.guard(), end, false);
            c.stmts.visitAll(m.body());
        }
        c.useLabel(end);
    }

    // ---- fail-pop labels ----

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(c.newLabel());
    }

    void jumpToFailPop(Ctx pc, Opcode op, Location loc) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        c.jump(op, pc.failPop.get(pops), loc);
    }

    void emitAndResetFailPop(Ctx pc, Location loc) {
        if (pc.failPop.isEmpty()) return;
        for (int k = pc.failPop.size() - 1; k > 0; k--) {
            c.useLabel(pc.failPop.get(k));
            c.addOp(Opcode.POP_TOP, loc);
        }
        c.useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    // ---- stores ----

    void rotate(int count, Location loc) {
        while (count > 1) c.addOp(Opcode.SWAP, count--, loc);
    }

    /** CPython's {@code pattern_helper_store_name}: keeps the value beneath the items still in use. */
    void storeName(String name, Ctx pc, Location loc) {
        if (name == null) {
            c.addOp(Opcode.POP_TOP, loc);
            return;
        }
        c.checkForbidden(name, ExprContext.Store, loc);
        if (pc.stores.contains(name)) throw duplicateStore(name, loc);
        rotate(pc.onTop + pc.stores.size() + 1, loc);
        pc.stores.add(name);
    }

    RuntimeException duplicateStore(String name, Location loc) {
        return c.error("multiple assignments to name " + PyRepr.repr(PyStr.of(name)) + " in pattern", loc);
    }

    // ---- patterns ----

    /** CPython's {@code compiler_pattern}. */
    void pattern(Pattern p, Ctx pc) {
        Location loc = loc(p);
        switch (p) {
            case MatchValue v -> {
                if (!(v.value() instanceof Constant) && !(v.value() instanceof Attribute)) {
                    throw c.error("patterns may only match literals and attribute lookups", loc);
                }
                c.exprs.visit(v.value());
                c.exprs.addCompare(CmpOperator.Eq, loc);
                c.addOp(Opcode.TO_BOOL, loc);
                jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
            }
            case MatchSingleton s -> {
                c.addConst(s.value(), loc);
                c.exprs.addCompare(CmpOperator.Is, loc);
                jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
            }
            case MatchSequence s -> sequence(s, pc, loc);
            case MatchMapping m -> new MatchMappingCodegen(c, this).mapping(m, pc, loc);
            case MatchClass k -> new MatchMappingCodegen(c, this).classPattern(k, pc, loc);
            case MatchStar s -> storeName(s.name(), pc, loc);
            case MatchAs a -> as(a, pc, loc);
            case MatchOr o -> new MatchOrCodegen(c, this).or(o, pc, loc);
        }
    }

    /** CPython's {@code compiler_pattern_subpattern}: a pattern where irrefutable ones are fine. */
    void subpattern(Pattern p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void as(MatchAs a, Ctx pc, Location loc) {
        if (a.pattern() == null) {
            if (!pc.allowIrrefutable) {
                if (a.name() != null) {
                    throw c.error("name capture " + PyRepr.repr(PyStr.of(a.name())) + " makes remaining patterns unreachable", loc);
                }
                throw c.error("wildcard makes remaining patterns unreachable", loc);
            }
            storeName(a.name(), pc, loc);
            return;
        }
        // keep a copy to store once the sub-pattern matched
        pc.onTop++;
        c.addOp(Opcode.COPY, 1, loc);
        pattern(a.pattern(), pc);
        pc.onTop--;
        storeName(a.name(), pc, loc);
    }

    private void sequence(MatchSequence s, Ctx pc, Location loc) {
        List<Pattern> ps = s.patterns();
        int size = ps.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = ps.get(i);
            if (p instanceof MatchStar) {
                if (star >= 0) throw c.error("multiple starred names in sequence pattern", loc);
                starWildcard = isStarWildcard(p);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        // the subject stays on top through the type and length checks
        pc.onTop++;
        c.addOp(Opcode.MATCH_SEQUENCE, loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
        if (star < 0) {
            lengthCheck(size, CmpOperator.Eq, pc, loc);
        } else if (size - 1 != 0) {
            lengthCheck(size - 1, CmpOperator.GtE, pc, loc);
        }
        pc.onTop--;
        if (onlyWildcard) {
            c.addOp(Opcode.POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(ps, star, pc, loc);
        } else {
            sequenceUnpack(ps, pc, loc);
        }
    }

    void lengthCheck(int n, CmpOperator op, Ctx pc, Location loc) {
        c.addOp(Opcode.GET_LEN, loc);
        c.addConst(PyInt.of(n), loc);
        c.exprs.addCompare(op, loc);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE, loc);
    }

    private void sequenceUnpack(List<Pattern> ps, Ctx pc, Location loc) {
        int n = ps.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (ps.get(i) instanceof MatchStar) {
                if (seenStar) throw c.error("multiple starred expressions in sequence pattern", loc);
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking sequence pattern", loc);
                }
                c.addOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) c.addOp(Opcode.UNPACK_SEQUENCE, n, loc);
        // each new subject stays until its own sub-pattern has run
        pc.onTop += n;
        for (Pattern p : ps) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    /** Element access by index for patterns with a {@code *_}: no unpacking of the whole sequence. */
    private void sequenceSubscr(List<Pattern> ps, int star, Ctx pc, Location loc) {
        pc.onTop++;
        int size = ps.size();
        for (int i = 0; i < size; i++) {
            Pattern p = ps.get(i);
            if (isWildcard(p) || i == star) continue;
            c.addOp(Opcode.COPY, 1, loc);
            if (i < star) {
                c.addConst(PyInt.of(i), loc);
            } else {
                // the subject may not support negative indexes
                c.addOp(Opcode.GET_LEN, loc);
                c.addConst(PyInt.of(size - i), loc);
                c.addOp(Opcode.BINARY_OP, ExprCodegen.binaryOparg(Operator.Sub, false), loc);
            }
            c.addOp(Opcode.BINARY_SUBSCR, loc);
            subpattern(p, pc);
        }
        pc.onTop--;
        c.addOp(Opcode.POP_TOP, loc);
    }
}
