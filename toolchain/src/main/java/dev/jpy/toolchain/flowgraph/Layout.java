package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayDeque;

/**
 * Final layout of the flow graph: cold blocks (reached only from exception handlers) moved to the
 * end, stack depth, pseudo-op conversion and jump direction (CPython's push_cold_blocks_to_end,
 * calculate_stackdepth, convert_pseudo_ops, normalize_jumps).
 */
public final class Layout {
    private Layout() {}

    private static void markWarm(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            if (b.next != null && b.hasFallthrough() && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (CfgInstr i : b.instrs) {
                if (i.isJump() && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
    }

    private static void markCold(Cfg g) {
        markWarm(g);
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.cold = true;
            if (b.next != null && b.hasFallthrough() && !b.next.warm && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (CfgInstr i : b.instrs) {
                if (i.isJump() && !i.target.warm && !i.target.visited) {
                    stack.push(i.target);
                    i.target.visited = true;
                }
            }
        }
    }

    static void pushColdBlocksToEnd(Cfg g) {
        if (g.entry.next == null) return;
        markCold(g);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.cold && b.hasFallthrough() && b.next != null && b.next.warm) {
                BasicBlock jump = g.newBlock();
                if (b.next.label < 0) b.next.label = g.freshLabel();
                CfgInstr j = new CfgInstr(Opcode.JUMP_NO_INTERRUPT, 0, Location.NONE);
                j.target = b.next;
                jump.instrs.add(j);
                jump.cold = true;
                jump.next = b.next;
                jump.predecessors = 1;
                b.next = jump;
            }
        }
        BasicBlock coldHead = null;
        BasicBlock coldTail = null;
        BasicBlock b = g.entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            BasicBlock end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (coldHead == null) coldHead = b.next;
            else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) CfgOptimizer.removeRedundantNopsAndJumps(g);
    }

    /** The largest stack depth; also sets each block's start depth (handlers need it). */
    public static int stackDepth(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) b.startDepth = Integer.MIN_VALUE;
        ArrayDeque<BasicBlock> stack = new ArrayDeque<>();
        int maxDepth = 0;
        push(stack, g.entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (CfgInstr instr : b.instrs) {
                int newDepth = depth + Ops.stackEffect(instr.op, instr.oparg, false);
                if (newDepth < 0) throw new IllegalStateException("negative stack depth at " + instr);
                maxDepth = Math.max(maxDepth, newDepth);
                // RETURN_CONST is LOAD_CONST + RETURN_VALUE: CPython 3.13 counts the constant's slot
                if (instr.op == Opcode.RETURN_CONST) maxDepth = Math.max(maxDepth, depth + 1);
                if (instr.hasTarget()) {
                    int targetDepth = depth + Ops.stackEffect(instr.op, instr.oparg, true);
                    maxDepth = Math.max(maxDepth, targetDepth);
                    push(stack, instr.target, targetDepth);
                }
                depth = newDepth;
                if (Ops.isUnconditionalJump(instr.op) || Ops.isScopeExit(instr.op)) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return maxDepth;
    }

    private static void push(ArrayDeque<BasicBlock> stack, BasicBlock b, int depth) {
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    static void convertPseudoOps(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (CfgInstr i : b.instrs) {
                if (Ops.isBlockPush(i.op) || i.op == Opcode.POP_BLOCK) i.setNop();
                else if (i.op == Opcode.LOAD_CLOSURE) i.op = Opcode.LOAD_FAST;
                else if (i.op == Opcode.STORE_FAST_MAYBE_NULL) i.op = Opcode.STORE_FAST;
            }
        }
        CfgOptimizer.removeRedundantNops(g);
    }

    static void normalizeJumps(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = true;
            normalizeJump(g, b);
        }
    }

    private static void normalizeJump(Cfg g, BasicBlock b) {
        CfgInstr last = b.last();
        if (last == null || !last.isJump()) return;
        boolean forward = !last.target.visited;
        switch (last.op) {
            case JUMP -> { last.op = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD; return; }
            case JUMP_NO_INTERRUPT -> {
                last.op = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
                return;
            }
            default -> { }
        }
        Opcode reversed = switch (last.op) {
            case POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
            case POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
            case POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
            case POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
            default -> null;
        };
        if (forward || reversed == null) return;
        BasicBlock back = g.newBlock();
        CfgInstr j = new CfgInstr(Opcode.JUMP_BACKWARD, 0, Location.NONE);
        j.target = last.target;
        back.instrs.add(j);
        last.op = reversed;
        last.target = b.next;
        back.cold = b.cold;
        back.next = b.next;
        b.next = back;
        back.visited = true;
    }
}
