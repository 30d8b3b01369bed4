package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.CodeUnitMetadata;
import dev.jpy.toolchain.instr.Location;

import java.util.List;

/**
 * The cell/free prologue and generator prefix (CPython's prepare_localsplus): MAKE_CELL, COPY_FREE_VARS,
 * RETURN_GENERATOR + POP_TOP, and deref arguments renumbered into the localsplus index space.
 */
final class Prologue {
    private Prologue() {}

    static final int CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

    /** Returns nlocalsplus. */
    static int prepare(CodeUnitMetadata md, Cfg g, int flags) {
        int nlocals = md.varnames().size();
        int ncells = md.cellvars().size();
        int nfree = md.freevars().size();
        int[] fixed = new int[ncells + nfree];
        for (int i = 0; i < fixed.length; i++) fixed[i] = nlocals + i;
        for (int i = 0; i < ncells; i++) {
            int v = md.varnames().indexOf(md.cellvars().get(i));
            if (v >= 0) fixed[i] = v;
        }
        insertPrefix(md, g.entry, fixed, nfree, flags);
        int dropped = 0;
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] == i + nlocals) fixed[i] -= dropped;
            else dropped++;
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) {
                switch (i.op) {
                    case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF ->
                            i.oparg = fixed[i.oparg];
                    default -> { }
                }
            }
        }
        return nlocals + ncells + nfree - dropped;
    }

    private static void insertPrefix(CodeUnitMetadata md, BasicBlock entry, int[] fixed, int nfree, int flags) {
        List<CfgInstr> in = entry.instrs;
        if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0) {
            Location loc = new Location(md.firstLineNo(), md.firstLineNo(), -1, -1);
            in.add(0, new CfgInstr(Opcode.RETURN_GENERATOR, 0, loc));
            in.add(1, new CfgInstr(Opcode.POP_TOP, 0, loc));
        }
        int ncells = md.cellvars().size();
        if (ncells > 0) {
            int nvars = ncells + md.varnames().size();
            int[] sorted = new int[nvars];
            for (int i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
            for (int i = 0, used = 0; used < ncells; i++) {
                int old = sorted[i] - 1;
                if (old == -1) continue;
                in.add(used, new CfgInstr(Opcode.MAKE_CELL, old, Location.NONE));
                used++;
            }
        }
        if (nfree > 0) in.add(0, new CfgInstr(Opcode.COPY_FREE_VARS, nfree, Location.NONE));
    }
}
