package dev.jpy.vm.jit;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.PyCodeObj;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The static facts the translator needs about a code object: the stack depth before each reachable instruction
 * (-1 when unreachable; the translation gives up when two paths disagree), the jump targets, and the entry points
 * where the interpreter may hand a frame over (the start, exception handlers, resumption after a yield or a
 * send, loop heads) with the stack depth expected there.
 */
final class Flow {
    final int[] depth;
    final boolean[] target;
    /** Entry pc to its stack depth. */
    final TreeMap<Integer, Integer> entries = new TreeMap<>();
    /** Each jump as {from, to} (fall-through edges aside). */
    final java.util.List<int[]> jumps = new java.util.ArrayList<>();

    private Flow(int n) {
        depth = new int[n];
        target = new boolean[n];
        Arrays.fill(depth, -1);
    }

    static Opcode op(int word) { return Opcode.byNumber(word & 0xFF); }

    static int next(int[] instr, int i) { return i + 1 + op(instr[i]).cacheEntries(); }

    /** The jump target of the jump at i (FOR_ITER: its END_FOR; the loop exit is 2 units further). */
    static int jumpTarget(int[] instr, int i) {
        Opcode o = op(instr[i]);
        int arg = instr[i] >>> 8;
        return o.isBackwardJump() ? next(instr, i) - arg : next(instr, i) + arg;
    }

    /** The analysis, or null when the code is not translatable (inconsistent depths, exotic control flow). */
    static Flow of(PyCodeObj code) {
        int[] instr = code.instr;
        int n = instr.length;
        Flow fl = new Flow(n);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (!fl.reach(0, 0, work)) return null;
        fl.entries.put(0, 0);
        int[] t = code.excTable;
        for (int i = 0; i < t.length; i += 4) {
            int d = (t[i + 3] >> 1) + (t[i + 3] & 1) + 1;
            if (!fl.reach(t[i + 2], d, work)) return null;
            fl.entries.put(t[i + 2], d);
        }
        while (!work.isEmpty()) {
            int i = work.poll(), d = fl.depth[i];
            Opcode o = op(instr[i]);
            if (o == null) return null;
            int arg = instr[i] >>> 8, nx = next(instr, i);
            switch (o) {
                case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE -> { continue; }
                case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                    int to = jumpTarget(instr, i);
                    if (!fl.reach(to, d, work)) return null;
                    fl.target[to] = true;
                    fl.jumps.add(new int[] {i, to});
                    if (o != Opcode.JUMP_FORWARD) fl.entries.put(to, d);
                    continue;
                }
                case FOR_ITER -> {
                    int exit = jumpTarget(instr, i) + 2;
                    if (!fl.reach(exit, d - 1, work)) return null;
                    fl.target[exit] = true;
                    fl.jumps.add(new int[] {i, exit});
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, SEND -> {
                    int to = jumpTarget(instr, i);
                    if (!fl.reach(to, d + o.stackEffect(arg, true), work)) return null;
                    fl.target[to] = true;
                    fl.jumps.add(new int[] {i, to});
                }
                default -> {
                    if (o.hasJump()) return null; // a jump the translator does not know
                }
            }
            int after = d + o.stackEffect(arg, false);
            if (!fl.reach(nx, after, work)) return null;
            switch (o) {
                case YIELD_VALUE, RETURN_GENERATOR, END_SEND -> fl.entries.put(nx, after);
                default -> { }
            }
        }
        return fl;
    }

    /** Records depth d at instruction i; false when out of range or in conflict with a depth seen before. */
    private boolean reach(int i, int d, ArrayDeque<Integer> work) {
        if (i < 0 || i >= depth.length || d < 0) return false;
        if (depth[i] == -1) {
            depth[i] = d;
            work.add(i);
            return true;
        }
        return depth[i] == d;
    }
}
