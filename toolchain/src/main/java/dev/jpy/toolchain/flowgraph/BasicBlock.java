package dev.jpy.toolchain.flowgraph;

import java.util.ArrayList;
import java.util.List;

/** A basic block of the control-flow graph (CPython's {@code basicblock}). */
public final class BasicBlock {
    public final List<CfgInstr> instrs = new ArrayList<>();
    /** The next block in emission order (fall-through successor when the block does not end in a jump). */
    public BasicBlock next;
    /** Label id, or -1. */
    public int label = -1;
    public boolean exceptHandler;
    public boolean preserveLasti;
    public boolean cold;
    public boolean warm;
    public boolean visited;
    public int predecessors;
    public int startDepth;
    public int offset;
    /** Bit i set: local i may be unbound on entry (add_checks_for_loads_of_uninitialized_variables). */
    long unsafeLocals;
    /** Except stack during label_exception_targets. */
    java.util.ArrayDeque<BasicBlock> exceptStack;

    public CfgInstr last() { return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1); }

    public boolean isEmpty() { return instrs.isEmpty(); }

    public int size() { return instrs.size(); }

    /** True when control can run off the end into {@link #next}. */
    public boolean hasFallthrough() {
        CfgInstr l = last();
        return l == null || !(Ops.isUnconditionalJump(l.op) || Ops.isScopeExit(l.op));
    }

    public boolean exitsScope() {
        CfgInstr l = last();
        return l != null && Ops.isScopeExit(l.op);
    }

    /** No instruction has a line number. */
    public boolean hasNoLineno() {
        for (CfgInstr i : instrs) if (i.lineno() >= 0) return false;
        return true;
    }
}
