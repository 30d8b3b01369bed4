package dev.jpy.vm.interp;

import dev.jpy.marshal.opcode.OpNum;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Compare;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.ListIter;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyCell;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.RangeIter;
import dev.jpy.vm.object.Seq;
import dev.jpy.vm.object.Types;

/**
 * The bytecode interpreter. {@link #execute} is the dispatch loop: the frequent instructions inline, the rare
 * ones delegated to {@link Rare} so the loop stays small enough for HotSpot to compile. Exceptions unwind
 * through the exception table in {@link #run}.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Opcodes by number, from the shared table. */
    static final Opcode[] OPS = new Opcode[256];
    /** Inline cache entries after each opcode. */
    static final int[] CACHES = new int[256];
    static {
        for (int i = 0; i < 256; i++) {
            Opcode o = Opcode.byNumber(i);
            OPS[i] = o == null ? Opcode.CACHE : o;
            CACHES[i] = o == null ? 0 : o.cacheEntries();
        }
    }

    /** Calls a Python function: binds the arguments into a new frame and runs it. */
    public static Object callFunction(PyFunction fn, Object[] args, PyTuple kwnames) {
        VmState st = VmState.get();
        Frame f = Frame.forCall(fn, st);
        if (kwnames == null && args.length == fn.code.simpleArgs) {
            System.arraycopy(args, 0, f.s, 0, args.length);
        } else {
            ArgBinder.bind(fn, f.s, args, kwnames);
        }
        return run(f, st, 0, f.code.nlocalsplus);
    }

    /** CALL with arg arguments above [callable, self-or-null] at the top of stack s; clears those slots. */
    static Object call(Frame caller, Object[] s, int sp, int arg) {
        Frame f = JitOps.frameFor(caller, s, sp, arg); // a Python function with exactly its positional arguments
        if (f != null) return run(f, f.st, 0, f.code.nlocalsplus);
        int base = sp - arg - 2; // a bound method is unpacked into [func, self] by now
        int from = s[base + 1] != null ? base + 1 : base + 2, n = sp - from;
        Object callable = s[base];
        if (callable instanceof PyBuiltin b && b.direct != null && n >= 1 && n <= 3) { // dict.get(k), d.items(): no array
            Object self = s[from], x = n > 1 ? s[from + 1] : null, y = n > 2 ? s[from + 2] : null;
            java.util.Arrays.fill(s, base, sp, null);
            return b.direct.call(n - 1, self, x, y);
        }
        Object[] args = new Object[n];
        System.arraycopy(s, from, args, 0, n);
        java.util.Arrays.fill(s, base, sp, null);
        return Ops.call(callable, args, null);
    }

    /** Runs a frame to its return, unwinding Python exceptions through its exception table. */
    public static Object run(Frame f) { return run(f, 0, f.code.nlocalsplus); }

    /** Runs a frame from instruction pc with the stack pointer at sp (generators resume here). */
    static Object run(Frame f, int pc, int sp) { return run(f, f.st != null ? f.st : VmState.get(), pc, sp); }

    /** As {@link #run(Frame, int, int)} with the thread's state already looked up (one ThreadLocal read per call). */
    static Object run(Frame f, VmState st, int pc, int sp) {
        if (++st.depth > st.recursionLimit) {
            st.depth--;
            throw Errors.raise(Types.RECURSION_ERROR, Errors.RECURSION);
        }
        Frame saved = st.top;
        st.top = f;
        f.st = st;
        try {
            while (true) {
                try {
                    Object r = f.code.jit != null || JitCode.warm(f.code) ? f.code.jit.run(f, pc, sp) : execute(f, pc, sp);
                    if (r != JitCode.OSR) return r;
                    pc = f.resumePc; // a hot loop goes on in the translation (JitCode.osr)
                    sp = f.resumeSp;
                    f.resumePc = -1;
                } catch (PyRaise e) {
                    long target = Unwind.handle(f, e, st);
                    if (target < 0) throw e.reraise ? new PyRaise(e.exc) : e;
                    pc = (int) (target >>> 32);
                    sp = (int) target;
                } catch (StackOverflowError e) {
                    long target = Unwind.handle(f, Errors.raise(Types.RECURSION_ERROR, Errors.RECURSION), st);
                    if (target < 0) throw Errors.raise(Types.RECURSION_ERROR, Errors.RECURSION);
                    pc = (int) (target >>> 32);
                    sp = (int) target;
                }
            }
        } finally {
            st.top = saved;
            st.depth--;
        }
    }

    /**
     * The dispatch loop, from instruction pc with the stack pointer at sp. {@code f.lasti} is not stored per
     * instruction: an instruction stores it before it may raise or run Python code (a call, a dunder method, a
     * property), which is when the unwinding in {@link #run}, tracebacks and a callee's sys._getframe read it.
     */
    static Object execute(Frame f, int pc, int sp) {
        final int[] code = f.code.instr;
        final Object[] s = f.s;
        final Object[] consts = f.code.consts;
        while (true) {
            final int at = pc;
            int word = code[pc];
            int op = word & 0xFF, arg = word >>> 8;
            pc += 1 + CACHES[op];
            switch (op) {
                case OpNum.NOP, OpNum.RESUME, OpNum.EXTENDED_ARG, OpNum.CACHE -> { }
                case OpNum.LOAD_FAST, OpNum.LOAD_FAST_CHECK -> {
                    Object v = s[arg];
                    if (v == null) throw unbound(f, at, arg);
                    s[sp++] = v;
                }
                case OpNum.LOAD_FAST_LOAD_FAST -> {
                    Object a = s[arg >> 4], b = s[arg & 15];
                    if (a == null) throw unbound(f, at, arg >> 4);
                    if (b == null) throw unbound(f, at, arg & 15);
                    s[sp++] = a;
                    s[sp++] = b;
                }
                case OpNum.LOAD_FAST_AND_CLEAR -> { s[sp++] = s[arg]; s[arg] = null; }
                case OpNum.STORE_FAST -> s[arg] = s[--sp];
                case OpNum.STORE_FAST_LOAD_FAST -> { s[arg >> 4] = s[--sp]; s[sp++] = s[arg & 15]; }
                case OpNum.STORE_FAST_STORE_FAST -> { s[arg >> 4] = s[--sp]; s[arg & 15] = s[--sp]; }
                case OpNum.LOAD_CONST -> s[sp++] = consts[arg];
                case OpNum.POP_TOP -> s[--sp] = null;
                case OpNum.PUSH_NULL -> s[sp++] = null;
                case OpNum.COPY -> { s[sp] = s[sp - arg]; sp++; }
                case OpNum.SWAP -> { Object t = s[sp - 1]; s[sp - 1] = s[sp - arg]; s[sp - arg] = t; }
                case OpNum.LOAD_GLOBAL -> {
                    s[sp++] = Fast.loadGlobal(f, f.code.names[arg >> 1], at);
                    if ((arg & 1) != 0) s[sp++] = null;
                }
                case OpNum.LOAD_ATTR -> { f.lasti = at; sp = Fast.loadAttr(f, s, sp, arg, at); }
                case OpNum.STORE_ATTR -> { f.lasti = at; Fast.storeAttr(f, s, sp, arg, at); sp -= 2; }
                case OpNum.BINARY_OP -> {
                    Object b = s[--sp], a = s[sp - 1];
                    Object r = Fast.binaryOrNull(arg, a, b);
                    if (r == null) {
                        f.lasti = at;
                        r = Arith.binary(arg, a, b);
                    }
                    s[sp - 1] = r;
                }
                case OpNum.COMPARE_OP -> {
                    Object b = s[--sp], a = s[sp - 1];
                    if ((arg & 16) == 0) {
                        f.lasti = at;
                        s[sp - 1] = Compare.compare(arg >> 5, a, b);
                    } else {
                        int c = Fast.compareInts(arg >> 5, a, b);
                        if (c < 0) {
                            f.lasti = at;
                            c = Compare.compareBool(arg >> 5, a, b) ? 1 : 0;
                        }
                        // a bool result that a POP_JUMP_IF_FALSE/TRUE takes next: jump here, in one dispatch
                        int next = code[pc], nop = next & 0xFF;
                        if (nop == OpNum.POP_JUMP_IF_FALSE || nop == OpNum.POP_JUMP_IF_TRUE) {
                            s[--sp] = null;
                            pc += 1 + CACHES[nop];
                            if ((c != 0) == (nop == OpNum.POP_JUMP_IF_TRUE)) pc += next >>> 8;
                        } else {
                            s[sp - 1] = c != 0 ? PyBool.TRUE : PyBool.FALSE;
                        }
                    }
                }
                case OpNum.IS_OP -> { Object b = s[--sp]; s[sp - 1] = PyBool.of((s[sp - 1] == b) != (arg == 1)); }
                case OpNum.CONTAINS_OP -> { f.lasti = at; Object b = s[--sp]; s[sp - 1] = PyBool.of(Seq.contains(b, s[sp - 1]) != (arg == 1)); }
                case OpNum.TO_BOOL -> {
                    boolean t = truth(f, at, s[sp - 1]);
                    int next = code[pc], nop = next & 0xFF;
                    if (nop == OpNum.POP_JUMP_IF_FALSE || nop == OpNum.POP_JUMP_IF_TRUE) { // as COMPARE_OP's jump
                        s[--sp] = null;
                        pc += 1 + CACHES[nop];
                        if (t == (nop == OpNum.POP_JUMP_IF_TRUE)) pc += next >>> 8;
                    } else {
                        s[sp - 1] = PyBool.of(t);
                    }
                }
                case OpNum.UNARY_NOT -> s[sp - 1] = PyBool.of(!truth(f, at, s[sp - 1]));
                case OpNum.POP_JUMP_IF_FALSE -> { if (!truth(f, at, s[--sp])) pc += arg; }
                case OpNum.POP_JUMP_IF_TRUE -> { if (truth(f, at, s[--sp])) pc += arg; }
                case OpNum.POP_JUMP_IF_NONE -> { if (s[--sp] == PyNone.NONE) pc += arg; }
                case OpNum.POP_JUMP_IF_NOT_NONE -> { if (s[--sp] != PyNone.NONE) pc += arg; }
                case OpNum.JUMP_FORWARD -> pc += arg;
                case OpNum.JUMP_BACKWARD, OpNum.JUMP_BACKWARD_NO_INTERRUPT -> {
                    pc -= arg;
                    if (JitCode.warm(f.code)) return JitCode.osr(f, pc, sp);
                }
                case OpNum.GET_ITER -> { f.lasti = at; s[sp - 1] = Ops.iter(s[sp - 1]); }
                case OpNum.FOR_ITER -> {
                    Object it = s[sp - 1], v;
                    if (it instanceof RangeIter r) v = r.next();
                    else if (it instanceof ListIter l) v = l.next();
                    else {
                        f.lasti = at;
                        v = it instanceof Generator g ? g.next() : Ops.next(it);
                    }
                    if (v == null) {
                        s[--sp] = null;
                        pc += arg + 2;
                    } else if ((code[pc] & 0xFF) == OpNum.STORE_FAST) { // the loop variable: stored here, in one dispatch
                        s[code[pc] >>> 8] = v;
                        pc++;
                    } else {
                        s[sp++] = v;
                    }
                }
                case OpNum.END_FOR -> s[--sp] = null;
                case OpNum.BINARY_SUBSCR -> { f.lasti = at; Object k = s[--sp]; s[sp - 1] = Seq.getitem(s[sp - 1], k); }
                case OpNum.STORE_SUBSCR -> { f.lasti = at; Seq.setitem(s[sp - 2], s[sp - 1], s[sp - 3]); sp -= 3; }
                case OpNum.CALL -> {
                    f.lasti = at;
                    Object r = call(f, s, sp, arg);
                    sp -= arg + 2;
                    s[sp++] = r;
                }
                case OpNum.RETURN_VALUE -> { return s[--sp]; }
                case OpNum.SEND -> { f.lasti = at; if (Generator.sendStep(s, sp)) pc += arg; }
                case OpNum.RETURN_GENERATOR -> {
                    f.lasti = at;
                    f.resumePc = pc;
                    f.resumeSp = sp;
                    return new Generator(f);
                }
                case OpNum.YIELD_VALUE -> {
                    f.lasti = at;
                    f.resumePc = pc;
                    f.resumeSp = sp - 1;
                    return s[sp - 1];
                }
                case OpNum.RETURN_CONST -> { return consts[arg]; }
                case OpNum.BUILD_TUPLE -> { sp -= arg; Object[] a = new Object[arg]; System.arraycopy(s, sp, a, 0, arg); s[sp++] = PyTuple.of(a); }
                case OpNum.BUILD_LIST -> {
                    sp -= arg;
                    PyList l = new PyList();
                    for (int i = 0; i < arg; i++) l.items.add(s[sp + i]);
                    s[sp++] = l;
                }
                case OpNum.LIST_APPEND -> ((PyList) s[sp - 1 - arg]).items.add(s[--sp]);
                case OpNum.LOAD_DEREF -> {
                    Object v = ((PyCell) s[arg]).value;
                    if (v == null) throw unbound(f, at, arg);
                    s[sp++] = v;
                }
                case OpNum.STORE_DEREF -> ((PyCell) s[arg]).value = s[--sp];
                case OpNum.MAKE_CELL -> s[arg] = new PyCell(s[arg]);
                case OpNum.COPY_FREE_VARS -> System.arraycopy(f.closure, 0, s, f.code.nlocalsplus - arg, arg);
                case OpNum.UNPACK_SEQUENCE -> { f.lasti = at; sp = Rare.unpack(s, sp, arg); }
                case OpNum.UNARY_NEGATIVE -> { f.lasti = at; s[sp - 1] = Arith.negative(s[sp - 1]); }
                case OpNum.BINARY_SLICE -> {
                    f.lasti = at;
                    Object end = s[--sp], start = s[--sp];
                    s[sp - 1] = Seq.slice(s[sp - 1], start, end);
                }
                case OpNum.LOAD_NAME -> s[sp++] = Fast.loadName(f, f.code.names[arg], at);
                case OpNum.STORE_NAME -> { f.lasti = at; Fast.storeName(f, f.code.names[arg], s[--sp], at); }
                default -> { f.lasti = at; sp = Rare.execute(f, OPS[op], arg, sp, pc); }
            }
        }
    }

    /** UnboundLocalError (or NameError for a free variable) for slot, raised by the instruction at {@code at}. */
    private static PyRaise unbound(Frame f, int at, int slot) {
        f.lasti = at;
        return Rare.unboundLocal(f, slot);
    }

    /** The truth of v for a conditional jump: bools inline, anything else (maybe a __bool__) with f.lasti stored. */
    private static boolean truth(Frame f, int at, Object v) {
        if (v == PyBool.TRUE) return true;
        if (v == PyBool.FALSE || v == PyNone.NONE) return false;
        if (v instanceof PyInt i) return i.signum() != 0;
        f.lasti = at;
        return Ops.truthy(v);
    }

    /** A module's code run with its globals as locals. */
    public static Object runModule(dev.jpy.vm.object.PyCodeObj code, PyDict globals) {
        Frame f = new Frame(code, globals, VmState.get().builtins, globals, null, VmState.get().top);
        return run(f);
    }

    /** A class body or exec'd code run with the given locals and closure. */
    public static Object runWithLocals(PyFunction fn, PyDict locals) {
        Frame f = new Frame(fn.code, fn.globals, VmState.get().builtins, locals, fn.closure, VmState.get().top);
        return run(f);
    }

    static PyBaseException handled() { return VmState.get().handled; }

    static Object none(Object o) { return o == null ? PyNone.NONE : o; }
}
