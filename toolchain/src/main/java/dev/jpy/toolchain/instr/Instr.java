package dev.jpy.toolchain.instr;

import dev.jpy.marshal.opcode.Opcode;

/**
 * One instruction of an {@link InstrSequence}: a real or pseudo opcode, its argument, its source range.
 * For a jump or a SETUP_* pseudo-instruction the argument is a label id of the sequence.
 */
public record Instr(Opcode op, int oparg, Location loc) {
    @Override public String toString() { return op.name() + (op.hasArg() ? " " + oparg : "") + " " + loc; }
}
