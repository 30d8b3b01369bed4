package dev.jpy.vm.jit;

import static org.objectweb.asm.Opcodes.*;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.PyCodeObj;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Translates one code object into a JVM class extending {@code JitCode}: its {@code run(Frame, int pc, int sp)}
 * enters at pc through a switch over the {@link Flow} entry points, then runs each Python instruction as
 * straight-line JVM code (jumps are gotos) over the frame's array exactly as the interpreter would, with the
 * stack pointer a constant per instruction. {@code f.lasti} is stored before each instruction that can raise, so
 * unwinding, tracebacks and generators see what they see under the interpreter. The constants and names are
 * static final fields (class data of a hidden class), so HotSpot treats them as constants. Code longer than
 * {@link #PART_BYTES} of JVM code is split into several methods at instruction boundaries: a jump into another part
 * spills the stack to the frame and returns {@code JitCode.HANDOFF} to {@code run}, which calls the part holding the
 * target; so large functions and module bodies get translated too, in methods HotSpot compiles.
 */
final class Translator {
    static final String INTERP = "dev/jpy/vm/interp/", OBJ = "dev/jpy/vm/object/";
    static final String FRAME = INTERP + "Frame", JITOPS = INTERP + "JitOps", O = "Ljava/lang/Object;", OS = "[Ljava/lang/Object;";
    /** HotSpot does not compile methods longer than this (HugeMethodLimit): such code stays with jpy's interpreter. */
    static final int HOTSPOT_BYTES = 8000;
    /** Longer code is split into JVM methods of about this size (under HOTSPOT_BYTES with room for hand-off stubs). */
    static final int PART_BYTES = Integer.getInteger("jpy.jitPartBytes", 6000);
    /** The part size when every code object is translated (tests): small, so that many code objects get split. */
    static final int TEST_PART_BYTES = Integer.getInteger("jpy.jitTestPartBytes", 1000);
    /** JVM locals of run: this, the frame, pc, sp, the frame's array, a temporary, a callee frame and its translation. */
    static final int F = 1, PC = 2, SP = 3, S = 4, TMP = 5, NF = 6, JC = 7;
    /** The JVM local holding value-stack slot nlocalsplus + k is STK + k. */
    static final int STK = 8;

    private final PyCodeObj code;
    private final Flow flow;
    private final String cls;
    private final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
        @Override protected String getCommonSuperClass(String a, String b) { return "java/lang/Object"; }
    };
    private MethodVisitor mv;
    private int codeBytes;
    private Label[] labels;
    private final List<Object> data = new ArrayList<>();
    private final List<String> dataDesc = new ArrayList<>();
    private final Map<Object, Integer> dataIndex = new IdentityHashMap<>();
    private final int nl;
    private final int maxBytes;
    /** The stack depth the exception handler covering each instruction keeps (0: none). */
    private final int[] handlerDepth;
    /** The targets of the stores begun by {@link #storeTo}: a JVM local, or -1 for the frame's array. */
    private final java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();

    /** The first instruction of each part (one JVM method each); {0} when the code is one method, {@code run}. */
    private final int[] starts;
    /** The instructions [partLo, partHi) of the part being emitted, and its hand-off stubs to other parts by target. */
    private int partLo, partHi;
    private final java.util.TreeMap<Integer, Label> handoffs = new java.util.TreeMap<>();
    /** The JVM code offset of each emitted instruction within its method (what the split is chosen from). */
    private final int[] offsets;

    private Translator(PyCodeObj code, Flow flow, String cls, int maxBytes, int[] starts) {
        this.maxBytes = maxBytes;
        this.starts = starts;
        this.offsets = new int[code.instr.length + 1];
        this.code = code;
        this.flow = flow;
        this.cls = cls;
        this.nl = code.nlocalsplus;
        this.handlerDepth = new int[code.instr.length];
        int[] t = code.excTable;
        for (int pc = 0; pc < handlerDepth.length; pc++) {
            for (int i = 0; i < t.length; i += 4) {
                if (pc >= t[i] && pc < t[i + 1]) {
                    handlerDepth[pc] = t[i + 3] >> 1;
                    break;
                }
            }
        }
    }

    /** The class file and its class data (the constants its static fields hold), or null when not translatable. */
    record Result(byte[] bytes, Object[] data, int codeBytes, int parts) {}

    /**
     * Translates code into one method, or, when that is longer than partBytes of JVM code, into several methods of
     * about partBytes each that hand the frame to each other (a jump or a fall-through into another part spills the
     * stack and returns to the dispatching {@code run}); null when not translatable or a method exceeds maxBytes.
     */
    static Result translate(PyCodeObj code, String cls, int maxBytes, int partBytes) {
        Flow flow = Flow.of(code);
        if (flow == null) return null;
        Translator t = new Translator(code, flow, cls, maxBytes, new int[] {0});
        boolean fits = t.emitClass();
        if (fits && t.codeBytes <= partBytes) return t.result();
        int[] starts = t.splitPoints(partBytes);
        if (starts.length == 1) return fits ? t.result() : null;
        Translator parts = new Translator(code, flow, cls, maxBytes, starts);
        return parts.emitClass() ? parts.result() : null;
    }

    private Result result() { return new Result(cw.toByteArray(), data.toArray(), codeBytes, starts.length); }

    /**
     * Where to start parts of about partBytes of JVM code, from the offsets of a translation as one method: at a
     * reachable instruction that does not complete the instruction before it (a test fused with its jump).
     */
    private int[] splitPoints(int partBytes) {
        int[] instr = code.instr;
        List<Integer> at = new ArrayList<>(List.of(0));
        int start = 0, candidate = -1;
        Opcode prev = null;
        for (int i = 0; i < instr.length; i = Flow.next(instr, i)) {
            if (flow.depth[i] < 0) continue;
            if (offsets[i] - offsets[start] > partBytes && candidate > start) {
                at.add(candidate);
                start = candidate;
            }
            boolean fusedTail = prev == Opcode.COMPARE_OP || prev == Opcode.TO_BOOL || prev == Opcode.CONTAINS_OP
                    || prev == Opcode.IS_OP || prev == Opcode.EXTENDED_ARG;
            if (i > start && !fusedTail) candidate = i;
            prev = op(instr[i]);
        }
        if (offsets[instr.length] - offsets[start] > partBytes && candidate > start) at.add(candidate);
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the part holding instruction pc. */
    private int partOf(int pc) {
        int k = starts.length - 1;
        while (starts[k] > pc) k--;
        return k;
    }

    private boolean emitClass() {
        cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, cls, null, INTERP + "JitCode", null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, INTERP + "JitCode", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        boolean fits = true;
        int n = code.instr.length;
        for (int k = 0; k < starts.length; k++) {
            String name = starts.length == 1 ? "run" : "p" + k;
            mv = cw.visitMethod(starts.length == 1 ? ACC_PUBLIC | ACC_FINAL : ACC_PRIVATE, name, RUN, null, null);
            mv.visitCode();
            Label end = new Label();
            if (!emitRun(starts[k], k + 1 < starts.length ? starts[k + 1] : n)) return false;
            mv.visitLabel(end);
            offsets[n] = end.getOffset();
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            codeBytes += end.getOffset();
            if (end.getOffset() > maxBytes) fits = false;
        }
        if (starts.length > 1) emitDispatcher();
        if (!fits) return false;
        emitClinit();
        cw.visitEnd();
        return true;
    }

    /** Static final fields k0, k1, ... from the hidden class's class data (an Object[]). */
    private void emitClinit() {
        MethodVisitor c = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        c.visitCode();
        Handle classData = new Handle(H_INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        c.visitLdcInsn(new ConstantDynamic("_", O, classData));
        c.visitTypeInsn(CHECKCAST, OS);
        c.visitVarInsn(ASTORE, 0);
        for (int i = 0; i < data.size(); i++) {
            String desc = dataDesc.get(i);
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "k" + i, desc, null, null).visitEnd();
            c.visitVarInsn(ALOAD, 0);
            iconst(c, i);
            c.visitInsn(AALOAD);
            c.visitTypeInsn(CHECKCAST, desc.substring(1, desc.length() - 1));
            c.visitFieldInsn(PUTSTATIC, cls, "k" + i, desc);
        }
        c.visitInsn(RETURN);
        c.visitMaxs(0, 0);
        c.visitEnd();
    }

    private static final String RUN = "(L" + FRAME + ";II)" + O;

    /** run of a code split into parts: calls the part holding pc until one returns something else than a hand-off. */
    private void emitDispatcher() {
        mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", RUN, null, null);
        mv.visitCode();
        Label loop = new Label(), got = new Label();
        mv.visitLabel(loop);
        for (int k = 0; k < starts.length; k++) {
            Label next = new Label();
            if (k + 1 < starts.length) {
                mv.visitVarInsn(ILOAD, PC);
                iconst(starts[k + 1]);
                mv.visitJumpInsn(IF_ICMPGE, next);
            }
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ILOAD, PC);
            mv.visitVarInsn(ILOAD, SP);
            mv.visitMethodInsn(INVOKEVIRTUAL, cls, "p" + k, RUN, false);
            mv.visitJumpInsn(GOTO, got);
            mv.visitLabel(next);
        }
        mv.visitLabel(got);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETSTATIC, INTERP + "JitCode", "HANDOFF", O);
        Label done = new Label();
        mv.visitJumpInsn(IF_ACMPNE, done);
        mv.visitInsn(POP);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "resumePc", "I");
        mv.visitVarInsn(ISTORE, PC);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "resumeSp", "I");
        mv.visitVarInsn(ISTORE, SP);
        mv.visitVarInsn(ALOAD, F);
        mv.visitInsn(ICONST_M1);
        mv.visitFieldInsn(PUTFIELD, FRAME, "resumePc", "I");
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Emits the instructions [lo, hi) as the body of the method being written. */
    private boolean emitRun(int lo, int hi) {
        int[] instr = code.instr;
        int n = instr.length;
        labels = new Label[n + 1];
        for (int i = 0; i <= n; i++) labels[i] = new Label();
        partLo = lo;
        partHi = hi;
        handoffs.clear();
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "s", OS);
        mv.visitVarInsn(ASTORE, S);
        for (int k = TMP; k < STK + code.frameSize - nl; k++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, k);
        }
        // the entry switch: each entry checks the stack pointer it expects, else the interpreter takes the frame
        Label fallback = new Label();
        java.util.TreeMap<Integer, Integer> entries = new java.util.TreeMap<>(flow.entries.subMap(lo, hi));
        if (starts.length > 1) { // where other parts hand over: this part's start and the targets of their jumps here
            entries.put(lo, flow.depth[lo]);
            for (int[] j : flow.jumps) if (j[1] >= lo && j[1] < hi && partOf(j[0]) != partOf(j[1])) entries.put(j[1], flow.depth[j[1]]);
        }
        int[] keys = entries.keySet().stream().mapToInt(Integer::intValue).toArray();
        Label[] stubs = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) stubs[k] = new Label();
        mv.visitVarInsn(ILOAD, PC);
        mv.visitLookupSwitchInsn(fallback, keys, stubs);
        for (int k = 0; k < keys.length; k++) {
            mv.visitLabel(stubs[k]);
            mv.visitVarInsn(ILOAD, SP);
            int depth = entries.get(keys[k]);
            iconst(nl + depth);
            mv.visitJumpInsn(IF_ICMPNE, fallback);
            reload(nl, nl + depth);
            mv.visitJumpInsn(GOTO, labels[keys[k]]);
        }
        mv.visitLabel(fallback);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitVarInsn(ILOAD, SP);
        mv.visitMethodInsn(INVOKESTATIC, JITOPS, "interpret", "(L" + FRAME + ";II)" + O, false);
        mv.visitInsn(ARETURN);
        Ops ops = new Ops(this);
        for (int i = lo; i < hi; i = Flow.next(instr, i)) {
            if (flow.depth[i] < 0) continue;
            mv.visitLabel(labels[i]);
            offsets[i] = labels[i].getOffset();
            int consumed = ops.emit(i, nl + flow.depth[i]);
            if (consumed < 0) return false;
            if (consumed > 0) i = Flow.next(instr, i); // a fused pair (compare and jump): skip the jump
        }
        if (hi < n && flow.depth[hi] >= 0) mv.visitJumpInsn(GOTO, label(hi)); // falls through into the next part
        for (var e : handoffs.entrySet()) { // a jump into another part: the stack to the frame, then back to run
            int pc = e.getKey(), sp = nl + flow.depth[pc];
            mv.visitLabel(e.getValue());
            spill(nl, sp);
            frame();
            iconst(pc);
            iconst(sp);
            call(JITOPS, "handoff", "(L" + FRAME + ";II)" + O);
            mv.visitInsn(ARETURN);
        }
        return true;
    }

    // ---------------------------------------------------------------- emission helpers for Ops

    PyCodeObj code() { return code; }

    Flow flow() { return flow; }

    MethodVisitor mv() { return mv; }

    /** The label of instruction pc: in this part its own, else a stub handing the frame over to pc's part. */
    Label label(int pc) { return pc >= partLo && pc < partHi ? labels[pc] : handoffs.computeIfAbsent(pc, k -> new Label()); }

    static void iconst(MethodVisitor m, int v) {
        if (v >= -1 && v <= 5) m.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) m.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) m.visitIntInsn(SIPUSH, v);
        else m.visitLdcInsn(v);
    }

    void iconst(int v) { iconst(mv, v); }

    /** Pushes a constant object as a static final field of the class, typed by its JVM descriptor. */
    void constant(Object v, String desc) {
        Integer k = dataIndex.get(v);
        if (k == null || !dataDesc.get(k).equals(desc)) {
            k = data.size();
            data.add(v);
            dataDesc.add(desc);
            dataIndex.put(v, k);
        }
        mv.visitFieldInsn(GETSTATIC, cls, "k" + k, desc);
    }

    void frame() { mv.visitVarInsn(ALOAD, F); }

    void stack() { mv.visitVarInsn(ALOAD, S); }

    void tmpStore() { mv.visitVarInsn(ASTORE, TMP); }

    void tmpLoad() { mv.visitVarInsn(ALOAD, TMP); }

    /*
     * Slots below nlocalsplus (fast locals, cells, free variables) live in the frame's array; value-stack slots live
     * in JVM locals, written to the array (spill) only where something reads them there: a handler's kept stack
     * before an instruction that may raise, a yield, and the helpers that take the stack as (s, sp).
     */

    /** Pushes slot's value. */
    void load(int slot) {
        if (slot >= nl) {
            mv.visitVarInsn(ALOAD, STK + slot - nl);
            return;
        }
        stack();
        iconst(slot);
        mv.visitInsn(AALOAD);
    }

    /** Starts slot = ... (ended by {@link #store}). */
    void storeTo(int slot) {
        if (slot >= nl) {
            pending.push(STK + slot - nl);
            return;
        }
        stack();
        iconst(slot);
        pending.push(-1);
    }

    void store() {
        int local = pending.pop();
        if (local >= 0) mv.visitVarInsn(ASTORE, local);
        else mv.visitInsn(AASTORE);
    }

    /** Writes the value-stack slots in [from, to) to the frame's array. */
    void spill(int from, int to) {
        for (int slot = Math.max(from, nl); slot < to; slot++) {
            stack();
            iconst(slot);
            mv.visitVarInsn(ALOAD, STK + slot - nl);
            mv.visitInsn(AASTORE);
        }
    }

    /** Reads the value-stack slots in [from, to) back from the frame's array. */
    void reload(int from, int to) {
        for (int slot = Math.max(from, nl); slot < to; slot++) {
            stack();
            iconst(slot);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, STK + slot - nl);
        }
    }

    /** Spills what the exception handler covering instruction pc keeps of the stack. */
    void spillForHandler(int pc) { spill(nl, nl + handlerDepth[pc]); }

    int nlocalsplus() { return nl; }

    void clear(int slot) {
        storeTo(slot);
        mv.visitInsn(ACONST_NULL);
        store();
    }

    /** f.lasti = pc: what tracebacks and the exception table read when the instruction raises. */
    void lasti(int pc) {
        frame();
        iconst(pc);
        mv.visitFieldInsn(PUTFIELD, FRAME, "lasti", "I");
        spillForHandler(pc);
    }

    void call(String owner, String name, String desc) { mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false); }

    static Opcode op(int word) { return Flow.op(word); }
}
