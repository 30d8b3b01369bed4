/**
 * The narrow interface between the compiler's stages (CPython's {@code pycore_flowgraph.h} and
 * {@code instruction_sequence.c}): code generation ({@code dev.jpy.toolchain.compile}) writes an
 * {@link dev.jpy.toolchain.instr.InstrSequence} plus {@link dev.jpy.toolchain.instr.CodeUnitMetadata};
 * the flow-graph stage ({@code dev.jpy.toolchain.flowgraph}) optimizes it; the assembler
 * ({@code dev.jpy.toolchain.assemble}) turns it into a {@code PyCode}.
 */
package dev.jpy.toolchain.instr;
