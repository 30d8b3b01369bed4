package dev.jpy.vm.interp;

import dev.jpy.marshal.code.ExceptionTable;
import dev.jpy.marshal.code.LocationTable;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.Types;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * The bytecode check a code object passes before it first runs (CPython makes none; jpy must not fail with a
 * Java exception on a crafted .pyc): known opcodes, caches inside the code, jump targets on instruction
 * boundaries, opargs inside co_consts / co_names / the locals, a sound exception table and location table,
 * no falling off the end, and a stack depth within co_stacksize. A failure is a one-line SystemError naming
 * the code object, its file and the byte offset.
 */
public final class CodeCheck {
    private CodeCheck() {}

    /** The largest co_stacksize jpy accepts (a frame allocates that many slots). */
    private static final int MAX_STACK = 1 << 20;

    /** Checks {@code code}; raises SystemError with the first problem found. */
    public static void check(PyCode code) {
        String problem;
        try {
            problem = problem(code);
        } catch (RuntimeException e) {
            problem = "malformed code object (" + e.getMessage() + ")";
        }
        if (problem != null) throw fail(code, problem);
    }

    private static PyRaise fail(PyCode code, String problem) {
        String name = code.name() == null ? "?" : code.name().value();
        String file = code.filename() == null ? "?" : code.filename().value();
        return Errors.raise(Types.SYSTEM_ERROR, "invalid bytecode in code object '" + name + "' (file \"" + file
                + "\", line " + code.firstLineNo() + "): " + problem);
    }

    private static String problem(PyCode code) {
        if (code.code() == null || code.consts() == null || code.names() == null || code.localsPlusNames() == null
                || code.localsPlusKinds() == null || code.exceptionTable() == null || code.lineTable() == null) {
            return "missing field";
        }
        byte[] raw = code.code().toByteArray();
        if (raw.length == 0 || raw.length % 2 != 0) return "code length " + raw.length + " is not a positive even number";
        int nlocals = code.localsPlusNames().size();
        if (code.localsPlusKinds().toByteArray().length != nlocals) return "co_localsplusnames and co_localspluskinds differ in length";
        for (PyObj n : code.names().items()) if (!(n instanceof dev.jpy.marshal.model.PyStr)) return "co_names holds a " + n.typeName();
        for (PyObj n : code.localsPlusNames().items()) if (!(n instanceof dev.jpy.marshal.model.PyStr)) return "co_localsplusnames holds a " + n.typeName();
        if (code.stackSize() < 0 || code.stackSize() > MAX_STACK) return "co_stacksize " + code.stackSize() + " out of range";
        int n = raw.length / 2;
        int[] op = new int[n], arg = new int[n];
        boolean[] boundary = new boolean[n];
        String e = decode(code, raw, op, arg, boundary);
        if (e != null) return e;
        List<ExceptionTable.Entry> handlers;
        try {
            handlers = ExceptionTable.decode(code.exceptionTable().toByteArray());
        } catch (RuntimeException x) {
            return "malformed exception table (" + x.getMessage() + ")";
        }
        for (ExceptionTable.Entry h : handlers) {
            int s = h.start() / 2, end = h.end() / 2, t = h.target() / 2;
            if (s < 0 || end > n || s >= end || t < 0 || t >= n || !boundary[t]) {
                return "exception table entry " + h.start() + " to " + h.end() + " -> " + h.target() + " outside the code (" + raw.length + " bytes)";
            }
            if (h.depth() > code.stackSize()) return "exception table depth " + h.depth() + " exceeds co_stacksize " + code.stackSize();
        }
        try {
            LocationTable.decode(code.lineTable().toByteArray(), code.firstLineNo());
        } catch (RuntimeException x) {
            return "malformed location table (" + x.getMessage() + ")";
        }
        return stackDepth(code, op, arg, boundary, handlers);
    }

    /** Decodes instructions (EXTENDED_ARG folded in) and checks each one's opcode, caches and argument. */
    private static String decode(PyCode code, byte[] raw, int[] op, int[] arg, boolean[] boundary) {
        int n = op.length, nlocals = code.localsPlusNames().size(), ext = 0;
        for (int i = 0; i < n; ) {
            int o = raw[2 * i] & 0xFF, a = (raw[2 * i + 1] & 0xFF) | ext << 8;
            Opcode oc = Opcode.byNumber(o);
            if (oc == null || oc.isSpecialized() || oc.isInstrumented() || oc.isPseudo() || !oc.hasKnownStackEffect()
                    || oc == Opcode.ENTER_EXECUTOR || oc == Opcode.RESERVED) {
                return "unknown opcode " + o + " at offset " + 2 * i;
            }
            boundary[i] = true;
            op[i] = o;
            arg[i] = a;
            int next = i + 1 + oc.cacheEntries();
            if (next > n) return oc.name() + " at offset " + 2 * i + " runs past the end of the code";
            String bad = argProblem(code, oc, a, nlocals, n, next);
            if (bad != null) return bad + " (" + oc.name() + " at offset " + 2 * i + ")";
            ext = oc == Opcode.EXTENDED_ARG ? a : 0;
            if (ext > (1 << 23)) return "EXTENDED_ARG too large at offset " + 2 * i;
            i = next;
        }
        for (int i = 0; i < n; i++) {
            if (!boundary[i]) continue;
            Opcode oc = Opcode.byNumber(op[i]);
            if (oc.hasJump()) {
                int t = target(oc, i, arg[i]);
                if (oc == Opcode.FOR_ITER && t + 2 >= n) t = n; // the loop's exit skips END_FOR and POP_TOP
                if (t < 0 || t >= n || !boundary[t]) return "jump target " + 2L * t + " of " + oc.name() + " at offset " + 2 * i
                        + " is not an instruction of the code (" + raw.length + " bytes)";
            }
        }
        return null;
    }

    /** The code unit a jump instruction at i goes to. */
    static int target(Opcode oc, int i, int arg) {
        int next = i + 1 + oc.cacheEntries();
        return oc.isBackwardJump() ? next - arg : next + arg;
    }

    private static String argProblem(PyCode code, Opcode oc, int a, int nlocals, int n, int next) {
        int nconsts = code.consts().size(), nnames = code.names().size();
        if (oc.hasConst() && a >= nconsts) return "constant index " + a + " out of range (" + nconsts + " constants)";
        if (oc.hasName()) {
            int idx = switch (oc) {
                case LOAD_GLOBAL, LOAD_ATTR -> a >> 1;
                case LOAD_SUPER_ATTR -> a >> 2;
                default -> a;
            };
            if (idx >= nnames) return "name index " + idx + " out of range (" + nnames + " names)";
        }
        if (oc.hasLocal() || oc.hasFree()) {
            boolean pair = oc == Opcode.LOAD_FAST_LOAD_FAST || oc == Opcode.STORE_FAST_LOAD_FAST || oc == Opcode.STORE_FAST_STORE_FAST;
            int hi = pair ? Math.max(a >> 4, a & 15) : a;
            if (pair && a > 255 || hi >= nlocals) return "local index " + hi + " out of range (" + nlocals + " locals)";
        }
        return switch (oc) {
            case COPY_FREE_VARS -> a > code.freevars().size() ? "COPY_FREE_VARS of " + a + " free variables" : null;
            case BINARY_OP -> a >= Opcode.NB_OPS.size() ? "binary operation " + a + " out of range" : null;
            case COMPARE_OP -> (a >> 5) >= Opcode.CMP_OP.size() ? "comparison " + (a >> 5) + " out of range" : null;
            case CALL_INTRINSIC_1 -> a == 0 || a >= Opcode.INTRINSIC_1_DESCS.size() ? "intrinsic " + a + " out of range" : null;
            case CALL_INTRINSIC_2 -> a == 0 || a >= Opcode.INTRINSIC_2_DESCS.size() ? "intrinsic " + a + " out of range" : null;
            case COPY -> a < 1 ? "COPY 0" : null;
            case SWAP -> a < 2 ? "SWAP " + a : null;
            default -> null;
        };
    }

    /** Whether execution never goes on to the next instruction. */
    private static boolean noFallthrough(Opcode oc) {
        return switch (oc) {
            case RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> true;
            default -> false;
        };
    }

    /** Walks every path from the entry and the handlers: the depth never below 0 nor above co_stacksize. */
    private static String stackDepth(PyCode code, int[] op, int[] arg, boolean[] boundary, List<ExceptionTable.Entry> handlers) {
        int n = op.length, max = code.stackSize();
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.add(0);
        for (ExceptionTable.Entry h : handlers) {
            int t = h.target() / 2, d = h.depth() + (h.lasti() ? 1 : 0) + 1;
            if (d > max) return "stack depth " + d + " at the handler at offset " + h.target() + " exceeds co_stacksize " + max;
            if (d > depth[t]) { depth[t] = d; work.add(t); }
        }
        while (!work.isEmpty()) {
            int i = work.poll(), d = depth[i];
            Opcode oc = Opcode.byNumber(op[i]);
            int a = arg[i];
            if ((oc == Opcode.COPY || oc == Opcode.SWAP) && a > d) {
                return oc.name() + " " + a + " at offset " + 2 * i + " with only " + d + " values on the stack";
            }
            int next = i + 1 + oc.cacheEntries();
            if (oc.hasJump()) {
                String bad = flow(target(oc, i, a), d + oc.stackEffect(a, true), depth, work, max, i);
                if (bad != null) return bad;
            }
            if (noFallthrough(oc)) continue;
            if (next >= n) return "execution runs past the end of the code after offset " + 2 * i;
            String bad = flow(next, d + oc.stackEffect(a, false), depth, work, max, i);
            if (bad != null) return bad;
        }
        return null;
    }

    private static String flow(int to, int d, int[] depth, ArrayDeque<Integer> work, int max, int from) {
        if (d < 0) return "stack underflow at offset " + 2 * from;
        if (d > max) return "stack depth " + d + " at offset " + 2 * from + " exceeds co_stacksize " + max;
        if (d > depth[to]) {
            depth[to] = d;
            work.add(to);
        }
        return null;
    }
}
