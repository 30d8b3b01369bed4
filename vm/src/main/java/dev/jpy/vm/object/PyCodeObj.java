package dev.jpy.vm.object;

import dev.jpy.marshal.code.ExceptionTable;
import dev.jpy.marshal.code.LocationTable;
import dev.jpy.marshal.model.PyCode;
import java.util.List;

/**
 * A code object ready to run: the marshal {@link PyCode} plus its instructions decoded once into one int per
 * code unit ({@code opcode | oparg << 8}, EXTENDED_ARG prefixes folded in), run-time constants and names.
 */
public final class PyCodeObj extends PyObject {
    public final PyCode code;
    public final int[] instr;
    public final Object[] consts;
    public final PyStr[] names;
    public final int nlocalsplus;
    public final byte[] kinds;
    public final int[] excTable;
    public final String name, qualname, filename;
    /** The positional argument count when that is all the signature has (no *args, **kwargs, keyword-only), else -1. */
    public final int simpleArgs;
    /** The length of a frame's array: fast locals, cells, free variables, the value stack and one spare. */
    public final int frameSize;
    /** The interpreter's inline caches, one slot per code unit (see dev.jpy.vm.interp.Fast). */
    public final Object[] icache;
    /** Runs and loop back-edges so far, and the JVM class this code was translated to once hot (see JitCode). */
    public int heat;
    public dev.jpy.vm.interp.JitCode jit;
    private List<LocationTable.Position> positions;

    public PyCodeObj(PyCode code, int[] instr, Object[] consts, PyStr[] names) {
        this.code = code;
        this.instr = instr;
        this.consts = consts;
        this.names = names;
        this.nlocalsplus = code.localsPlusNames().size();
        this.kinds = code.localsPlusKinds().toByteArray();
        List<ExceptionTable.Entry> entries = ExceptionTable.decode(code.exceptionTable().toByteArray());
        this.excTable = new int[entries.size() * 4];
        for (int i = 0; i < entries.size(); i++) {
            ExceptionTable.Entry e = entries.get(i);
            excTable[4 * i] = e.start() / 2;
            excTable[4 * i + 1] = e.end() / 2;
            excTable[4 * i + 2] = e.target() / 2;
            excTable[4 * i + 3] = e.depth() << 1 | (e.lasti() ? 1 : 0);
        }
        this.icache = new Object[instr.length];
        this.simpleArgs = (code.flags() & 0x0C) == 0 && code.kwOnlyArgCount() == 0 ? code.argCount() : -1;
        this.frameSize = nlocalsplus + code.stackSize() + 1;
        this.name = code.name().value();
        this.qualname = code.qualname().value();
        this.filename = code.filename().value();
    }

    /** The source line of instruction index i (code units), or -1. */
    public int lineOf(int i) {
        if (positions == null) positions = LocationTable.decode(code.lineTable().toByteArray(), code.firstLineNo()).positions();
        return i >= 0 && i < positions.size() ? positions.get(i).line() : -1;
    }

    public LocationTable.Position positionOf(int i) {
        lineOf(i);
        return i >= 0 && i < positions.size() ? positions.get(i) : LocationTable.Position.UNKNOWN;
    }

    @Override public PyType type() { return Types.CODE; }
}
