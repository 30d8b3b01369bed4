package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;

/** Opcode classes the flow-graph passes ask about (CPython's {@code pycore_opcode_utils.h} macros). */
public final class Ops {
    private Ops() {}

    public static boolean isBlockPush(Opcode op) {
        return op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH;
    }

    public static boolean isJump(Opcode op) { return op.hasJump(); }

    public static boolean hasTarget(Opcode op) { return op.hasJump() || isBlockPush(op); }

    public static boolean isUnconditionalJump(Opcode op) {
        return switch (op) {
            case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    public static boolean isScopeExit(Opcode op) {
        return switch (op) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    public static boolean isTerminator(Opcode op) { return isJump(op) || isScopeExit(op); }

    public static boolean isConditionalJump(Opcode op) {
        return switch (op) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> true;
            default -> false;
        };
    }

    /** Stack effect as CPython's compiler sees it, pseudo-ops included. */
    public static int stackEffect(Opcode op, int oparg, boolean jump) {
        return op.stackEffect(oparg, jump);
    }
}
