package dev.jpy.vm.interp;

/**
 * Opcode numbers of CPython 3.13 as compile-time constants, so the dispatch loop can switch on the int itself;
 * {@link #verify} checks each against the shared {@link dev.jpy.marshal.opcode.Opcode} table.
 */
final class Op {
    private Op() {}

    static final int BINARY_OP = 45;
    static final int BINARY_SUBSCR = 5;
    static final int BUILD_LIST = 47;
    static final int BUILD_TUPLE = 52;
    static final int CACHE = 0;
    static final int CALL = 53;
    static final int COMPARE_OP = 58;
    static final int CONTAINS_OP = 59;
    static final int COPY = 61;
    static final int END_FOR = 11;
    static final int EXTENDED_ARG = 71;
    static final int FOR_ITER = 72;
    static final int GET_ITER = 19;
    static final int IS_OP = 76;
    static final int JUMP_BACKWARD = 77;
    static final int JUMP_BACKWARD_NO_INTERRUPT = 78;
    static final int JUMP_FORWARD = 79;
    static final int LIST_APPEND = 80;
    static final int LOAD_ATTR = 82;
    static final int LOAD_CONST = 83;
    static final int LOAD_DEREF = 84;
    static final int LOAD_FAST = 85;
    static final int LOAD_FAST_AND_CLEAR = 86;
    static final int LOAD_FAST_CHECK = 87;
    static final int LOAD_FAST_LOAD_FAST = 88;
    static final int LOAD_GLOBAL = 91;
    static final int LOAD_NAME = 92;
    static final int NOP = 30;
    static final int POP_JUMP_IF_FALSE = 97;
    static final int POP_JUMP_IF_NONE = 98;
    static final int POP_JUMP_IF_NOT_NONE = 99;
    static final int POP_JUMP_IF_TRUE = 100;
    static final int POP_TOP = 32;
    static final int PUSH_NULL = 34;
    static final int RESUME = 149;
    static final int RETURN_CONST = 103;
    static final int RETURN_GENERATOR = 35;
    static final int RETURN_VALUE = 36;
    static final int SEND = 104;
    static final int STORE_ATTR = 108;
    static final int STORE_DEREF = 109;
    static final int STORE_FAST = 110;
    static final int STORE_FAST_LOAD_FAST = 111;
    static final int STORE_FAST_STORE_FAST = 112;
    static final int STORE_NAME = 114;
    static final int STORE_SUBSCR = 39;
    static final int SWAP = 115;
    static final int TO_BOOL = 40;
    static final int UNARY_NOT = 43;
    static final int YIELD_VALUE = 118;

    /** Fails fast when a constant here disagrees with the opcode table. */
    static void verify() {
        for (var fld : Op.class.getDeclaredFields()) {
            if (fld.getType() != int.class) continue;
            try {
                int n = fld.getInt(null);
                if (dev.jpy.marshal.opcode.Opcode.valueOf(fld.getName()).number() != n) throw new IllegalStateException("opcode " + fld.getName() + " is not " + n);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
