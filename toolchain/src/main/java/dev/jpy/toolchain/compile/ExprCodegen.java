package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.STACK_USE_GUIDELINE;
import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions (CPython 3.13's {@code compiler_visit_expr1} and helpers): operators, comparisons,
 * boolean logic, conditional jumps ({@code compiler_jump_if}), displays with unpacking, attribute and
 * subscript access, f-strings. Calls are in {@link CallCodegen}.
 */
final class ExprCodegen {
    private final Codegen c;

    ExprCodegen(Codegen c) { this.c = c; }

    void visitAll(List<Expr> es) { for (Expr e : es) visit(e); }

    void visit(Expr e) {
        Location loc = loc(e);
        switch (e) {
            case Constant k -> c.addConst(k.value(), loc);
            case Name n -> c.nameOp(n.id(), n.ctx(), loc);
            case BinOp b -> {
                visit(b.left());
                visit(b.right());
                c.addOp(Opcode.BINARY_OP, binaryOparg(b.op(), false), loc);
            }
            case UnaryOp un -> {
                visit(un.operand());
                switch (un.op()) {
                    case Not -> {
                        c.addOp(Opcode.TO_BOOL, loc);
                        c.addOp(Opcode.UNARY_NOT, loc);
                    }
                    case Invert -> c.addOp(Opcode.UNARY_INVERT, loc);
                    case USub -> c.addOp(Opcode.UNARY_NEGATIVE, loc);
                    case UAdd -> c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_UNARY_POSITIVE"), loc);
                }
            }
            case BoolOp b -> boolOp(b, loc);
            case Compare cmp -> compare(cmp, loc);
            case IfExp i -> {
                int end = c.newLabel(), next = c.newLabel();
                jumpIf(i.test(), next, false);
                visit(i.body());
                c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                c.useLabel(next);
                visit(i.orelse());
                c.useLabel(end);
            }
            case NamedExpr n -> {
                visit(n.value());
                c.addOp(Opcode.COPY, 1, loc);
                visit(n.target());
            }
            case Attribute a -> attribute(a, loc);
            case Subscript s -> subscript(s, loc);
            case Slice s -> c.addOp(Opcode.BUILD_SLICE, slice(s), loc);
            case Starred s -> throw c.error(s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here", loc);
            case Ast.List l -> sequence(l.elts(), l.ctx(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false, loc);
            case Tuple t -> sequence(t.elts(), t.ctx(), Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true, loc);
            case Ast.Set s -> starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false, loc);
            case Dict d -> dict(d, loc);
            case Call call -> c.calls.call(call);
            case JoinedStr j -> joinedStr(j, loc);
            case FormattedValue f -> formattedValue(f, loc);
            case Yield y -> c.functions.yield(y, loc);
            case YieldFrom y -> c.functions.yieldFrom(y, loc);
            case Await a -> c.functions.await(a, loc);
            case Lambda l -> c.functions.lambda(l, loc);
            case ListComp k -> c.comprehensions.comprehension(k, ComprehensionCodegen.Type.LIST, "<listcomp>", k.generators(), k.elt(), null, loc);
            case SetComp k -> c.comprehensions.comprehension(k, ComprehensionCodegen.Type.SET, "<setcomp>", k.generators(), k.elt(), null, loc);
            case DictComp k -> c.comprehensions.comprehension(k, ComprehensionCodegen.Type.DICT, "<dictcomp>", k.generators(), k.key(), k.value(), loc);
            case GeneratorExp k -> c.comprehensions.comprehension(k, ComprehensionCodegen.Type.GENEXP, "<genexpr>", k.generators(), k.elt(), null, loc);
            default -> throw new UnsupportedOperationException("codegen not implemented yet: " + e.nodeClass().name());
        }
    }

    static int binaryOparg(Operator op, boolean inplace) {
        int base = switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
        return inplace ? base + 13 : base;
    }

    private void boolOp(BoolOp b, Location loc) {
        Opcode jump = b.op() == BoolOperator.And ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
        int end = c.newLabel();
        List<Expr> vs = b.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            visit(vs.get(i));
            c.addOp(Opcode.COPY, 1, loc);
            c.addOp(Opcode.TO_BOOL, loc);
            c.jump(jump, end, loc);
            c.addOp(Opcode.POP_TOP, loc);
        }
        visit(vs.get(vs.size() - 1));
        c.useLabel(end);
    }

    void addCompare(CmpOperator op, Location loc) {
        switch (op) {
            case Is -> c.addOp(Opcode.IS_OP, 0, loc);
            case IsNot -> c.addOp(Opcode.IS_OP, 1, loc);
            case In -> c.addOp(Opcode.CONTAINS_OP, 0, loc);
            case NotIn -> c.addOp(Opcode.CONTAINS_OP, 1, loc);
            default -> {
                // Py_LT .. Py_GE and the COMPARISON_* masks of the result the comparison keeps
                int cmp = switch (op) { case Lt -> 0; case LtE -> 1; case Eq -> 2; case NotEq -> 3; case Gt -> 4; default -> 5; };
                int mask = switch (op) { case Lt -> 2; case LtE -> 10; case Eq -> 8; case NotEq -> 7; case Gt -> 4; default -> 12; };
                c.addOp(Opcode.COMPARE_OP, cmp << 5 | mask, loc);
            }
        }
    }

    private void compare(Compare cmp, Location loc) {
        CompileChecks.compare(cmp);
        visit(cmp.left());
        int n = cmp.ops().size() - 1;
        if (n == 0) {
            visit(cmp.comparators().get(0));
            addCompare(cmp.ops().get(0), loc);
            return;
        }
        int cleanup = c.newLabel();
        for (int i = 0; i < n; i++) {
            visit(cmp.comparators().get(i));
            c.addOp(Opcode.SWAP, 2, loc);
            c.addOp(Opcode.COPY, 2, loc);
            addCompare(cmp.ops().get(i), loc);
            c.addOp(Opcode.COPY, 1, loc);
            c.addOp(Opcode.TO_BOOL, loc);
            c.jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
            c.addOp(Opcode.POP_TOP, loc);
        }
        visit(cmp.comparators().get(n));
        addCompare(cmp.ops().get(n), loc);
        int end = c.newLabel();
        c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        c.useLabel(cleanup);
        c.addOp(Opcode.SWAP, 2, loc);
        c.addOp(Opcode.POP_TOP, loc);
        c.useLabel(end);
    }

    /** CPython's {@code compiler_jump_if}: jumps to {@code next} when the truth of {@code e} is {@code cond}. */
    void jumpIf(Expr e, int next, boolean cond) {
        switch (e) {
            case UnaryOp u when u.op() == UnaryOperator.Not -> {
                jumpIf(u.operand(), next, !cond);
                return;
            }
            case BoolOp b -> {
                boolean cond2 = b.op() == BoolOperator.Or;
                int next2 = cond2 != cond ? c.newLabel() : next;
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), next2, cond2);
                jumpIf(vs.get(vs.size() - 1), next, cond);
                if (next2 != next) c.useLabel(next2);
                return;
            }
            case IfExp i -> {
                int end = c.newLabel(), next2 = c.newLabel();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                c.useLabel(next2);
                jumpIf(i.orelse(), next, cond);
                c.useLabel(end);
                return;
            }
            case Compare cmp when cmp.ops().size() > 1 -> {
                CompileChecks.compare(cmp);
                Location loc = loc(e);
                int n = cmp.ops().size() - 1;
                int cleanup = c.newLabel();
                visit(cmp.left());
                for (int i = 0; i < n; i++) {
                    visit(cmp.comparators().get(i));
                    c.addOp(Opcode.SWAP, 2, loc);
                    c.addOp(Opcode.COPY, 2, loc);
                    addCompare(cmp.ops().get(i), loc);
                    c.addOp(Opcode.TO_BOOL, loc);
                    c.jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
                }
                visit(cmp.comparators().get(n));
                addCompare(cmp.ops().get(n), loc);
                c.addOp(Opcode.TO_BOOL, loc);
                c.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc);
                int end = c.newLabel();
                c.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                c.useLabel(cleanup);
                c.addOp(Opcode.POP_TOP, loc);
                if (!cond) c.jump(Opcode.JUMP_NO_INTERRUPT, next, Location.NONE);
                c.useLabel(end);
                return;
            }
            default -> { }
        }
        visit(e);
        c.addOp(Opcode.TO_BOOL, loc(e));
        c.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc(e));
    }

    /** CPython's {@code update_start_location_to_match_attr}: the range of the attribute name when on a later line. */
    static Location attrLoc(Location loc, Attribute a) {
        if (loc.lineno() != a.endLineno()) {
            int len = a.attr().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            int line = a.endLineno();
            if (len <= a.endColOffset()) return new Location(line, loc.endLineno(), a.endColOffset() - len, loc.endCol());
            return new Location(line, loc.endLineno(), -1, -1);
        }
        return loc;
    }

    /** CPython's {@code can_optimize_super_call}: {@code super().x} or {@code super(a, b).x} with a visible {@code super}. */
    boolean canOptimizeSuperCall(Attribute attr) {
        if (!(attr.value() instanceof Call call) || !(call.func() instanceof Name f) || !f.id().equals("super")
                || attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (c.scopeOf("super") != dev.jpy.toolchain.symtable.SymbolScope.GLOBAL_IMPLICIT) return false;
        if (c.symtable.top().scopeOf("super") != dev.jpy.toolchain.symtable.SymbolScope.NONE) return false;
        int n = call.args().size();
        if (n == 2) {
            for (Expr a : call.args()) if (a instanceof Starred) return false;
            return true;
        }
        if (n != 0) return false;
        if (c.u.argCount == 0 && c.u.posOnlyArgCount == 0) return false;
        return c.scopeOf("__class__") == dev.jpy.toolchain.symtable.SymbolScope.FREE;
    }

    /** CPython's {@code load_args_for_super}: {@code super}, then the class and self (or the two arguments). */
    void loadArgsForSuper(Attribute attr) {
        Call call = (Call) attr.value();
        c.nameOp("super", ExprContext.Load, loc(call.func()));
        if (call.args().size() == 2) {
            visit(call.args().get(0));
            visit(call.args().get(1));
            return;
        }
        c.nameOp("__class__", ExprContext.Load, loc(call));
        c.nameOp(c.u.varnames.keySet().iterator().next(), ExprContext.Load, loc(call));
    }

    private void attribute(Attribute a, Location loc) {
        c.checkForbidden(a.attr(), a.ctx(), loc);
        if (a.ctx() == ExprContext.Load && canOptimizeSuperCall(a)) {
            loadArgsForSuper(a);
            c.addName(((Call) a.value()).args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_ATTR : Opcode.LOAD_SUPER_ATTR, a.attr(), loc);
            c.addOp(Opcode.NOP, attrLoc(loc, a));
            return;
        }
        if (a.ctx() == ExprContext.Store && a.value() instanceof Name n && n.id().equals("self")) {
            for (CodeUnit unit : c.units) {
                if (unit != c.u && unit.kind == CodeUnit.Kind.CLASS) {
                    unit.staticAttributes.add(a.attr());
                    break;
                }
            }
        }
        visit(a.value());
        Location l = attrLoc(loc, a);
        c.addName(switch (a.ctx()) {
            case Load -> Opcode.LOAD_ATTR;
            case Store -> Opcode.STORE_ATTR;
            case Del -> Opcode.DELETE_ATTR;
        }, a.attr(), l);
    }

    static boolean isTwoElementSlice(Expr s) { return s instanceof Slice sl && sl.step() == null; }

    private void subscript(Subscript s, Location loc) {
        ExprContext ctx = s.ctx();
        if (ctx == ExprContext.Load) CompileChecks.subscript(s);
        if (ctx != ExprContext.Del && isTwoElementSlice(s.slice())) {
            visit(s.value());
            slice((Slice) s.slice());
            c.addOp(ctx == ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE, loc);
            return;
        }
        visit(s.value());
        visit(s.slice());
        c.addOp(switch (ctx) {
            case Load -> Opcode.BINARY_SUBSCR;
            case Store -> Opcode.STORE_SUBSCR;
            case Del -> Opcode.DELETE_SUBSCR;
        }, loc);
    }

    /** Pushes the bounds of a slice; returns how many (2, or 3 with a step). */
    int slice(Slice s) {
        Location loc = loc(s);
        if (s.lower() != null) visit(s.lower()); else c.addConst(PyNone.NONE, loc);
        if (s.upper() != null) visit(s.upper()); else c.addConst(PyNone.NONE, loc);
        if (s.step() != null) {
            visit(s.step());
            return 3;
        }
        return 2;
    }

    private void sequence(List<Expr> elts, ExprContext ctx, Opcode build, Opcode add, Opcode extend, boolean tuple, Location loc) {
        switch (ctx) {
            case Store -> c.stmts.unpackTargets(elts, loc);
            case Load -> starUnpack(elts, 0, build, add, extend, tuple, loc);
            case Del -> visitAll(elts);
        }
    }

    private static boolean allConstant(List<Expr> es, int from, int to) {
        for (int i = from; i < to; i++) if (!(es.get(i) instanceof Constant)) return false;
        return true;
    }

    /** CPython's {@code starunpack_helper}: a list, tuple or set display, {@code pushed} items already on the stack. */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple, Location loc) {
        starUnpack(elts, null, pushed, build, add, extend, tuple, loc);
    }

    /** {@link #starUnpack} with the variable {@code injected} (or null) added after {@code elts} (CPython's {@code starunpack_helper_impl}). */
    void starUnpack(List<Expr> elts, String injected, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple, Location loc) {
        int n = elts.size();
        if (injected == null && n > 2 && allConstant(elts, 0, n)) {
            List<PyObj> items = new ArrayList<>();
            for (Expr e : elts) items.add(((Constant) e).value());
            PyObj folded = new PyTuple(items);
            if (tuple && pushed == 0) {
                c.addConst(folded, loc);
                return;
            }
            if (add == Opcode.SET_ADD) folded = new PyFrozenSet(items);
            c.addOp(build, pushed, loc);
            c.addConst(folded, loc);
            c.addOp(extend, 1, loc);
            if (tuple) c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_LIST_TO_TUPLE"), loc);
            return;
        }
        boolean big = n + pushed + (injected != null ? 1 : 0) > STACK_USE_GUIDELINE;
        boolean star = false;
        for (Expr e : elts) star |= e instanceof Starred;
        if (!star && !big) {
            visitAll(elts);
            if (injected != null) {
                c.nameOp(injected, ExprContext.Load, loc);
                n++;
            }
            c.addOp(tuple ? Opcode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            c.addOp(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Starred s) {
                if (!built) {
                    c.addOp(build, i + pushed, loc);
                    built = true;
                }
                visit(s.value());
                c.addOp(extend, 1, loc);
            } else {
                visit(e);
                if (built) c.addOp(add, 1, loc);
            }
        }
        if (injected != null) {
            c.nameOp(injected, ExprContext.Load, loc);
            c.addOp(add, 1, loc);
        }
        if (tuple) c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_LIST_TO_TUPLE"), loc);
    }

    private void dict(Dict d, Location loc) {
        int n = d.values().size(), elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subDict(d, i - elements, i, loc);
                    if (haveDict) c.addOp(Opcode.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.addOp(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visit(d.values().get(i));
                c.addOp(Opcode.DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subDict(d, i - elements, i + 1, loc);
                if (haveDict) c.addOp(Opcode.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subDict(d, n - elements, n, loc);
            if (haveDict) c.addOp(Opcode.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) c.addOp(Opcode.BUILD_MAP, 0, loc);
    }

    private void subDict(Dict d, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(d.keys(), begin, end)) {
            List<PyObj> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visit(d.values().get(i));
                keys.add(((Constant) d.keys().get(i)).value());
            }
            c.addConst(new PyTuple(keys), loc);
            c.addOp(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) c.addOp(Opcode.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
            if (big) c.addOp(Opcode.MAP_ADD, 1, loc);
        }
        if (!big) c.addOp(Opcode.BUILD_MAP, n, loc);
    }

    private void joinedStr(JoinedStr j, Location loc) {
        int n = j.values().size();
        if (n > STACK_USE_GUIDELINE) {
            c.addConst(PyStr.of(""), loc);
            c.addName(Opcode.LOAD_METHOD, "join", loc);
            c.addOp(Opcode.BUILD_LIST, 0, loc);
            for (Expr v : j.values()) {
                visit(v);
                c.addOp(Opcode.LIST_APPEND, 1, loc);
            }
            c.addOp(Opcode.CALL, 1, loc);
            return;
        }
        if (n == 0) { // an empty format spec, f'{x:}': CPython's codegen loads '' rather than BUILD_STRING 0
            c.addConst(PyStr.of(""), loc);
            return;
        }
        visitAll(j.values());
        if (n != 1) c.addOp(Opcode.BUILD_STRING, n, loc);
    }

    private void formattedValue(FormattedValue f, Location loc) {
        visit(f.value());
        int conv = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (conv != 0) c.addOp(Opcode.CONVERT_VALUE, conv, loc);
        if (f.formatSpec() != null) {
            visit(f.formatSpec());
            c.addOp(Opcode.FORMAT_WITH_SPEC, loc);
        } else {
            c.addOp(Opcode.FORMAT_SIMPLE, loc);
        }
    }
}
