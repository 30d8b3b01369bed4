package dev.jpy.toolchain.flowgraph;

import dev.jpy.toolchain.instr.CodeUnitMetadata;
import dev.jpy.toolchain.instr.InstrSequence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flow-graph stage's entry point: optimizes a code unit and lays it out as a linear instruction
 * list for the assembler (CPython's _PyCfg_OptimizeCodeUnit + _PyCfg_OptimizedCfgToInstructionSequence).
 */
public final class FlowGraph {
    private FlowGraph() {}

    /** The result: final instructions, the optimized constants, stack size and localsplus count. */
    public record Result(List<FinalInstr> instrs, List<dev.jpy.marshal.model.PyObj> consts, int stackSize,
                         int nlocalsPlus) {}

    public static Result optimize(InstrSequence seq, CodeUnitMetadata md, int flags) {
        Cfg g = Cfg.from(seq);
        Consts consts = new Consts(md.consts());
        int nparams = md.argCount() + md.kwOnlyArgCount() + ((flags & 0x04) != 0 ? 1 : 0) + ((flags & 0x08) != 0 ? 1 : 0);
        CfgOptimizer.optimizeCodeUnit(g, consts, md.varnames().size(), nparams, md.firstLineNo());
        int depth = Layout.stackDepth(g);
        int nlocalsPlus = Prologue.prepare(md, g, flags);
        Layout.convertPseudoOps(g);
        Layout.normalizeJumps(g);
        return new Result(linearize(g), consts.items(), depth, nlocalsPlus);
    }

    private static List<FinalInstr> linearize(Cfg g) {
        Map<BasicBlock, Integer> start = new IdentityHashMap<>();
        int n = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            start.put(b, n);
            n += b.size();
        }
        List<FinalInstr> out = new ArrayList<>(n);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) {
                int arg = i.hasTarget() ? firstIndex(start, i.target) : i.oparg;
                BasicBlock h = i.except;
                out.add(h == null ? new FinalInstr(i.op, arg, i.loc, -1, 0, false)
                        : new FinalInstr(i.op, arg, i.loc, firstIndex(start, h), h.startDepth, h.preserveLasti));
            }
        }
        return out;
    }

    private static int firstIndex(Map<BasicBlock, Integer> start, BasicBlock b) {
        while (b.isEmpty()) b = b.next;
        return start.get(b);
    }
}
