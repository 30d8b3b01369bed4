package dev.jpy.vm.interp;

import dev.jpy.vm.object.PyCodeObj;
import java.lang.invoke.MethodHandles;

/**
 * A code object translated to a JVM class by {@code dev.jpy.vm.jit}: {@link #run} replaces {@link Interpreter#execute}
 * for its frames. Also the policy that decides when: each run of a code object and each loop back-edge taken in the
 * interpreter adds one to {@code PyCodeObj.heat}; at {@link #threshold} the code is translated once (a failure is
 * never retried). {@code JPY_JIT} (or {@code -Djpy.jit}) sets the threshold: a number, 0 to translate every code
 * object before its first run, or {@code off}. ASM and the translator load only when something gets hot.
 */
public abstract class JitCode {
    /** The heat at which a code object is translated; {@link Integer#MAX_VALUE} when the tier is off. */
    public static volatile int threshold = parse(System.getProperty("jpy.jit", System.getenv("JPY_JIT")));

    /** The threshold when neither is set. */
    static final int DEFAULT_THRESHOLD = 1000;

    /**
     * What {@link Interpreter#execute} returns when a loop got hot: {@link Interpreter#run} goes on at
     * (f.resumePc, f.resumeSp) in the translation (on-stack replacement), outside the dispatch loop.
     */
    static final Object OSR = new Object();

    /**
     * What a part of a translation split into several JVM methods returns to hand the frame to another part, at
     * (f.resumePc, f.resumeSp) with the stack in the frame's array.
     */
    static final Object HANDOFF = new Object();

    /** Hands a frame at the head of a hot loop over to its translation: see {@link #OSR}. */
    static Object osr(Frame f, int pc, int sp) {
        f.resumePc = pc;
        f.resumeSp = sp;
        return OSR;
    }

    /** Runs the frame from instruction pc with the stack pointer at sp, as {@link Interpreter#execute} would. */
    public abstract Object run(Frame f, int pc, int sp);

    static int parse(String v) {
        if (v == null || v.isBlank()) return DEFAULT_THRESHOLD;
        if (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false")) return Integer.MAX_VALUE;
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    /**
     * The extra heat of a call from translated code to code not translated yet: such a callee runs inside a loop
     * already hot, so it is translated after threshold / (1 + this) such calls, before jpy's own interpreter loop
     * gets hot enough for HotSpot's C2 to compile it (a large compile that short programs do not earn back).
     */
    static final int JIT_CALLER_HEAT = Integer.getInteger("jpy.jitCallerHeat", 9);

    static void calledFromJit(PyCodeObj code) {
        if (code.heat > 0 && code.heat < threshold) code.heat += JIT_CALLER_HEAT;
    }

    /** Adds one to the heat of code; true when code has (just now) a translation in {@code code.jit}. */
    static boolean warm(PyCodeObj code) {
        if (code.jit != null) return true;
        if (++code.heat < threshold || threshold == Integer.MAX_VALUE) return false;
        JitCode j = dev.jpy.vm.jit.Jit.translate(code, MethodHandles.lookup());
        if (j == null) {
            code.heat = Integer.MIN_VALUE; // not translatable: the interpreter keeps it
            return false;
        }
        code.jit = j;
        return true;
    }
}
