package dev.jpy.toolchain.flowgraph;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.Location;

/** One mutable instruction of a basic block (CPython's {@code cfg_instr}). */
public final class CfgInstr {
    public Opcode op;
    public int oparg;
    public Location loc;
    /** Jump or SETUP_* target. */
    public BasicBlock target;
    /** The handler in force for this instruction, or null. */
    public BasicBlock except;

    public CfgInstr(Opcode op, int oparg, Location loc) {
        this.op = op;
        this.oparg = oparg;
        this.loc = loc;
    }

    public CfgInstr copy() {
        CfgInstr c = new CfgInstr(op, oparg, loc);
        c.target = target;
        c.except = except;
        return c;
    }

    public void set(Opcode op, int oparg) {
        this.op = op;
        this.oparg = oparg;
    }

    public void setNop() { set(Opcode.NOP, 0); }

    public int lineno() { return loc.lineno(); }

    public boolean isJump() { return Ops.isJump(op); }

    public boolean hasTarget() { return Ops.hasTarget(op); }

    @Override public String toString() { return op.name() + " " + oparg + " " + loc; }
}
