package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;

import java.util.List;

/** Runs of SWAPs made minimal, and SWAPs applied statically by reordering stores (CPython's swaptimize). */
final class Swaps {
    private Swaps() {}

    private static final int VISITED = -1;

    /** Rewrites the run of SWAPs/NOPs starting at {@code ix}; returns the index of its last instruction. */
    static int swaptimize(BasicBlock block, int ix) {
        List<CfgInstr> in = block.instrs;
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            Opcode op = in.get(ix + len).op;
            if (op == Opcode.SWAP) {
                depth = Math.max(depth, in.get(ix + len).oparg);
                more = true;
            } else if (op != Opcode.NOP) {
                break;
            }
        }
        if (!more) return ix;
        int[] stack = new int[depth];
        for (int k = 0; k < depth; k++) stack[k] = k;
        for (int k = 0; k < len; k++) {
            CfgInstr s = in.get(ix + k);
            if (s.op == Opcode.SWAP) {
                int top = stack[0];
                stack[0] = stack[s.oparg - 1];
                stack[s.oparg - 1] = top;
            }
        }
        int current = len - 1;
        for (int k = 0; k < depth; k++) {
            if (stack[k] == VISITED || stack[k] == k) continue;
            int j = k;
            while (true) {
                if (j != 0) in.get(ix + current--).set(Opcode.SWAP, j + 1);
                if (stack[j] == VISITED) break;
                int nextJ = stack[j];
                stack[j] = VISITED;
                j = nextJ;
            }
        }
        while (0 <= current) in.get(ix + current--).setNop();
        return ix + len - 1;
    }

    private static boolean swappable(Opcode op) {
        return op == Opcode.STORE_FAST || op == Opcode.STORE_FAST_MAYBE_NULL || op == Opcode.POP_TOP;
    }

    private static int storesTo(CfgInstr i) {
        return i.op == Opcode.STORE_FAST || i.op == Opcode.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static int nextSwappable(BasicBlock block, int i, int lineno) {
        while (++i < block.size()) {
            CfgInstr ins = block.instrs.get(i);
            if (0 <= lineno && ins.lineno() != lineno) return -1;
            if (ins.op == Opcode.NOP) continue;
            if (swappable(ins.op)) return i;
            return -1;
        }
        return -1;
    }

    static void applyStaticSwaps(BasicBlock block, int i) {
        List<CfgInstr> in = block.instrs;
        for (; 0 <= i; i--) {
            CfgInstr swap = in.get(i);
            if (swap.op != Opcode.SWAP) {
                if (swap.op == Opcode.NOP || swappable(swap.op)) continue;
                return;
            }
            int j = nextSwappable(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = in.get(j).lineno();
            for (int count = swap.oparg - 1; 0 < count; count--) {
                k = nextSwappable(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(in.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) return;
                }
            }
            swap.setNop();
            CfgInstr tmp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, tmp);
        }
    }
}
