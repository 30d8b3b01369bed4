package dev.jpy.toolchain.assemble;

import dev.jpy.toolchain.flowgraph.FinalInstr;

import java.util.List;

/** Encodes co_exceptiontable (decoded by marshal's ExceptionTable): one entry per run of instructions with the same handler. */
final class ExceptionTableWriter {
    private ExceptionTableWriter() {}

    static byte[] write(List<FinalInstr> instrs, int[] opargs, int[] offsets) {
        ByteSink out = new ByteSink();
        FinalInstr handler = null;
        int start = -1;
        int off = 0;
        for (int i = 0; i < instrs.size(); i++) {
            FinalInstr ins = instrs.get(i);
            if (!same(ins, handler)) {
                if (handler != null && handler.handler() >= 0) entry(out, start, off, offsets[handler.handler()], handler);
                start = off;
                handler = ins;
            }
            off += JumpResolver.size(ins, opargs[i]);
        }
        if (handler != null && handler.handler() >= 0) entry(out, start, off, offsets[handler.handler()], handler);
        return out.toByteArray();
    }

    private static boolean same(FinalInstr a, FinalInstr b) {
        if (b == null) return a.handler() < 0;
        if (a.handler() < 0 || b.handler() < 0) return a.handler() == b.handler();
        return a.handler() == b.handler() && a.handlerDepth() == b.handlerDepth() && a.lasti() == b.lasti();
    }

    private static void entry(ByteSink out, int start, int end, int target, FinalInstr h) {
        int depth = h.handlerDepth() - 1;
        if (h.lasti()) depth -= 1;
        item(out, start, 0x80);
        item(out, end - start, 0);
        item(out, target, 0);
        item(out, (depth << 1) | (h.lasti() ? 1 : 0), 0);
    }

    private static void item(ByteSink out, int value, int msb) {
        for (int shift = 24; shift > 0; shift -= 6) {
            if (value >= 1 << shift) {
                out.write(((value >> shift) & 0x3f) | 64 | msb);
                msb = 0;
            }
        }
        out.write((value & 0x3f) | msb);
    }
}
