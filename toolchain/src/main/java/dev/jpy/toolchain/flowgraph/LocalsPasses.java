package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;

import java.util.ArrayDeque;

/**
 * Passes over fast locals: LOAD_FAST_CHECK where a local may be unbound, and the LOAD_FAST_LOAD_FAST,
 * STORE_FAST_LOAD_FAST and STORE_FAST_STORE_FAST superinstructions.
 */
final class LocalsPasses {
    private LocalsPasses() {}

    static void addChecksForUninitializedLoads(Cfg g, int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            fastScanManyLocals(g, nlocals);
            nlocals = 64;
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = false;
            b.unsafeLocals = 0;
        }
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        long start = 0;
        for (int i = nparams; i < nlocals; i++) start |= 1L << i;
        maybePush(g.entry, start, stack);
        for (BasicBlock b = g.entry; b != null; b = b.next) scan(b, stack);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scan(b, stack);
        }
    }

    private static void maybePush(BasicBlock b, long unsafe, ArrayDeque<BasicBlock> stack) {
        long both = b.unsafeLocals | unsafe;
        if (b.unsafeLocals != both) {
            b.unsafeLocals = both;
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scan(BasicBlock b, ArrayDeque<BasicBlock> stack) {
        long unsafe = b.unsafeLocals;
        for (CfgInstr instr : b.instrs) {
            if (instr.except != null) maybePush(instr.except, unsafe, stack);
            if (instr.oparg >= 64) continue;
            long bit = 1L << instr.oparg;
            switch (instr.op) {
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case STORE_FAST, LOAD_FAST_CHECK -> unsafe &= ~bit;
                case LOAD_FAST -> {
                    if ((unsafe & bit) != 0) instr.op = Opcode.LOAD_FAST_CHECK;
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.hasFallthrough()) maybePush(b.next, unsafe, stack);
        CfgInstr last = b.last();
        if (last != null && last.isJump()) maybePush(last.target, unsafe, stack);
    }

    private static void fastScanManyLocals(Cfg g, int nlocals) {
        long[] states = new long[nlocals - 64];
        long blocknum = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (CfgInstr instr : b.instrs) {
                int arg = instr.oparg;
                if (arg < 64) continue;
                switch (instr.op) {
                    case DELETE_FAST, LOAD_FAST_AND_CLEAR, STORE_FAST_MAYBE_NULL -> states[arg - 64] = blocknum - 1;
                    case STORE_FAST -> states[arg - 64] = blocknum;
                    case LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) instr.op = Opcode.LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }

    static void insertSuperinstructions(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (int i = 0; i < b.size(); i++) {
                CfgInstr inst = b.instrs.get(i);
                CfgInstr next = i + 1 < b.size() ? b.instrs.get(i + 1) : null;
                if (next == null) continue;
                if (inst.op == Opcode.LOAD_FAST && next.op == Opcode.LOAD_FAST) {
                    makeSuper(inst, next, Opcode.LOAD_FAST_LOAD_FAST);
                } else if (inst.op == Opcode.STORE_FAST && next.op == Opcode.LOAD_FAST) {
                    makeSuper(inst, next, Opcode.STORE_FAST_LOAD_FAST);
                } else if (inst.op == Opcode.STORE_FAST && next.op == Opcode.STORE_FAST) {
                    makeSuper(inst, next, Opcode.STORE_FAST_STORE_FAST);
                }
            }
        }
        CfgOptimizer.removeRedundantNops(g);
    }

    private static void makeSuper(CfgInstr a, CfgInstr b, Opcode op) {
        int l1 = a.lineno();
        int l2 = b.lineno();
        if (l1 >= 0 && l2 >= 0 && l1 != l2) return;
        if (a.oparg >= 16 || b.oparg >= 16) return;
        a.set(op, (a.oparg << 4) | b.oparg);
        b.setNop();
    }
}
