package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.Instr;
import dev.jpy.toolchain.instr.InstrSequence;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The control-flow graph of one code unit (CPython's {@code cfg_builder}): construction from an
 * {@link InstrSequence}, jump-target and exception-handler resolution, reachability.
 */
public final class Cfg {
    /** RESUME's argument bit for "resumed inside exactly one exception handler" (RESUME_OPARG_DEPTH1_MASK). */
    private static final int RESUME_DEPTH1 = 4;

    public BasicBlock entry;
    private BasicBlock current;
    private int currentLabel = -1;
    private int nextLabel;

    private Cfg() {
        entry = current = new BasicBlock();
    }

    public BasicBlock newBlock() { return new BasicBlock(); }

    int freshLabel() { return nextLabel++; }

    /** Builds the graph: a block starts at each jump target and after each terminator. */
    public static Cfg from(InstrSequence seq) {
        Cfg g = new Cfg();
        List<Instr> in = seq.instructions();
        int n = in.size();
        boolean[] isTarget = new boolean[n + 1];
        int[] resolved = new int[n];
        for (int i = 0; i < n; i++) {
            Instr ins = in.get(i);
            if (Ops.hasTarget(ins.op())) {
                int t = seq.labelTarget(ins.oparg());
                if (t < 0 || t >= n) throw new IllegalStateException("jump to unbound or trailing label at " + i);
                resolved[i] = t;
                isTarget[t] = true;
            } else {
                resolved[i] = ins.oparg();
            }
        }
        for (int i = 0; i < n; i++) {
            Instr ins = in.get(i);
            if (isTarget[i]) g.useLabel(i);
            g.addOp(ins.op(), resolved[i], ins.loc());
        }
        g.nextLabel = n + 1;
        g.translateLabels();
        return g;
    }

    private void useLabel(int lbl) {
        currentLabel = lbl;
        maybeStartNewBlock();
    }

    private void addOp(Opcode op, int oparg, Location loc) {
        maybeStartNewBlock();
        current.instrs.add(new CfgInstr(op, oparg, loc));
    }

    private void maybeStartNewBlock() {
        if (currentIsTerminated()) {
            BasicBlock b = newBlock();
            b.label = currentLabel;
            currentLabel = -1;
            current.next = b;
            current = b;
        }
    }

    private boolean currentIsTerminated() {
        CfgInstr last = current.last();
        if (last != null && Ops.isTerminator(last.op)) return true;
        if (currentLabel >= 0) {
            if (last != null || current.label >= 0) return true;
            current.label = currentLabel;
            currentLabel = -1;
        }
        return false;
    }

    private void translateLabels() {
        java.util.Map<Integer, BasicBlock> byLabel = new java.util.HashMap<>();
        for (BasicBlock b = entry; b != null; b = b.next) if (b.label >= 0) byLabel.put(b.label, b);
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) {
                if (i.hasTarget()) {
                    i.target = byLabel.get(i.oparg);
                    if (i.target == null) throw new IllegalStateException("no block for label " + i.oparg);
                }
            }
        }
    }

    /** Raises if a terminator is not the last instruction of its block. */
    public void check() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.size() - 1; i++) {
                if (Ops.isTerminator(b.instrs.get(i).op)) throw new IllegalStateException("malformed control flow graph.");
            }
        }
    }

    public void markExceptHandlers() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) if (Ops.isBlockPush(i.op)) i.target.exceptHandler = true;
        }
    }

    private void clearVisited() {
        for (BasicBlock b = entry; b != null; b = b.next) b.visited = false;
    }

    /** Gives each instruction the handler in force (CPython's label_exception_targets). */
    public void labelExceptionTargets() {
        clearVisited();
        ArrayDeque<BasicBlock> todo = new ArrayDeque<>();
        entry.visited = true;
        entry.exceptStack = new ArrayDeque<>();
        todo.push(entry);
        int lastYieldDepth = -1;
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            ArrayDeque<BasicBlock> stack = b.exceptStack;
            b.exceptStack = null;
            BasicBlock handler = stack.peek();
            for (int k = 0; k < b.size(); k++) {
                CfgInstr instr = b.instrs.get(k);
                if (Ops.isBlockPush(instr.op)) {
                    if (!instr.target.visited) {
                        instr.target.exceptStack = stack.clone();
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                    if (instr.op == Opcode.SETUP_WITH || instr.op == Opcode.SETUP_CLEANUP) instr.target.preserveLasti = true;
                    stack.push(instr.target);
                    handler = instr.target;
                } else if (instr.op == Opcode.POP_BLOCK) {
                    stack.pop();
                    handler = stack.peek();
                    // 3.13 turns POP_BLOCK into a NOP here, before the line-number and NOP passes, so a
                    // line it would carry moves on to the next instruction (and that one's handler).
                    instr.setNop();
                } else if (instr.isJump()) {
                    instr.except = handler;
                    if (!instr.target.visited) {
                        instr.target.exceptStack = b.hasFallthrough() ? stack.clone() : stack;
                        instr.target.visited = true;
                        todo.push(instr.target);
                    }
                } else {
                    if (instr.op == Opcode.YIELD_VALUE) {
                        lastYieldDepth = stack.size();
                    } else if (instr.op == Opcode.RESUME && instr.oparg != 0) {
                        if (lastYieldDepth == 1) instr.oparg |= RESUME_DEPTH1;
                        lastYieldDepth = -1;
                    }
                    instr.except = handler;
                }
            }
            if (b.hasFallthrough() && !b.next.visited) {
                b.next.exceptStack = stack;
                b.next.visited = true;
                todo.push(b.next);
            }
        }
    }

    /** Counts predecessors of every block reachable from the entry (CPython's mark_reachable). */
    public void markReachable() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            b.visited = false;
            b.predecessors = 0;
        }
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        stack.push(entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = true;
            if (b.next != null && b.hasFallthrough()) {
                if (!b.next.visited) stack.push(b.next);
                b.next.predecessors++;
            }
            for (CfgInstr i : b.instrs) {
                if (i.hasTarget()) {
                    if (!i.target.visited) stack.push(i.target);
                    i.target.predecessors++;
                }
            }
        }
    }

    /** Empties unreachable blocks and drops empty ones. */
    public void removeUnreachable() {
        emptyUnreachable();
        eliminateEmptyBlocks();
    }

    /**
     * Empties unreachable blocks but leaves them in the chain (CPython's remove_unreachable): an empty
     * block between two others still stops a line number from flowing through by fall-through.
     */
    public void emptyUnreachable() {
        markReachable();
        for (BasicBlock b = entry.next; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.exceptHandler = false;
            }
        }
    }

    public void eliminateEmptyBlocks() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            BasicBlock nx = b.next;
            while (nx != null && nx.isEmpty()) nx = nx.next;
            b.next = nx;
        }
        while (entry != null && entry.isEmpty()) entry = entry.next;
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) {
                if (i.hasTarget()) {
                    BasicBlock t = i.target;
                    while (t.isEmpty()) t = t.next;
                    if (t != i.target) {
                        if (t.label < 0) t.label = freshLabel();
                        i.target = t;
                    }
                }
            }
        }
    }

    /** Blocks in emission order. */
    public List<BasicBlock> blocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) out.add(b);
        return out;
    }
}
