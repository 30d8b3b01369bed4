package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;
import dev.jpy.toolchain.symtable.Scope;
import dev.jpy.toolchain.symtable.Symbol;
import dev.jpy.toolchain.symtable.SymbolScope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Comprehensions and generator expressions (CPython 3.13's {@code compiler_comprehension}): list, set
 * and dict comprehensions the symbol table inlines (PEP 709) run in the enclosing unit with their
 * names saved and restored around them; generator expressions (and comprehensions not inlined) get a
 * code unit of their own, called with the outermost iterator.
 */
final class ComprehensionCodegen {
    enum Type { GENEXP, LIST, SET, DICT }

    private final Codegen c;

    ComprehensionCodegen(Codegen c) { this.c = c; }

    /** What {@code push_inlined_comprehension_state} saved, for the matching pop. */
    private record Inlined(List<String> pushedLocals, HashMap<String, Integer> savedSymbols,
                           List<String> fastHidden, int cleanup, int end) { }

    void comprehension(Expr e, Type type, String name, List<Comprehension> generators, Expr elt, Expr val, Location loc) {
        Scope entry = c.symtable.require(e);
        boolean inlined = entry.isCompInlined();
        boolean async = entry.isCoroutine();
        CodeUnit.Kind outerKind = c.u.kind;
        Comprehension outermost = generators.get(0);
        Inlined state = null;
        int handler = -1;
        if (inlined) {
            iter(outermost);
            state = push(entry, loc);
        } else {
            c.enterScope(CodeUnit.Kind.COMPREHENSION, entry, name, e.lineno());
            if (type == Type.GENEXP) {
                handler = c.newLabel();
                c.jump(Opcode.SETUP_CLEANUP, handler, Location.NONE);   // wrap_in_stopiteration_handler
            }
            c.addOp(Opcode.RESUME, 0, new Location(e.lineno(), e.lineno(), 0, 0));
        }
        if (async && type != Type.GENEXP && outerKind != CodeUnit.Kind.ASYNC_FUNCTION && outerKind != CodeUnit.Kind.COMPREHENSION) {
            throw c.error("asynchronous comprehension outside of an asynchronous function", loc);
        }
        if (type != Type.GENEXP) {
            c.addOp(type == Type.LIST ? Opcode.BUILD_LIST : type == Type.SET ? Opcode.BUILD_SET : Opcode.BUILD_MAP, 0, loc);
            if (inlined) c.addOp(Opcode.SWAP, 2, loc);
        }
        generator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            pop(state, loc);
            return;
        }
        if (type != Type.GENEXP) {
            c.addOp(Opcode.RETURN_VALUE, loc);
        } else {
            c.addConst(PyNone.NONE, Location.NONE);
            c.addOp(Opcode.RETURN_VALUE, Location.NONE);
            c.useLabel(handler);
            c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_STOPITERATION_ERROR"), Location.NONE);
            c.addOp(Opcode.RERAISE, 1, Location.NONE);
        }
        c.addReturnNone();
        CodeUnit done = c.exitScope();
        c.functions.makeClosure(done, 0, loc);
        iter(outermost);
        c.addOp(Opcode.CALL, 0, loc);
        if (async && type != Type.GENEXP) {
            c.addOp(Opcode.GET_AWAITABLE, 0, loc);
            c.addConst(PyNone.NONE, loc);
            c.functions.addYieldFrom(loc, true);
        }
    }

    private void iter(Comprehension comp) {
        c.exprs.visit(comp.iter());
        c.addOp(comp.isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER, loc(comp.iter()));
    }

    private Inlined push(Scope entry, Location loc) {
        CodeUnit u = c.u;
        boolean inClass = u.kind == CodeUnit.Kind.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        List<String> pushed = new ArrayList<>();
        HashMap<String, Integer> saved = new HashMap<>();
        List<String> hidden = new ArrayList<>();
        for (var en : entry.symbols().entrySet()) {
            String k = en.getKey();
            int symbol = en.getValue();
            SymbolScope scope = SymbolScope.of(Symbol.scopeBits(symbol));
            int outv = c.flagsOf(k);
            SymbolScope outsc = SymbolScope.of(Symbol.scopeBits(outv));
            boolean local = (symbol & Symbol.DEF_LOCAL) != 0 && (symbol & Symbol.DEF_NONLOCAL) == 0;
            if (local || inClass) {
                c.addOp(Opcode.LOAD_FAST_AND_CLEAR, CodeUnit.index(u.varnames, k), loc);
                if (scope == SymbolScope.CELL) {
                    int arg = outsc == SymbolScope.FREE ? CodeUnit.index(u.freevars, k) + u.cellvars.size() : CodeUnit.index(u.cellvars, k);
                    c.addOp(Opcode.MAKE_CELL, arg, loc);
                }
                pushed.add(k);
            }
            if (scope != outsc && !(scope == SymbolScope.CELL && outsc == SymbolScope.FREE)) {
                if (u.tempSymbols == null) u.tempSymbols = new HashMap<>();
                if (!saved.containsKey(k)) saved.put(k, u.tempSymbols.containsKey(k) ? u.tempSymbols.get(k) : null);
                u.tempSymbols.put(k, symbol);
            }
            if ((local || inClass) && !u.scope.isFunctionLike() && u.fastHidden.add(k)) hidden.add(k);
        }
        int cleanup = -1, end = -1;
        if (!pushed.isEmpty()) {
            c.addOp(Opcode.SWAP, pushed.size() + 1, loc);
            cleanup = c.newLabel();
            end = c.newLabel();
            c.jump(Opcode.SETUP_FINALLY, cleanup, loc);
        }
        return new Inlined(pushed, saved, hidden, cleanup, end);
    }

    private void pop(Inlined s, Location loc) {
        CodeUnit u = c.u;
        u.inInlinedComp--;
        if (!s.pushedLocals().isEmpty()) {
            c.addOp(Opcode.POP_BLOCK, Location.NONE);
            c.jump(Opcode.JUMP_NO_INTERRUPT, s.end(), Location.NONE);
            c.useLabel(s.cleanup());
            c.addOp(Opcode.SWAP, 2, Location.NONE);
            c.addOp(Opcode.POP_TOP, Location.NONE);
            restoreLocals(s, loc);
            c.addOp(Opcode.RERAISE, 0, Location.NONE);
            c.useLabel(s.end());
            restoreLocals(s, loc);
        }
        for (var en : s.savedSymbols().entrySet()) {
            if (en.getValue() == null) u.tempSymbols.remove(en.getKey());
            else u.tempSymbols.put(en.getKey(), en.getValue());
        }
        for (String k : s.fastHidden()) u.fastHidden.remove(k);
    }

    private void restoreLocals(Inlined s, Location loc) {
        int n = s.pushedLocals().size();
        c.addOp(Opcode.SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) {
            c.addOp(Opcode.STORE_FAST_MAYBE_NULL, CodeUnit.index(c.u.varnames, s.pushedLocals().get(i)), loc);
        }
    }

    /** CPython's {@code compiler_sync_comprehension_generator} (async generators are not written yet). */
    private void generator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val, Type type, boolean iterOnStack) {
        Comprehension gen = gens.get(index);
        if (gen.isAsync() != 0) throw new UnsupportedOperationException("codegen not implemented yet: async comprehension");
        int start = c.newLabel(), ifCleanup = c.newLabel(), anchor = c.newLabel();
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                c.u.argCount = 1;
                c.addOp(Opcode.LOAD_FAST, 0, loc);
            } else {
                List<Expr> elts = gen.iter() instanceof Ast.List l ? l.elts() : gen.iter() instanceof Tuple t ? t.elts() : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                    c.exprs.visit(elts.get(0));
                    loop = false;
                }
                if (loop) {
                    c.exprs.visit(gen.iter());
                    c.addOp(Opcode.GET_ITER, loc(gen.iter()));
                }
            }
        }
        if (loop) {
            depth++;
            c.useLabel(start);
            c.jump(Opcode.FOR_ITER, anchor, loc(gen.iter()));
        }
        c.exprs.visit(gen.target());
        for (Expr e : gen.ifs()) c.exprs.jumpIf(e, ifCleanup, false);
        if (++index < gens.size()) generator(loc, gens, index, depth, elt, val, type, false);
        Location eltLoc = loc(elt);
        if (index >= gens.size()) {
            c.exprs.visit(elt);
            switch (type) {
                case GENEXP -> {
                    c.functions.addYield(eltLoc);
                    c.addOp(Opcode.POP_TOP, eltLoc);
                }
                case LIST -> c.addOp(Opcode.LIST_APPEND, depth + 1, eltLoc);
                case SET -> c.addOp(Opcode.SET_ADD, depth + 1, eltLoc);
                case DICT -> {
                    c.exprs.visit(val);
                    eltLoc = new Location(elt.lineno(), val.endLineno(), elt.colOffset(), val.endColOffset());
                    c.addOp(Opcode.MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        c.useLabel(ifCleanup);
        if (loop) {
            c.jump(Opcode.JUMP, start, eltLoc);
            c.useLabel(anchor);
            c.addOp(Opcode.END_FOR, Location.NONE);
            c.addOp(Opcode.POP_TOP, Location.NONE);
        }
    }
}
