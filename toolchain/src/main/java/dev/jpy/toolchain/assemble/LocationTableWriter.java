package dev.jpy.toolchain.assemble;

import dev.jpy.toolchain.flowgraph.FinalInstr;
import dev.jpy.toolchain.instr.Location;

import java.util.List;

/** Encodes co_linetable (CPython's Objects/locations.md; decoded by marshal's LocationTable). */
final class LocationTableWriter {
    private final ByteSink out = new ByteSink();
    private int lineno;

    private LocationTableWriter(int firstLineNo) { this.lineno = firstLineNo; }

    static byte[] write(List<FinalInstr> instrs, int[] opargs, int firstLineNo) {
        LocationTableWriter w = new LocationTableWriter(firstLineNo);
        Location loc = Location.NONE;
        int size = 0;
        for (int i = 0; i < instrs.size(); i++) {
            FinalInstr ins = instrs.get(i);
            if (!loc.equals(ins.loc())) {
                w.emit(loc, size);
                loc = ins.loc();
                size = 0;
            }
            size += JumpResolver.size(ins, opargs[i]);
        }
        w.emit(loc, size);
        return w.out.toByteArray();
    }

    private void emit(Location loc, int isize) {
        if (isize == 0) return;
        while (isize > 8) {
            entry(loc, 8);
            isize -= 8;
        }
        entry(loc, isize);
    }

    private void first(int code, int length) { out.write(0x80 | (code << 3) | (length - 1)); }

    private void entry(Location loc, int isize) {
        if (loc.lineno() < 0) {
            first(15, isize);
            return;
        }
        int delta = loc.lineno() - lineno;
        int col = loc.col();
        int endCol = loc.endCol();
        if (col < 0 || endCol < 0) {
            if (loc.endLineno() == loc.lineno() || loc.endLineno() == -1) {
                first(13, isize);
                svarint(delta);
                lineno = loc.lineno();
                return;
            }
        } else if (loc.endLineno() == loc.lineno()) {
            if (delta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                first(col >> 3, isize);
                out.write(((col & 7) << 4) | (endCol - col));
                return;
            }
            if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
                first(10 + delta, isize);
                out.write(col);
                out.write(endCol);
                lineno = loc.lineno();
                return;
            }
        }
        first(14, isize);
        svarint(delta);
        varint(loc.endLineno() - loc.lineno());
        varint(col + 1);
        varint(endCol + 1);
        lineno = loc.lineno();
    }

    private void varint(int v) {
        while (v >= 64) {
            out.write(64 | (v & 63));
            v >>>= 6;
        }
        out.write(v);
    }

    private void svarint(int v) { varint(v < 0 ? ((-v) << 1) | 1 : v << 1); }
}
