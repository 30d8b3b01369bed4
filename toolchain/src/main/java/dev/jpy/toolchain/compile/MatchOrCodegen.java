package dev.jpy.toolchain.compile;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.compile.MatchCodegen.Ctx;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Or-patterns (CPython 3.13's {@code compiler_pattern_or}): each alternative runs on its own copy
 * of the subject; the names the first one binds set the order every later one must leave its
 * captures in, which the stack rotations restore.
 */
final class MatchOrCodegen {
    private final Codegen c;
    private final MatchCodegen m;

    MatchOrCodegen(Codegen c, MatchCodegen m) {
        this.c = c;
        this.m = m;
    }

    void or(MatchOr p, Ctx pc, Location loc) {
        int end = c.newLabel();
        List<Pattern> alts = p.patterns();
        int size = alts.size();
        Ctx old = pc.copy();
        // the names bound by the first alternative, in their stack order
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = alts.get(i);
            Location altLoc = MatchCodegen.loc(alt);
            pc.stores = new ArrayList<>();
            // an irrefutable alternative must come last, if it is allowed at all
            pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            c.addOp(Opcode.COPY, 1, altLoc);
            m.pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw differentNames(loc);
            } else if (nstores > 0) {
                reorder(control, pc.stores, altLoc, loc);
            }
            c.jump(Opcode.JUMP, end, altLoc);
            m.emitAndResetFailPop(pc, altLoc);
        }
        pc.stores = old.stores;
        pc.allowIrrefutable = old.allowIrrefutable;
        pc.failPop = old.failPop;
        pc.onTop = old.onTop;
        // no alternative matched: pop the last copy of the subject and fail
        c.addOp(Opcode.POP_TOP, loc);
        m.jumpToFailPop(pc, Opcode.JUMP, loc);
        c.useLabel(end);
        int nstores = control.size();
        // between the new captures and their place: the other new captures, the subject's copy,
        // whatever else is on top, and the captures stored before
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            m.rotate(nrots, loc);
            if (pc.stores.contains(name)) throw m.duplicateStore(name, loc);
            pc.stores.add(name);
        }
        c.addOp(Opcode.POP_TOP, loc);
    }

    /** Brings the captures of a later alternative into the control order, on the stack and in {@code stores}. */
    private void reorder(List<String> control, List<String> stores, Location altLoc, Location orLoc) {
        for (int icontrol = stores.size() - 1; icontrol >= 0; icontrol--) {
            String name = control.get(icontrol);
            int istores = stores.indexOf(name);
            if (istores < 0) throw differentNames(orLoc);
            if (icontrol == istores) continue;
            int rotations = istores + 1;
            List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
            stores.subList(0, rotations).clear();
            stores.addAll(icontrol - istores, rotated);
            for (int r = 0; r < rotations; r++) m.rotate(icontrol + 1, altLoc);
        }
    }

    private RuntimeException differentNames(Location loc) {
        return c.error("alternative patterns bind different names", loc);
    }
}
