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
 * static final fields (class data of a hidden class), so HotSpot treats them as constants.
 */
final class Translator {
    static final String INTERP = "dev/jpy/vm/interp/", OBJ = "dev/jpy/vm/object/";
    static final String FRAME = INTERP + "Frame", JITOPS = INTERP + "JitOps", O = "Ljava/lang/Object;", OS = "[Ljava/lang/Object;";
    /** HotSpot does not compile methods longer than this (HugeMethodLimit): such code stays with jpy's interpreter. */
    static final int HOTSPOT_BYTES = 8000;
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

    private Translator(PyCodeObj code, Flow flow, String cls, int maxBytes) {
        this.maxBytes = maxBytes;
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
    record Result(byte[] bytes, Object[] data, int codeBytes) {}

    static Result translate(PyCodeObj code, String cls, int maxBytes) {
        Flow flow = Flow.of(code);
        if (flow == null) return null;
        Translator t = new Translator(code, flow, cls, maxBytes);
        return t.emitClass() ? new Result(t.cw.toByteArray(), t.data.toArray(), t.codeBytes) : null;
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
        mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "run", "(L" + FRAME + ";II)" + O, null, null);
        mv.visitCode();
        Label end = new Label();
        if (!emitRun()) return false;
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        codeBytes = end.getOffset();
        if (codeBytes > maxBytes) return false;
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

    private boolean emitRun() {
        int[] instr = code.instr;
        int n = instr.length;
        labels = new Label[n + 1];
        for (int i = 0; i <= n; i++) labels[i] = new Label();
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "s", OS);
        mv.visitVarInsn(ASTORE, S);
        for (int k = TMP; k < STK + code.frameSize - nl; k++) {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, k);
        }
        // the entry switch: each entry checks the stack pointer it expects, else the interpreter takes the frame
        Label fallback = new Label();
        int[] keys = flow.entries.keySet().stream().mapToInt(Integer::intValue).toArray();
        Label[] stubs = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) stubs[k] = new Label();
        mv.visitVarInsn(ILOAD, PC);
        mv.visitLookupSwitchInsn(fallback, keys, stubs);
        for (int k = 0; k < keys.length; k++) {
            mv.visitLabel(stubs[k]);
            mv.visitVarInsn(ILOAD, SP);
            int depth = flow.entries.get(keys[k]);
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
        for (int i = 0; i < n; i = Flow.next(instr, i)) {
            if (flow.depth[i] < 0) continue;
            mv.visitLabel(labels[i]);
            int consumed = ops.emit(i, nl + flow.depth[i]);
            if (consumed < 0) return false;
            if (consumed > 0) i = Flow.next(instr, i); // a fused pair (compare and jump): skip the jump
        }
        return true;
    }

    // ---------------------------------------------------------------- emission helpers for Ops

    PyCodeObj code() { return code; }

    Flow flow() { return flow; }

    MethodVisitor mv() { return mv; }

    Label label(int pc) { return labels[pc]; }

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
