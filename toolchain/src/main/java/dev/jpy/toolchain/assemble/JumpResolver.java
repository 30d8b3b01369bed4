package dev.jpy.toolchain.assemble;

import dev.jpy.toolchain.flowgraph.FinalInstr;

import java.util.List;

/**
 * Instruction sizes and jump offsets (CPython's resolve_jump_offsets): sizes depend on EXTENDED_ARG
 * prefixes, which depend on jump distances, so offsets are recomputed until they settle.
 */
final class JumpResolver {
    private JumpResolver() {}

    static int extendedArgs(int oparg) {
        return (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
    }

    /** Size in code units: prefixes, the instruction, its inline caches. */
    static int size(FinalInstr i, int oparg) {
        return extendedArgs(oparg) + 1 + i.op().cacheEntries();
    }

    /** Offsets (in code units) of each instruction, plus the total at the end. */
    static int[] resolve(List<FinalInstr> instrs) {
        int n = instrs.size();
        int[] opargs = new int[n];
        for (int i = 0; i < n; i++) opargs[i] = instrs.get(i).oparg();
        int[] offsets = new int[n + 1];
        boolean again;
        do {
            int tot = 0;
            for (int i = 0; i < n; i++) {
                offsets[i] = tot;
                tot += size(instrs.get(i), opargs[i]);
            }
            offsets[n] = tot;
            again = false;
            int off = 0;
            for (int i = 0; i < n; i++) {
                FinalInstr ins = instrs.get(i);
                int isize = size(ins, opargs[i]);
                off += isize;
                if (ins.op().hasJump()) {
                    int t = offsets[ins.oparg()];
                    opargs[i] = t < off ? off - t : t - off;
                    if (size(ins, opargs[i]) != isize) again = true;
                }
            }
        } while (again);
        return offsets;
    }

    /** Final arguments: jump distances for jumps, the instruction's own argument otherwise. */
    static int[] opargs(List<FinalInstr> instrs, int[] offsets) {
        int[] opargs = new int[instrs.size()];
        for (int i = 0; i < instrs.size(); i++) {
            FinalInstr ins = instrs.get(i);
            if (ins.op().hasJump()) {
                int after = offsets[i + 1];
                int t = offsets[ins.oparg()];
                opargs[i] = t < after ? after - t : t - after;
            } else {
                opargs[i] = ins.oparg();
            }
        }
        return opargs;
    }
}
