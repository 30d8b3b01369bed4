package dev.jpy.vm.jit;

import static dev.jpy.vm.jit.Translator.FRAME;
import static dev.jpy.vm.jit.Translator.INTERP;
import static dev.jpy.vm.jit.Translator.JITOPS;
import static dev.jpy.vm.jit.Translator.O;
import static dev.jpy.vm.jit.Translator.OBJ;
import static dev.jpy.vm.jit.Translator.OS;
import static org.objectweb.asm.Opcodes.*;

import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.interp.AttrSite;
import dev.jpy.vm.interp.JitArith;
import dev.jpy.vm.object.PyCodeObj;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The JVM code of each Python instruction, the same steps as the matching case of {@code Interpreter.execute}
 * (through the same helpers), with the stack pointer t a constant. Instructions without a case here run through
 * {@code Rare.execute}, as in the interpreter, and the stack pointer it returns is checked against the analysis.
 */
final class Ops {
    private static final String F = "L" + FRAME + ";", TRUTHY = "(" + O + ")Z", OOO = "(" + O + O + ")" + O;
    private final Translator t;
    private final MethodVisitor mv;
    private final PyCodeObj code;
    private final int[] instr;

    Ops(Translator t) {
        this.t = t;
        this.mv = t.mv();
        this.code = t.code();
        this.instr = code.instr;
    }

    /** Emits instruction i with the stack pointer at sp; returns 1 when it consumed the next instruction too. */
    int emit(int i, int sp) {
        int word = instr[i], arg = word >>> 8, nx = Flow.next(instr, i);
        Opcode op = Translator.op(word);
        switch (op) {
            case NOP, RESUME, EXTENDED_ARG, CACHE -> { }
            case LOAD_FAST, LOAD_FAST_CHECK -> loadFast(i, arg, sp);
            case LOAD_FAST_LOAD_FAST -> {
                loadFast(i, arg >> 4, sp);
                loadFast(i, arg & 15, sp + 1);
            }
            case LOAD_FAST_AND_CLEAR -> {
                t.storeTo(sp);
                t.load(arg);
                t.store();
                t.clear(arg);
            }
            case STORE_FAST -> copy(sp - 1, arg);
            case STORE_FAST_LOAD_FAST -> {
                copy(sp - 1, arg >> 4);
                copy(arg & 15, sp - 1);
            }
            case STORE_FAST_STORE_FAST -> {
                copy(sp - 1, arg >> 4);
                copy(sp - 2, arg & 15);
            }
            case LOAD_CONST -> {
                t.storeTo(sp);
                t.constant(code.consts[arg], O);
                t.store();
            }
            case POP_TOP, END_FOR -> t.clear(sp - 1);
            case PUSH_NULL -> t.clear(sp);
            case COPY -> copy(sp - arg, sp);
            case SWAP -> {
                t.load(sp - 1);
                t.tmpStore();
                copy(sp - arg, sp - 1);
                t.storeTo(sp - arg);
                t.tmpLoad();
                t.store();
            }
            case LOAD_GLOBAL -> {
                t.lasti(i);
                t.storeTo(sp);
                t.frame();
                t.constant(code.names[arg >> 1], "L" + OBJ + "PyStr;");
                t.iconst(i);
                t.call(INTERP + "Fast", "loadGlobal", "(" + F + "L" + OBJ + "PyStr;I)" + O);
                t.store();
                if ((arg & 1) != 0) t.clear(sp + 1);
            }
            case LOAD_ATTR -> loadAttr(i, arg, sp);
            case STORE_ATTR -> {
                t.lasti(i);
                t.frame();
                t.constant(site(i, arg, false), SITE);
                t.load(sp - 1);
                t.load(sp - 2);
                t.call(INTERP + "AttrSite", "store", "(" + F + SITE + O + O + ")V");
            }
            case BINARY_OP -> {
                t.lasti(i);
                t.storeTo(sp - 2);
                t.iconst(arg);
                t.load(sp - 2);
                t.load(sp - 1);
                String m = JitArith.method(arg);
                t.call(INTERP + (m != null ? "JitArith" : "Fast"), m != null ? m : "binary", "(I" + O + O + ")" + O);
                t.store();
            }
            case COMPARE_OP, TO_BOOL, CONTAINS_OP, IS_OP -> { return test(i, op, arg, sp, nx); }
            case UNARY_NOT -> unary(i, sp, JITOPS, "not");
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                t.lasti(i);
                t.load(sp - 1);
                t.call(OBJ + "Ops", "truthy", TRUTHY);
                mv.visitJumpInsn(op == Opcode.POP_JUMP_IF_FALSE ? IFEQ : IFNE, t.label(Flow.jumpTarget(instr, i)));
            }
            case POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                t.load(sp - 1);
                mv.visitFieldInsn(GETSTATIC, OBJ + "PyNone", "NONE", "L" + OBJ + "PyNone;");
                mv.visitJumpInsn(op == Opcode.POP_JUMP_IF_NONE ? IF_ACMPEQ : IF_ACMPNE, t.label(Flow.jumpTarget(instr, i)));
            }
            case JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT -> mv.visitJumpInsn(GOTO, t.label(Flow.jumpTarget(instr, i)));
            case GET_ITER -> unary(i, sp, OBJ + "Ops", "iter");
            case UNARY_NEGATIVE -> unary(i, sp, OBJ + "Arith", "negative");
            case FOR_ITER -> {
                t.lasti(i);
                forIter(sp);
                t.tmpLoad();
                Label more = new Label();
                mv.visitJumpInsn(IFNONNULL, more);
                t.clear(sp - 1);
                mv.visitJumpInsn(GOTO, t.label(Flow.jumpTarget(instr, i) + 2));
                mv.visitLabel(more);
                t.storeTo(sp);
                t.tmpLoad();
                t.store();
            }
            case BINARY_SUBSCR -> binary(i, sp, OBJ + "Seq", "getitem");
            case STORE_SUBSCR -> {
                t.lasti(i);
                t.load(sp - 2);
                t.load(sp - 1);
                t.load(sp - 3);
                t.call(OBJ + "Seq", "setitem", "(" + O + O + O + ")V");
            }
            case CALL -> call(i, arg, sp);
            case RETURN_VALUE -> {
                t.load(sp - 1);
                mv.visitInsn(ARETURN);
            }
            case RETURN_CONST -> {
                t.constant(code.consts[arg], O);
                mv.visitInsn(ARETURN);
            }
            case SEND -> {
                t.lasti(i);
                t.spill(sp - 2, sp);
                t.stack();
                t.iconst(sp);
                t.call(JITOPS, "send", "(" + OS + "I)Z");
                t.reload(sp - 1, sp);
                mv.visitJumpInsn(IFNE, t.label(Flow.jumpTarget(instr, i)));
            }
            case RETURN_GENERATOR -> {
                t.lasti(i);
                t.spill(t.nlocalsplus(), sp);
                t.frame();
                t.iconst(nx);
                t.iconst(sp);
                t.call(JITOPS, "returnGenerator", "(" + F + "II)" + O);
                mv.visitInsn(ARETURN);
            }
            case YIELD_VALUE -> {
                t.spill(t.nlocalsplus(), sp);
                t.frame();
                t.iconst(i);
                t.iconst(nx);
                t.iconst(sp - 1);
                t.load(sp - 1);
                t.call(JITOPS, "yieldValue", "(" + F + "III" + O + ")" + O);
                mv.visitInsn(ARETURN);
            }
            case BUILD_TUPLE, BUILD_LIST, BUILD_STRING -> {
                t.spill(sp - arg, sp);
                t.storeTo(sp - arg);
                t.stack();
                t.iconst(sp - arg);
                t.iconst(arg);
                if (op == Opcode.BUILD_STRING) t.call(OBJ + "PyStr", "build", "(" + OS + "II)L" + OBJ + "PyStr;");
                else t.call(JITOPS, op == Opcode.BUILD_TUPLE ? "tuple" : "list", "(" + OS + "II)" + O);
                t.store();
            }
            case FORMAT_SIMPLE -> unary(i, sp, OBJ + "Format", "simple");
            case FORMAT_WITH_SPEC -> binary(i, sp, OBJ + "Format", "withSpec");
            case LIST_APPEND -> {
                t.load(sp - 1 - arg);
                t.load(sp - 1);
                t.call(JITOPS, "listAppend", "(" + O + O + ")V");
            }
            case LOAD_DEREF -> {
                t.lasti(i);
                t.storeTo(sp);
                t.frame();
                t.iconst(arg);
                t.call(INTERP + "Rare", "loadDeref", "(" + F + "I)" + O);
                t.store();
            }
            case STORE_DEREF -> {
                t.load(arg);
                t.load(sp - 1);
                t.call(JITOPS, "storeDeref", "(" + O + O + ")V");
            }
            case MAKE_CELL -> {
                t.storeTo(arg);
                t.load(arg);
                t.call(JITOPS, "cell", "(" + O + ")" + O);
                t.store();
            }
            case COPY_FREE_VARS -> {
                t.frame();
                t.stack();
                t.iconst(arg);
                t.call(JITOPS, "copyFreeVars", "(" + F + OS + "I)V");
            }
            case UNPACK_SEQUENCE -> {
                t.lasti(i);
                t.spill(sp - 1, sp);
                t.stack();
                t.iconst(sp);
                t.iconst(arg);
                t.call(INTERP + "Rare", "unpack", "(" + OS + "II)I");
                mv.visitInsn(POP);
                t.reload(sp - 1, sp - 1 + arg);
            }
            case BINARY_SLICE -> {
                t.lasti(i);
                t.storeTo(sp - 3);
                t.load(sp - 3);
                t.load(sp - 2);
                t.load(sp - 1);
                t.call(JITOPS, "slice", "(" + O + O + O + ")" + O);
                t.store();
            }
            case LOAD_NAME -> {
                t.lasti(i);
                t.storeTo(sp);
                t.frame();
                t.constant(code.names[arg], "L" + OBJ + "PyStr;");
                t.iconst(i);
                t.call(INTERP + "Fast", "loadName", "(" + F + "L" + OBJ + "PyStr;I)" + O);
                t.store();
            }
            case STORE_NAME -> {
                t.lasti(i);
                t.frame();
                t.constant(code.names[arg], "L" + OBJ + "PyStr;");
                t.load(sp - 1);
                t.iconst(i);
                t.call(INTERP + "Fast", "storeName", "(" + F + "L" + OBJ + "PyStr;" + O + "I)V");
            }
            default -> rare(i, op, arg, sp, nx);
        }
        return 0;
    }

    /**
     * CALL: a Python function's frame is made here and, when its code has a translation, run by a virtual call
     * from this very site (so HotSpot profiles each call site on its own), inside what Interpreter.run does around
     * a frame (JitOps.enter/leave, and JitOps.unwound for an exception); other callables go the interpreter's way.
     */
    private void call(int i, int arg, int sp) {
        int base = sp - arg - 2;
        String jitCode = INTERP + "JitCode";
        Label have = new Label(), jit = new Label(), tryStart = new Label(), tryEnd = new Label(), handler = new Label(),
                result = new Label(), done = new Label();
        t.lasti(i);
        boolean direct = arg <= 3; // the arguments go from JVM locals straight into the new frame
        Label notBuiltin = new Label();
        if (direct) { // a builtin (its own test here, so each site's profile keeps the paths it never takes cold)
            t.load(base);
            mv.visitTypeInsn(INSTANCEOF, BUILTIN);
            mv.visitJumpInsn(IFEQ, notBuiltin);
            t.storeTo(base);
            t.load(base);
            mv.visitTypeInsn(CHECKCAST, BUILTIN);
            mv.visitFieldInsn(GETFIELD, BUILTIN, "body", "L" + BUILTIN + "$Body;");
            for (int k = base + 1; k < sp; k++) t.load(k);
            t.call(JITOPS, "args" + arg, "(" + O.repeat(arg + 1) + ")" + OS);
            mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKEINTERFACE, BUILTIN + "$Body", "call", "(" + OS + "L" + OBJ + "PyTuple;)" + O, true);
            t.store();
            mv.visitJumpInsn(GOTO, done);
        }
        mv.visitLabel(notBuiltin);
        if (direct) {
            t.frame();
            for (int k = base; k < sp; k++) t.load(k);
            t.call(JITOPS, "frame" + arg, "(" + F + O.repeat(arg + 2) + ")" + F);
        } else {
            t.spill(base, sp);
            t.frame();
            t.stack();
            t.iconst(sp);
            t.iconst(arg);
            t.call(JITOPS, "frameFor", "(" + F + OS + "II)" + F);
        }
        mv.visitVarInsn(ASTORE, Translator.NF);
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitJumpInsn(IFNONNULL, have);
        t.storeTo(base); // not a Python function taking these arguments: a builtin's body or Ops.call
        if (direct) {
            for (int k = base; k < sp; k++) t.load(k);
            t.call(JITOPS, "call" + arg, "(" + O.repeat(arg + 2) + ")" + O);
        } else {
            t.stack();
            t.iconst(sp);
            t.iconst(arg);
            t.call(JITOPS, "callStack", "(" + OS + "II)" + O);
        }
        t.store();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(have);
        translationOfNewFrame();
        mv.visitVarInsn(ASTORE, Translator.JC);
        mv.visitVarInsn(ALOAD, Translator.JC);
        mv.visitJumpInsn(IFNONNULL, jit);
        mv.visitVarInsn(ALOAD, Translator.NF);
        t.call(JITOPS, "runFrame", "(" + F + ")" + O);
        t.tmpStore();
        mv.visitJumpInsn(GOTO, result);
        mv.visitLabel(jit);
        mv.visitVarInsn(ALOAD, Translator.NF);
        t.call(JITOPS, "enter", "(" + F + ")V");
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/Throwable");
        mv.visitLabel(tryStart);
        mv.visitVarInsn(ALOAD, Translator.JC);
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitFieldInsn(GETFIELD, FRAME, "code", "L" + OBJ + "PyCodeObj;");
        mv.visitFieldInsn(GETFIELD, OBJ + "PyCodeObj", "nlocalsplus", "I");
        mv.visitMethodInsn(INVOKEVIRTUAL, jitCode, "run", "(" + F + "II)" + O, false);
        t.tmpStore();
        mv.visitLabel(tryEnd);
        mv.visitVarInsn(ALOAD, Translator.NF);
        t.call(JITOPS, "leave", "(" + F + ")V");
        mv.visitJumpInsn(GOTO, result);
        mv.visitLabel(handler);
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitInsn(SWAP);
        t.call(JITOPS, "unwound", "(" + F + "Ljava/lang/Throwable;)" + O);
        t.tmpStore();
        mv.visitLabel(result);
        t.storeTo(base);
        t.tmpLoad();
        t.store();
        mv.visitLabel(done);
    }

    private static final String SITE = "L" + INTERP + "AttrSite;", BUILTIN = OBJ + "PyBuiltin";

    /** The inline cache of the LOAD_ATTR or STORE_ATTR at i. */
    private Object site(int i, int arg, boolean load) { return AttrSite.of(code, arg, i, load); }

    /**
     * LOAD_ATTR through the site's cache (AttrSite): an attribute is one call; a method load takes the function
     * the cache gives, with the owner as self, else goes the interpreter's way over the spilled stack.
     */
    private void loadAttr(int i, int arg, int sp) {
        t.lasti(i);
        Object site = site(i, arg, true);
        if ((arg & 1) == 0) {
            t.storeTo(sp - 1);
            t.frame();
            t.constant(site, SITE);
            t.load(sp - 1);
            t.call(INTERP + "AttrSite", "load", "(" + F + SITE + O + ")" + O);
            t.store();
            return;
        }
        Label slow = new Label(), done = new Label();
        t.constant(site, SITE);
        t.load(sp - 1);
        t.call(INTERP + "AttrSite", "method", "(" + SITE + O + ")" + O);
        t.tmpStore();
        t.tmpLoad();
        mv.visitJumpInsn(IFNULL, slow);
        copy(sp - 1, sp);
        t.storeTo(sp - 1);
        t.tmpLoad();
        t.store();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(slow);
        t.spill(sp - 1, sp);
        t.frame();
        t.constant(site, SITE);
        t.stack();
        t.iconst(sp);
        t.call(INTERP + "AttrSite", "methodMiss", "(" + F + SITE + OS + "I)V");
        t.reload(sp - 1, sp + 1);
        mv.visitLabel(done);
    }

    /**
     * FOR_ITER's next value (or null) into TMP. A generator whose code has a translation is resumed here: its
     * translation is run by a virtual call from this site (one generator's code per loop, as a rule, which HotSpot
     * can then inline), between Generator.jitResume and jitDone (jitFailed for an exception); else JitOps.forIter.
     */
    private void forIter(int sp) {
        String gen = INTERP + "Generator", g = "L" + gen + ";", jitCode = INTERP + "JitCode";
        Label generic = new Label(), done = new Label(), tryStart = new Label(), tryEnd = new Label(), handler = new Label();
        t.load(sp - 1);
        mv.visitTypeInsn(INSTANCEOF, gen);
        mv.visitJumpInsn(IFEQ, generic);
        t.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, gen);
        mv.visitMethodInsn(INVOKEVIRTUAL, gen, "jitResume", "()I", false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, Translator.PC); // the entry pc is dead here: a scratch int
        mv.visitJumpInsn(IFLT, generic);
        t.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, gen);
        mv.visitFieldInsn(GETFIELD, gen, "frame", "L" + FRAME + ";");
        mv.visitVarInsn(ASTORE, Translator.NF);
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/Throwable");
        mv.visitLabel(tryStart);
        translationOfNewFrame();
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitVarInsn(ILOAD, Translator.PC);
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitFieldInsn(GETFIELD, FRAME, "resumeSp", "I");
        mv.visitMethodInsn(INVOKEVIRTUAL, jitCode, "run", "(" + F + "II)" + O, false);
        t.tmpStore();
        mv.visitLabel(tryEnd);
        t.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, gen);
        t.tmpLoad();
        mv.visitMethodInsn(INVOKEVIRTUAL, gen, "jitDone", "(" + O + ")" + O, false);
        t.tmpStore();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(handler);
        t.tmpStore();
        t.load(sp - 1);
        mv.visitTypeInsn(CHECKCAST, gen);
        t.tmpLoad();
        mv.visitTypeInsn(CHECKCAST, "java/lang/Throwable");
        mv.visitMethodInsn(INVOKEVIRTUAL, gen, "jitFailed", "(Ljava/lang/Throwable;)" + O, false);
        t.tmpStore();
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(generic);
        t.load(sp - 1);
        t.call(JITOPS, "forIter", "(" + O + ")" + O);
        t.tmpStore();
        mv.visitLabel(done);
    }

    /** Pushes the translation (or null) of the code of the frame in JVM local NF. */
    private void translationOfNewFrame() {
        mv.visitVarInsn(ALOAD, Translator.NF);
        mv.visitFieldInsn(GETFIELD, FRAME, "code", "L" + OBJ + "PyCodeObj;");
        mv.visitFieldInsn(GETFIELD, OBJ + "PyCodeObj", "jit", "L" + INTERP + "JitCode;");
    }

    /** Any other instruction: Rare.execute, as the interpreter's default case, with its stack pointer checked. */
    private void rare(int i, Opcode op, int arg, int sp, int nx) {
        t.lasti(i);
        t.spill(t.nlocalsplus(), sp);
        t.frame();
        mv.visitFieldInsn(GETSTATIC, "dev/jpy/marshal/opcode/Opcode", op.name(), "Ldev/jpy/marshal/opcode/Opcode;");
        t.iconst(arg);
        t.iconst(sp);
        t.iconst(nx);
        t.call(INTERP + "Rare", "execute", "(" + F + "Ldev/jpy/marshal/opcode/Opcode;III)I");
        if (op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE) {
            mv.visitInsn(POP);
            t.frame();
            t.iconst(i);
            t.call(JITOPS, "fellThrough", "(" + F + "I)Ldev/jpy/vm/object/PyRaise;");
            mv.visitInsn(ATHROW);
            return;
        }
        int want = sp + op.stackEffect(arg, false);
        mv.visitInsn(DUP);
        t.iconst(want);
        Label ok = new Label();
        mv.visitJumpInsn(IF_ICMPEQ, ok);
        t.frame();
        t.iconst(i);
        t.iconst(want);
        t.call(JITOPS, "stackMismatch", "(I" + F + "II)Ldev/jpy/vm/object/PyRaise;");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        mv.visitInsn(POP);
        t.reload(t.nlocalsplus(), want);
    }

    /**
     * COMPARE_OP, TO_BOOL, CONTAINS_OP and IS_OP; when a POP_JUMP_IF_FALSE/TRUE that nothing else jumps to follows,
     * both become one JVM branch on the test's truth (no bool object in between). Returns 1 when fused.
     */
    private int test(int i, Opcode op, int arg, int sp, int nx) {
        Opcode jump = nx < instr.length ? Translator.op(instr[nx]) : null;
        boolean fuse = (jump == Opcode.POP_JUMP_IF_FALSE || jump == Opcode.POP_JUMP_IF_TRUE)
                && !t.flow().target[nx] && !t.flow().entries.containsKey(nx)
                && (op != Opcode.COMPARE_OP || (arg & 16) != 0);
        if (op != Opcode.IS_OP) t.lasti(i);
        int top = op == Opcode.TO_BOOL ? sp - 1 : sp - 2;
        if (!fuse) t.storeTo(top);
        switch (op) {
            case COMPARE_OP -> {
                t.iconst(arg);
                t.load(sp - 2);
                t.load(sp - 1);
                if (fuse) t.call(INTERP + "JitArith", JitArith.COMPARE[arg >> 5], "(I" + O + O + ")Z");
                else t.call(JITOPS, "compare", "(I" + O + O + ")" + O);
            }
            case TO_BOOL -> {
                t.load(sp - 1);
                if (fuse) t.call(OBJ + "Ops", "truthy", TRUTHY);
                else t.call(JITOPS, "bool", "(" + O + ")" + O);
            }
            case CONTAINS_OP -> {
                t.load(sp - 1);
                t.load(sp - 2);
                if (fuse) {
                    t.call(OBJ + "Seq", "contains", "(" + O + O + ")Z");
                    if (arg == 1) negate();
                } else {
                    t.iconst(arg);
                    t.call(JITOPS, "contains", "(" + O + O + "I)" + O);
                }
            }
            default -> { // IS_OP
                t.load(sp - 2);
                t.load(sp - 1);
                if (fuse) {
                    Label yes = new Label(), done = new Label();
                    mv.visitJumpInsn(arg == 1 ? IF_ACMPNE : IF_ACMPEQ, yes);
                    mv.visitInsn(ICONST_0);
                    mv.visitJumpInsn(GOTO, done);
                    mv.visitLabel(yes);
                    mv.visitInsn(ICONST_1);
                    mv.visitLabel(done);
                } else {
                    t.iconst(arg);
                    t.call(JITOPS, "is", "(" + O + O + "I)" + O);
                }
            }
        }
        if (!fuse) {
            t.store();
            return 0;
        }
        mv.visitJumpInsn(jump == Opcode.POP_JUMP_IF_FALSE ? IFEQ : IFNE, t.label(Flow.jumpTarget(instr, nx)));
        return 1;
    }

    private void negate() {
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IXOR);
    }

    private void loadFast(int i, int slot, int to) {
        t.storeTo(to);
        t.load(slot);
        mv.visitInsn(DUP);
        Label ok = new Label();
        mv.visitJumpInsn(IFNONNULL, ok);
        t.spillForHandler(i);
        t.frame();
        t.iconst(slot);
        t.iconst(i);
        t.call(JITOPS, "unbound", "(" + F + "II)Ldev/jpy/vm/object/PyRaise;");
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        t.store();
    }

    /** s[to] = s[from]. */
    private void copy(int from, int to) {
        t.storeTo(to);
        t.load(from);
        t.store();
    }

    /** s[sp-1] = owner.name(s[sp-1]). */
    private void unary(int i, int sp, String owner, String name) {
        t.lasti(i);
        t.storeTo(sp - 1);
        t.load(sp - 1);
        t.call(owner, name, "(" + O + ")" + O);
        t.store();
    }

    /** s[sp-2] = owner.name(s[sp-2], s[sp-1]). */
    private void binary(int i, int sp, String owner, String name) {
        t.lasti(i);
        t.storeTo(sp - 2);
        t.load(sp - 2);
        t.load(sp - 1);
        t.call(owner, name, OOO);
        t.store();
    }
}
