package dev.jpy.vm.object;

import dev.jpy.marshal.opcode.Opcode;

/** Operator symbols for messages, read from the shared opcode table. */
final class Opsyms {
    private Opsyms() {}

    static final String[] CMP = Opcode.CMP_OP.toArray(new String[0]);
    static final String[] NB = Opcode.NB_OPS.stream().map(n -> n.symbol()).toArray(String[]::new);
}
