package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.*;
import dev.jpy.toolchain.instr.CodeUnitMetadata;
import dev.jpy.toolchain.instr.InstrSequence;
import dev.jpy.toolchain.symtable.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one code unit during code generation (CPython's {@code struct compiler_unit}): its
 * instruction sequence, its constant and name tables in first-use order, its symbol-table scope and
 * its stack of frame blocks (loops, try, with) for break, continue and return.
 */
final class CodeUnit {
    /** CPython's COMPILER_SCOPE_* (TYPE_PARAMS: a generic's type-parameter unit or a bound/default function). */
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS }

    final Kind kind;
    final Scope scope;
    final String name;
    final String qualname;
    final InstrSequence seq = new InstrSequence();
    final List<PyObj> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> cellvars = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> freevars = new LinkedHashMap<>();
    final List<FBlock> fblocks = new ArrayList<>();
    final List<CodeUnit> nested = new ArrayList<>();
    /** The class name private names are mangled with (CPython's {@code u_private}), or null. */
    String privateName;
    /** Attribute names assigned as {@code self.NAME} in the methods of this class (3.13 {@code __static_attributes__}). */
    final java.util.TreeSet<String> staticAttributes = new java.util.TreeSet<>();
    /** Symbol flags an inlined comprehension overrides while its code is generated (PEP 709), or null. */
    Map<String, Integer> tempSymbols;
    /** Names of a non-function scope that use fast locals inside an inlined comprehension. */
    final java.util.Set<String> fastHidden = new java.util.HashSet<>();
    /** Every name that was ever fast-hidden (kind HIDDEN in the code object). */
    final java.util.LinkedHashSet<String> everHidden = new java.util.LinkedHashSet<>();
    /** Depth of inlined comprehensions being generated. */
    int inInlinedComp;
    /** The code object once assembled (for nested units, the constant the parent loads). */
    PyCode code;
    int argCount, posOnlyArgCount, kwOnlyArgCount;
    final int firstLineNo;

    CodeUnit(Kind kind, Scope scope, String name, String qualname, int firstLineNo) {
        this.kind = kind;
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLineNo = firstLineNo;
    }

    /** A frame block: its kind and the labels break and continue jump to. */
    record FBlock(Kind kind, int block, int exit, Object datum) {
        enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
            POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION }
    }

    /** The index of {@code value} in the constant table, adding it if new (CPython's constant key rules). */
    int addConst(PyObj value) {
        PyObj v = canonical(value);
        // a NaN is only equal to itself: every NaN constant of the source gets its own slot
        boolean identity = v instanceof PyFloat f && Double.isNaN(f.value())
                || v instanceof PyComplex z && (Double.isNaN(z.real()) || Double.isNaN(z.imag()));
        Object key = identity ? new IdentityKey(v) : key(v);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(v);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /**
     * Frozensets (kept in display order by the AST optimizer) are stored in the order CPython's constant
     * merging leaves them: built from the display, then rebuilt from that set's iteration order.
     */
    private static PyObj canonical(PyObj v) {
        if (v instanceof PyFrozenSet f) {
            List<PyObj> items = new ArrayList<>();
            for (PyObj x : f.items()) items.add(canonical(x));
            return new PyFrozenSet(SetOrder.iterationOrder(SetOrder.iterationOrder(items)));
        }
        if (v instanceof PyTuple t) {
            List<PyObj> items = new ArrayList<>();
            for (PyObj x : t.items()) items.add(canonical(x));
            return new PyTuple(items);
        }
        return v;
    }

    private record IdentityKey(Object o) {
        @Override public boolean equals(Object other) { return other instanceof IdentityKey k && k.o == o; }
        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    /**
     * Distinguishes 1, 1.0 and True, 0.0 and -0.0, like {@code _PyCode_ConstantKey}; code objects are
     * their own key there, so two equal ones (a while loop's test is compiled twice) share one slot.
     */
    private static Object key(PyObj v) {
        if (v instanceof PyCode c) return codeKey(c);
        // a str or bytes is its own key (equal exactly when the reprs are), sparing a repr of every docstring
        if (v instanceof dev.jpy.marshal.model.PyStr || v instanceof dev.jpy.marshal.model.PyBytes) return v;
        return v.typeName() + ":" + PyRepr.repr(v);
    }

    /** The fields CPython's {@code code_richcompare} compares (not the qualified name, file or stack size). */
    private static Object codeKey(PyCode c) {
        List<Object> consts = new ArrayList<>();
        for (PyObj o : c.consts().items()) consts.add(key(o));
        return List.of(c.name(), c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(), c.flags(), c.firstLineNo(),
                c.code(), consts, c.names(), c.localsPlusNames(), c.lineTable(), c.exceptionTable());
    }

    static int index(Map<String, Integer> table, String name) {
        Integer i = table.get(name);
        if (i != null) return i;
        table.put(name, table.size());
        return table.size() - 1;
    }

    /** The back end's metadata; its argCount is co_argcount, which counts the positional-only parameters too. */
    CodeUnitMetadata metadata() {
        return new CodeUnitMetadata(name, qualname, List.copyOf(consts), List.copyOf(names.keySet()),
                List.copyOf(varnames.keySet()), List.copyOf(cellvars.keySet()), List.copyOf(freevars.keySet()),
                List.copyOf(everHidden), argCount + posOnlyArgCount, posOnlyArgCount, kwOnlyArgCount, firstLineNo);
    }

}
