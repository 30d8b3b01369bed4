package dev.jpy.toolchain.assemble;

import dev.jpy.marshal.model.LocalKind;
import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.toolchain.flowgraph.FinalInstr;
import dev.jpy.toolchain.flowgraph.FlowGraph;
import dev.jpy.toolchain.instr.CodeUnitMetadata;
import dev.jpy.toolchain.instr.InstrSequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The back end's single entry point: flow-graph optimization then assembly of one code unit into a
 * CPython 3.13 code object (CPython's optimize_and_assemble_code_unit and _PyAssemble_MakeCodeObject).
 */
public final class CodeAssembler {
    private CodeAssembler() {}

    /**
     * @param seq       the unit's instructions from codegen, ending with its implicit return
     * @param md        its tables; deref opargs index cellvars then freevars, as in CPython's codegen
     * @param codeFlags the co_flags codegen computed (CO_OPTIMIZED, CO_NEWLOCALS, CO_GENERATOR, ...)
     */
    public static PyCode assemble(InstrSequence seq, CodeUnitMetadata md, int codeFlags, String filename) {
        FlowGraph.Result r = FlowGraph.optimize(seq, md, codeFlags);
        List<FinalInstr> instrs = r.instrs();
        int[] offsets = JumpResolver.resolve(instrs);
        int[] opargs = JumpResolver.opargs(instrs, offsets);
        byte[] code = emitCode(instrs, opargs);
        byte[] lines = LocationTableWriter.write(instrs, opargs, md.firstLineNo());
        byte[] exc = ExceptionTableWriter.write(instrs, opargs, offsets);
        List<PyObj> names = new ArrayList<>();
        for (String s : md.names()) names.add(PyStr.of(s));
        return new PyCode(md.argCount(), md.posOnlyArgCount(), md.kwOnlyArgCount(), r.stackSize(), codeFlags,
                PyBytes.wrap(code), new PyTuple(List.copyOf(r.consts())), new PyTuple(names),
                localsPlusNames(md, r.nlocalsPlus()), localsPlusKinds(md, r.nlocalsPlus()),
                PyStr.of(filename), PyStr.of(md.name()), PyStr.of(md.qualname()), md.firstLineNo(),
                PyBytes.wrap(lines), PyBytes.wrap(exc));
    }

    private static byte[] emitCode(List<FinalInstr> instrs, int[] opargs) {
        ByteSink out = new ByteSink();
        for (int i = 0; i < instrs.size(); i++) {
            FinalInstr ins = instrs.get(i);
            if (ins.op().isPseudo()) {
                throw new IllegalStateException("pseudo-instruction " + ins.op() + " reached the assembler"
                        + " (codegen must emit LOAD_METHOD & co. as LOAD_ATTR/LOAD_SUPER_ATTR, as CPython's does)");
            }
            int arg = opargs[i];
            for (int shift = 24; shift > 0; shift -= 8) {
                if (JumpResolver.extendedArgs(arg) * 8 >= shift) {
                    out.write(dev.jpy.marshal.opcode.Opcode.EXTENDED_ARG.number());
                    out.write((arg >> shift) & 0xFF);
                }
            }
            out.write(ins.op().number());
            out.write(arg & 0xFF);
            for (int c = 0; c < ins.op().cacheEntries(); c++) {
                out.write(0);
                out.write(0);
            }
        }
        return out.toByteArray();
    }

    /** Names in localsplus order: locals, then cells not also locals, then free variables. */
    private static PyTuple localsPlusNames(CodeUnitMetadata md, int n) {
        PyObj[] names = new PyObj[n];
        int k = 0;
        for (String v : md.varnames()) names[k++] = PyStr.of(v);
        for (String c : md.cellvars()) if (!md.varnames().contains(c)) names[k++] = PyStr.of(c);
        for (String f : md.freevars()) names[k++] = PyStr.of(f);
        return new PyTuple(List.of(names));
    }

    private static PyBytes localsPlusKinds(CodeUnitMetadata md, int n) {
        byte[] kinds = new byte[n];
        int k = 0;
        for (String v : md.varnames()) {
            int kind = LocalKind.LOCAL;
            if (md.fastHidden().contains(v)) kind |= LocalKind.HIDDEN;
            if (md.cellvars().contains(v)) kind |= LocalKind.CELL;
            kinds[k++] = (byte) kind;
        }
        for (String c : md.cellvars()) if (!md.varnames().contains(c)) kinds[k++] = (byte) LocalKind.CELL;
        for (int i = 0; i < md.freevars().size(); i++) kinds[k++] = (byte) LocalKind.FREE;
        return PyBytes.wrap(kinds);
    }
}
