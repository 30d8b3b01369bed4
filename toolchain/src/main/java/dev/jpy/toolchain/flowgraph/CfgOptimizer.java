package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;

import java.util.Arrays;
import java.util.List;

/**
 * The optimization pipeline of a code unit's flow graph (CPython's _PyCfg_OptimizeCodeUnit and
 * optimize_cfg): inlining small exit blocks, dead code, line numbers, peephole passes, NOP and
 * redundant-jump removal, unused constants, unbound-local checks, superinstructions, cold blocks.
 */
public final class CfgOptimizer {
    private static final int MAX_COPY_SIZE = 4;

    private CfgOptimizer() {}

    public static void optimizeCodeUnit(Cfg g, Consts consts, int nlocals, int nparams, int firstLineNo) {
        g.markExceptHandlers();
        g.labelExceptionTargets();
        optimizeCfg(g, consts);
        removeUnusedConsts(g, consts);
        LocalsPasses.addChecksForUninitializedLoads(g, nlocals, nparams);
        LocalsPasses.insertSuperinstructions(g);
        Layout.pushColdBlocksToEnd(g);
        LineNumbers.resolve(g);
    }

    static void optimizeCfg(Cfg g, Consts consts) {
        g.check();
        inlineSmallOrNoLinenoBlocks(g);
        g.removeUnreachable();
        LineNumbers.resolve(g);
        BlockOptimizer opt = new BlockOptimizer(consts);
        for (BasicBlock b = g.entry; b != null; b = b.next) opt.optimize(b);
        removeRedundantNopsAndPairs(g);
        g.emptyUnreachable();
        removeRedundantNopsAndJumps(g);
    }

    private static boolean inlineSmallOrNoLineno(BasicBlock bb) {
        CfgInstr last = bb.last();
        if (last == null || !Ops.isUnconditionalJump(last.op)) return false;
        BasicBlock target = last.target;
        boolean smallExit = target.exitsScope() && target.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.hasFallthrough();
        if (!smallExit && !noLinenoNoFallthrough) return false;
        Opcode removed = last.op;
        last.setNop();
        for (CfgInstr i : target.instrs) bb.instrs.add(i.copy());
        if (noLinenoNoFallthrough) {
            CfgInstr nl = bb.last();
            if (Ops.isUnconditionalJump(nl.op) && removed == Opcode.JUMP) nl.op = Opcode.JUMP;
        }
        target.predecessors--;
        return true;
    }

    static void inlineSmallOrNoLinenoBlocks(Cfg g) {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) if (inlineSmallOrNoLineno(b)) changes = true;
        } while (changes);
    }

    /** Removes NOPs that carry no needed line number; returns how many went. */
    static int removeRedundantNops(BasicBlock bb) {
        List<CfgInstr> in = bb.instrs;
        int dest = 0;
        int prevLineno = -1;
        int n = in.size();
        for (int src = 0; src < n; src++) {
            CfgInstr ins = in.get(src);
            int lineno = ins.lineno();
            if (ins.op == Opcode.NOP) {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < n - 1) {
                    int nextLineno = in.get(src + 1).lineno();
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0) {
                        in.get(src + 1).loc = ins.loc;
                        continue;
                    }
                } else {
                    BasicBlock next = LineNumbers.nextNonEmpty(bb.next);
                    if (next != null) {
                        int nextLine = -1;
                        for (CfgInstr ni : next.instrs) {
                            if (ni.op == Opcode.NOP && ni.lineno() == -1) continue;
                            nextLine = ni.lineno();
                            break;
                        }
                        if (lineno == nextLine) continue;
                    }
                }
            }
            in.set(dest++, ins);
            prevLineno = lineno;
        }
        int removed = n - dest;
        in.subList(dest, n).clear();
        return removed;
    }

    static int removeRedundantNops(Cfg g) {
        int changes = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) changes += removeRedundantNops(b);
        return changes;
    }

    static void removeRedundantNopsAndPairs(Cfg g) {
        boolean done = false;
        while (!done) {
            done = true;
            CfgInstr instr = null;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label >= 0) instr = null;
                for (CfgInstr cur : b.instrs) {
                    CfgInstr prev = instr;
                    instr = cur;
                    Opcode prevOp = prev != null ? prev.op : null;
                    int prevArg = prev != null ? prev.oparg : 0;
                    if (cur.op == Opcode.POP_TOP
                            && (prevOp == Opcode.LOAD_CONST || (prevOp == Opcode.COPY && prevArg == 1))) {
                        prev.setNop();
                        cur.setNop();
                        done = false;
                    }
                }
                if ((instr != null && instr.isJump()) || !b.hasFallthrough()) instr = null;
            }
        }
    }

    static int removeRedundantJumps(Cfg g) {
        int changes = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null || !Ops.isUnconditionalJump(last.op)) continue;
            if (LineNumbers.nextNonEmpty(last.target) == LineNumbers.nextNonEmpty(b.next)) {
                last.setNop();
                changes++;
            }
        }
        return changes;
    }

    static void removeRedundantNopsAndJumps(Cfg g) {
        int changes;
        do {
            changes = removeRedundantNops(g);
            changes += removeRedundantJumps(g);
        } while (changes > 0);
    }

    /** Drops constants no instruction loads (the first one, maybe a docstring, stays) and renumbers. */
    static void removeUnusedConsts(Cfg g, Consts consts) {
        int n = consts.size();
        if (n == 0) return;
        int[] map = new int[n];
        Arrays.fill(map, -1);
        map[0] = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) if (i.op.hasConst()) map[i.oparg] = i.oparg;
        }
        int used = 0;
        for (int i = 0; i < n; i++) if (map[i] != -1) map[used++] = map[i];
        if (used == n) return;
        int[] reverse = new int[n];
        Arrays.fill(reverse, -1);
        for (int i = 0; i < used; i++) reverse[map[i]] = i;
        consts.retain(map, used);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) if (i.op.hasConst()) i.oparg = reverse[i.oparg];
        }
    }
}
