package dev.jpy.toolchain.instr;

import dev.jpy.marshal.opcode.Opcode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The output of code generation for one code unit, and the input of the flow-graph stage: a flat list
 * of instructions with symbolic labels (CPython's {@code Python/instruction_sequence.c}).
 *
 * <p>Jumps and SETUP_* pseudo-instructions carry a label id as argument. {@link #useLabel(int)} binds a
 * label to the index of the next instruction added; {@link #labelTarget(int)} reads it back.
 */
public final class InstrSequence {
    private final List<Instr> instrs = new ArrayList<>();
    private int[] labelTargets = new int[16];
    private int labelCount;

    /** A fresh label, not yet bound. */
    public int newLabel() {
        if (labelCount == labelTargets.length) labelTargets = Arrays.copyOf(labelTargets, labelCount * 2);
        labelTargets[labelCount] = -1;
        return labelCount++;
    }

    /** Binds {@code label} to the position of the next instruction. */
    public void useLabel(int label) {
        if (labelTargets[label] != -1) throw new IllegalStateException("label " + label + " bound twice");
        labelTargets[label] = instrs.size();
    }

    public void addOp(Opcode op, int oparg, Location loc) { instrs.add(new Instr(op, oparg, loc)); }

    public void addOp(Opcode op, Location loc) { addOp(op, 0, loc); }

    public List<Instr> instructions() { return instrs; }

    public int labelCount() { return labelCount; }

    /** The instruction index {@code label} is bound to, or -1 if it is unbound. */
    public int labelTarget(int label) { return labelTargets[label]; }
}
