package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.model.PyBool;
import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.marshal.opcode.Opcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Peephole optimization of one basic block (CPython's optimize_basic_block): constant conditions,
 * RETURN_CONST, tuple folding, jump threading, redundant TO_BOOL, SWAP elimination.
 */
final class BlockOptimizer {
    private final Consts consts;

    BlockOptimizer(Consts consts) { this.consts = consts; }

    void optimize(BasicBlock bb) {
        List<CfgInstr> in = bb.instrs;
        CfgInstr nop = new CfgInstr(Opcode.NOP, 0, null);
        Opcode opcode = null;
        int oparg = 0;
        CfgInstr target = nop;
        for (int i = 0; i < in.size(); i++) {
            CfgInstr inst = in.get(i);
            boolean copyOfConst = opcode == Opcode.LOAD_CONST && inst.op == Opcode.COPY && inst.oparg == 1;
            if (!copyOfConst) {
                opcode = inst.op;
                oparg = inst.oparg;
                target = inst.hasTarget() ? inst.target.instrs.get(0) : nop;
            }
            Opcode nextop = i + 1 < in.size() ? in.get(i + 1).op : null;
            switch (opcode) {
                case LOAD_CONST -> i = loadConst(bb, i, inst, oparg, nextop);
                case BUILD_TUPLE -> {
                    if (nextop == Opcode.UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setNop();
                            in.get(i + 1).setNop();
                            continue;
                        } else if (oparg == 2 || oparg == 3) {
                            inst.setNop();
                            in.get(i + 1).op = Opcode.SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) foldTuple(in, i - oparg, oparg);
                }
                case POP_JUMP_IF_NOT_NONE, POP_JUMP_IF_NONE, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                    if (target.op == Opcode.JUMP) i -= jumpThread(bb, inst, target, inst.op);
                }
                case JUMP, JUMP_NO_INTERRUPT -> {
                    if (target.op == Opcode.JUMP) i -= jumpThread(bb, inst, target, Opcode.JUMP);
                    else if (target.op == Opcode.JUMP_NO_INTERRUPT) i -= jumpThread(bb, inst, target, opcode);
                }
                case STORE_FAST -> {
                    if (opcode == nextop && oparg == in.get(i + 1).oparg && inst.lineno() == in.get(i + 1).lineno()) {
                        inst.set(Opcode.POP_TOP, 0);
                    }
                }
                case SWAP -> {
                    if (oparg == 1) inst.setNop();
                }
                case LOAD_GLOBAL -> {
                    if (nextop == Opcode.PUSH_NULL && (oparg & 1) == 0) {
                        inst.set(Opcode.LOAD_GLOBAL, oparg | 1);
                        in.get(i + 1).setNop();
                    }
                }
                case COMPARE_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(Opcode.COMPARE_OP, oparg | 16);
                    }
                }
                case CONTAINS_OP, IS_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(opcode, oparg);
                    }
                }
                case TO_BOOL -> {
                    if (nextop == Opcode.TO_BOOL) inst.setNop();
                }
                case UNARY_NOT -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        in.get(i + 1).set(Opcode.UNARY_NOT, 0);
                    } else if (nextop == Opcode.UNARY_NOT) {
                        inst.setNop();
                        in.get(i + 1).setNop();
                    }
                }
                default -> { }
            }
        }
        // as in 3.13, SWAP runs are rewritten once the block's other rewrites are done, so a run
        // takes in the NOPs those left behind (and the new SWAPs keep the positions at the run's end)
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).op == Opcode.SWAP) {
                i = Swaps.swaptimize(bb, i);
                Swaps.applyStaticSwaps(bb, i);
            }
        }
    }

    /** LOAD_CONST followed by a conditional jump, IS_OP, RETURN_VALUE or TO_BOOL; returns the new index. */
    private int loadConst(BasicBlock bb, int i, CfgInstr inst, int oparg, Opcode nextop) {
        List<CfgInstr> in = bb.instrs;
        if (nextop == null) return i;
        switch (nextop) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                boolean isTrue = Consts.isTrue(consts.get(oparg));
                inst.setNop();
                boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE;
                if (isTrue == jumpIfTrue) in.get(i + 1).op = Opcode.JUMP;
                else in.get(i + 1).setNop();
            }
            case IS_OP -> {
                if (!(consts.get(oparg) instanceof PyNone) || in.size() <= i + 2) return i;
                CfgInstr isInstr = in.get(i + 1);
                CfgInstr jump = in.get(i + 2);
                if (jump.op == Opcode.TO_BOOL) {
                    jump.setNop();
                    if (in.size() <= i + 3) return i;
                    jump = in.get(i + 3);
                }
                boolean invert = isInstr.oparg != 0;
                if (jump.op == Opcode.POP_JUMP_IF_FALSE) invert = !invert;
                else if (jump.op != Opcode.POP_JUMP_IF_TRUE) return i;
                inst.setNop();
                isInstr.setNop();
                jump.op = invert ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE;
            }
            case RETURN_VALUE -> {
                inst.setNop();
                in.get(++i).set(Opcode.RETURN_CONST, oparg);
            }
            case TO_BOOL -> {
                int index = consts.add(PyBool.of(Consts.isTrue(consts.get(oparg))));
                inst.setNop();
                in.get(i + 1).set(Opcode.LOAD_CONST, index);
            }
            default -> { }
        }
        return i;
    }

    private void foldTuple(List<CfgInstr> in, int start, int n) {
        for (int k = 0; k < n; k++) if (in.get(start + k).op != Opcode.LOAD_CONST) return;
        List<PyObj> items = new ArrayList<>(n);
        for (int k = 0; k < n; k++) items.add(consts.get(in.get(start + k).oparg));
        int index = consts.add(new PyTuple(List.copyOf(items)));
        for (int k = 0; k < n; k++) in.get(start + k).setNop();
        in.get(start + n).set(Opcode.LOAD_CONST, index);
    }

    /** Replaces jump {@code inst} by a NOP plus a jump straight to {@code target}'s target; 1 if done. */
    private static int jumpThread(BasicBlock bb, CfgInstr inst, CfgInstr target, Opcode op) {
        if (inst.target == target.target) return 0;
        inst.setNop();
        CfgInstr j = new CfgInstr(op, 0, target.loc);
        j.target = target.target;
        bb.instrs.add(j);
        return 1;
    }
}
