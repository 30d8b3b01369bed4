package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.Location;

/**
 * An instruction of the optimized, linear code handed to the assembler: jump arguments are instruction
 * indices; {@code handler} is the index of the handler's first instruction or -1.
 */
public record FinalInstr(Opcode op, int oparg, Location loc, int handler, int handlerDepth, boolean lasti) {}
