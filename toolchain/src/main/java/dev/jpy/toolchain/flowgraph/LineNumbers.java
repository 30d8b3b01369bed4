package dev.jpy.toolchain.flowgraph;

import dev.jpy.toolchain.instr.Location;

/**
 * Line-number passes: copying exit blocks that have no line number so each copy can carry its jump's
 * line, and propagating line numbers to instructions without one (CPython's resolve_line_numbers).
 */
final class LineNumbers {
    private LineNumbers() {}

    static void resolve(Cfg g) {
        duplicateExitsWithoutLineno(g);
        propagate(g);
    }

    private static boolean hasEvalBreak(BasicBlock b) {
        for (CfgInstr i : b.instrs) {
            switch (i.op) {
                case JUMP, JUMP_BACKWARD, RESUME, CALL, CALL_KW, CALL_FUNCTION_EX -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        return (b.exitsScope() || hasEvalBreak(b)) && b.hasNoLineno();
    }

    static BasicBlock nextNonEmpty(BasicBlock b) {
        while (b != null && b.isEmpty()) b = b.next;
        return b;
    }

    private static void duplicateExitsWithoutLineno(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null || !last.isJump()) continue;
            BasicBlock target = nextNonEmpty(last.target);
            if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                BasicBlock copy = g.newBlock();
                for (CfgInstr i : target.instrs) copy.instrs.add(i.copy());
                copy.instrs.get(0).loc = last.loc;
                last.target = copy;
                target.predecessors--;
                copy.predecessors = 1;
                copy.next = target.next;
                copy.label = g.freshLabel();
                target.next = copy;
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.hasFallthrough() && b.next != null && !b.isEmpty() && isExitOrEvalCheckWithoutLineno(b.next)) {
                b.next.instrs.get(0).loc = b.last().loc;
            }
        }
    }

    private static void propagate(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            CfgInstr last = b.last();
            if (last == null) continue;
            Location prev = Location.NONE;
            for (CfgInstr i : b.instrs) {
                if (i.lineno() == -1) i.loc = prev;
                else prev = i.loc;
            }
            if (b.hasFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.isEmpty()) {
                CfgInstr first = b.next.instrs.get(0);
                if (first.lineno() == -1) first.loc = prev;
            }
            if (last.isJump() && last.target.predecessors == 1 && !last.target.isEmpty()) {
                CfgInstr first = last.target.instrs.get(0);
                if (first.lineno() == -1) first.loc = prev;
            }
        }
    }

}
