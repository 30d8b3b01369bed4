package dev.jpy.toolchain.optimize;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.model.SetOrder;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The AST optimizer run between the symbol table and code generation (CPython 3.13's
 * {@code Python/ast_opt.c}): folds constant unary and binary operations, constant tuples and
 * subscripts, {@code not (a is b)} into {@code a is not b}, literal lists and sets after {@code in} or in
 * {@code for} into tuples and frozensets, {@code '...' % (a, b)} into f-strings, and {@code __debug__}.
 * The tree is immutable: {@link #optimize} returns a new one, sharing unchanged parts.
 */
public final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    /**
     * The optimized tree of {@code mod}.
     *
     * @param optimize          the optimization level (above 0, {@code __debug__} is False)
     * @param futureAnnotations {@code from __future__ import annotations} is in force (annotations are
     *                          then left alone)
     */
    public static Mod optimize(Mod mod, int optimize, boolean futureAnnotations) {
        AstOptimizer o = new AstOptimizer(optimize, futureAnnotations);
        return switch (mod) {
            case Ast.Module m -> new Ast.Module(o.body(m.body()), m.typeIgnores());
            case Interactive i -> new Interactive(o.stmts(i.body()));
            case Expression e -> new Expression(o.expr(e.body()));
            case FunctionType f -> f;
        };
    }

    private <T> List<T> map(List<T> xs, java.util.function.UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(xs.size());
        for (T x : xs) out.add(x == null ? null : f.apply(x));
        return out;
    }

    private List<Stmt> stmts(List<Stmt> xs) { return map(xs, this::stmt); }

    private List<Expr> exprs(List<Expr> xs) { return map(xs, this::expr); }

    private Expr opt(Expr e) { return e == null ? null : expr(e); }

    private Expr annotation(Expr e) { return e == null || futureAnnotations ? e : expr(e); }

    private static boolean isDocString(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof ExprStmt s && s.value() instanceof Constant c && c.value() instanceof PyStr;
    }

    /** A body; a docstring that only folding produced is wrapped in an f-string so it stays no docstring. */
    private List<Stmt> body(List<Stmt> body) {
        boolean had = isDocString(body);
        List<Stmt> out = stmts(body);
        if (!had && isDocString(out)) {
            ExprStmt st = (ExprStmt) out.get(0);
            out.set(0, new ExprStmt(new JoinedStr(List.of(st.value()), st.lineno(), st.colOffset(), st.endLineno(),
                    st.endColOffset()), st.lineno(), st.colOffset(), st.endLineno(), st.endColOffset()));
        }
        return out;
    }

    private Stmt stmt(Stmt s) {
        return switch (s) {
            case FunctionDef f -> new FunctionDef(f.name(), arguments(f.args()), body(f.body()), exprs(f.decoratorList()),
                    annotation(f.returns()), f.typeComment(), f.typeParams(), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            case AsyncFunctionDef f -> new AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()), exprs(f.decoratorList()),
                    annotation(f.returns()), f.typeComment(), f.typeParams(), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            case ClassDef c -> {
                List<Expr> bases = exprs(c.bases());
                List<Keyword> kws = map(c.keywords(), this::keyword);
                yield new ClassDef(c.name(), bases, kws, body(c.body()), exprs(c.decoratorList()), c.typeParams(),
                        c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case Return r -> new Return(opt(r.value()), r.lineno(), r.colOffset(), r.endLineno(), r.endColOffset());
            case Delete d -> new Delete(exprs(d.targets()), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            case Assign a -> {
                List<Expr> targets = exprs(a.targets());
                yield new Assign(targets, expr(a.value()), a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            }
            case AugAssign a -> {
                Expr t = expr(a.target());
                yield new AugAssign(t, a.op(), expr(a.value()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            }
            case AnnAssign a -> {
                Expr t = expr(a.target());
                Expr ann = futureAnnotations ? a.annotation() : expr(a.annotation());
                yield new AnnAssign(t, ann, opt(a.value()), a.simple(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            }
            case For f -> {
                Expr t = expr(f.target());
                Expr it = expr(f.iter());
                List<Stmt> b = stmts(f.body());
                List<Stmt> e = stmts(f.orelse());
                yield new For(t, foldIter(it), b, e, f.typeComment(), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            }
            case AsyncFor f -> {
                Expr t = expr(f.target());
                Expr it = expr(f.iter());
                yield new AsyncFor(t, it, stmts(f.body()), stmts(f.orelse()), f.typeComment(), f.lineno(), f.colOffset(),
                        f.endLineno(), f.endColOffset());
            }
            case While w -> {
                Expr t = expr(w.test());
                yield new While(t, stmts(w.body()), stmts(w.orelse()), w.lineno(), w.colOffset(), w.endLineno(), w.endColOffset());
            }
            case If i -> {
                Expr t = expr(i.test());
                yield new If(t, stmts(i.body()), stmts(i.orelse()), i.lineno(), i.colOffset(), i.endLineno(), i.endColOffset());
            }
            case With w -> {
                List<WithItem> items = map(w.items(), this::withItem);
                yield new With(items, stmts(w.body()), w.typeComment(), w.lineno(), w.colOffset(), w.endLineno(), w.endColOffset());
            }
            case AsyncWith w -> {
                List<WithItem> items = map(w.items(), this::withItem);
                yield new AsyncWith(items, stmts(w.body()), w.typeComment(), w.lineno(), w.colOffset(), w.endLineno(), w.endColOffset());
            }
            case Raise r -> {
                Expr e = opt(r.exc());
                yield new Raise(e, opt(r.cause()), r.lineno(), r.colOffset(), r.endLineno(), r.endColOffset());
            }
            case Try t -> {
                List<Stmt> b = stmts(t.body());
                List<ExceptHandlerKind> h = map(t.handlers(), this::handler);
                List<Stmt> e = stmts(t.orelse());
                yield new Try(b, h, e, stmts(t.finalbody()), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case TryStar t -> {
                List<Stmt> b = stmts(t.body());
                List<ExceptHandlerKind> h = map(t.handlers(), this::handler);
                List<Stmt> e = stmts(t.orelse());
                yield new TryStar(b, h, e, stmts(t.finalbody()), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case Assert a -> {
                Expr t = expr(a.test());
                yield new Assert(t, opt(a.msg()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            }
            case ExprStmt e -> new ExprStmt(expr(e.value()), e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
            case Match m -> {
                Expr subject = expr(m.subject());
                yield new Match(subject, map(m.cases(), this::matchCase), m.lineno(), m.colOffset(), m.endLineno(), m.endColOffset());
            }
            case TypeAlias t -> t;
            case Import i -> i;
            case ImportFrom i -> i;
            case Global g -> g;
            case Nonlocal n -> n;
            case Pass p -> p;
            case Break b -> b;
            case Continue c -> c;
        };
    }

    private Keyword keyword(Keyword k) {
        return new Keyword(k.arg(), expr(k.value()), k.lineno(), k.colOffset(), k.endLineno(), k.endColOffset());
    }

    private WithItem withItem(WithItem w) {
        Expr c = expr(w.contextExpr());
        return new WithItem(c, opt(w.optionalVars()));
    }

    private ExceptHandlerKind handler(ExceptHandlerKind k) {
        ExceptHandler h = (ExceptHandler) k;
        Expr t = opt(h.type());
        return new ExceptHandler(t, h.name(), stmts(h.body()), h.lineno(), h.colOffset(), h.endLineno(), h.endColOffset());
    }

    private MatchCase matchCase(MatchCase c) {
        Pattern p = pattern(c.pattern());
        Expr g = opt(c.guard());
        return new MatchCase(p, g, stmts(c.body()));
    }

    private Pattern pattern(Pattern p) {
        return switch (p) {
            case MatchValue v -> new MatchValue(expr(v.value()), v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
            case MatchSequence s -> new MatchSequence(map(s.patterns(), this::pattern), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case MatchMapping m -> {
                List<Expr> keys = exprs(m.keys());
                yield new MatchMapping(keys, map(m.patterns(), this::pattern), m.rest(), m.lineno(), m.colOffset(), m.endLineno(), m.endColOffset());
            }
            case MatchClass c -> {
                Expr cls = expr(c.cls());
                List<Pattern> ps = map(c.patterns(), this::pattern);
                yield new MatchClass(cls, ps, c.kwdAttrs(), map(c.kwdPatterns(), this::pattern), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case MatchAs a -> a.pattern() == null ? a
                    : new MatchAs(pattern(a.pattern()), a.name(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case MatchOr o -> new MatchOr(map(o.patterns(), this::pattern), o.lineno(), o.colOffset(), o.endLineno(), o.endColOffset());
            case MatchSingleton s -> s;
            case MatchStar s -> s;
        };
    }

    private Arguments arguments(Arguments a) {
        List<Arg> po = map(a.posonlyargs(), this::arg);
        List<Arg> args = map(a.args(), this::arg);
        Arg va = a.vararg() == null ? null : arg(a.vararg());
        List<Arg> kwo = map(a.kwonlyargs(), this::arg);
        List<Expr> kwd = exprs(a.kwDefaults());
        Arg kw = a.kwarg() == null ? null : arg(a.kwarg());
        return new Arguments(po, args, va, kwo, kwd, kw, exprs(a.defaults()));
    }

    private Arg arg(Arg a) {
        return new Arg(a.arg(), annotation(a.annotation()), a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }

    private Comprehension comprehension(Comprehension c) {
        Expr t = expr(c.target());
        Expr it = expr(c.iter());
        List<Expr> ifs = exprs(c.ifs());
        return new Comprehension(t, foldIter(it), ifs, c.isAsync());
    }

    private static Constant constant(PyObj v, Expr at) {
        return new Constant(v, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    /** The value of a tuple of constants, or null. */
    private static PyTuple constTuple(List<Expr> elts) {
        List<PyObj> items = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            if (!(e instanceof Constant c)) return null;
            items.add(c.value());
        }
        return new PyTuple(items);
    }

    /**
     * The items without later duplicates (Python equality), in insertion order: a frozenset constant of
     * the optimized tree keeps the order of its display, as {@code marshal} data would list it, and
     * code generation puts it in CPython's iteration order ({@link SetOrder#iterationOrder}).
     */
    private static List<PyObj> distinct(List<PyObj> items) {
        List<PyObj> out = new ArrayList<>();
        for (PyObj x : items) {
            boolean seen = false;
            for (PyObj y : out) seen |= SetOrder.equal(x, y);
            if (!seen) out.add(x);
        }
        return out;
    }

    /** A literal list becomes a tuple, constant if it can; a set of constants becomes a frozenset. */
    private static Expr foldIter(Expr e) {
        if (e instanceof Ast.List l) {
            for (Expr x : l.elts()) if (x instanceof Starred) return e;
            PyTuple t = constTuple(l.elts());
            return t != null ? constant(t, l) : new Tuple(l.elts(), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        }
        if (e instanceof Set s) {
            PyTuple t = constTuple(s.elts());
            return t == null ? e : constant(new PyFrozenSet(distinct(t.items())), s);
        }
        return e;
    }

    Expr expr(Expr e) {
        return switch (e) {
            case BoolOp b -> new BoolOp(b.op(), exprs(b.values()), b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset());
            case BinOp b -> foldBinOp(new BinOp(expr(b.left()), b.op(), expr(b.right()), b.lineno(), b.colOffset(), b.endLineno(), b.endColOffset()));
            case UnaryOp u -> foldUnaryOp(new UnaryOp(u.op(), expr(u.operand()), u.lineno(), u.colOffset(), u.endLineno(), u.endColOffset()));
            case Lambda l -> {
                Arguments a = arguments(l.args());
                yield new Lambda(a, expr(l.body()), l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            }
            case IfExp i -> {
                Expr t = expr(i.test());
                Expr b = expr(i.body());
                yield new IfExp(t, b, expr(i.orelse()), i.lineno(), i.colOffset(), i.endLineno(), i.endColOffset());
            }
            case Dict d -> {
                List<Expr> keys = exprs(d.keys());
                yield new Dict(keys, exprs(d.values()), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
            case Set s -> new Set(exprs(s.elts()), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case ListComp c -> {
                Expr elt = expr(c.elt());
                yield new ListComp(elt, map(c.generators(), this::comprehension), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case SetComp c -> {
                Expr elt = expr(c.elt());
                yield new SetComp(elt, map(c.generators(), this::comprehension), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case DictComp c -> {
                Expr k = expr(c.key());
                Expr v = expr(c.value());
                yield new DictComp(k, v, map(c.generators(), this::comprehension), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case GeneratorExp c -> {
                Expr elt = expr(c.elt());
                yield new GeneratorExp(elt, map(c.generators(), this::comprehension), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case Await a -> new Await(expr(a.value()), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Yield y -> new Yield(opt(y.value()), y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset());
            case YieldFrom y -> new YieldFrom(expr(y.value()), y.lineno(), y.colOffset(), y.endLineno(), y.endColOffset());
            case Compare c -> foldCompare(c);
            case Call c -> {
                Expr f = expr(c.func());
                List<Expr> args = exprs(c.args());
                yield new Call(f, args, map(c.keywords(), this::keyword), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
            case FormattedValue f -> {
                Expr v = expr(f.value());
                yield new FormattedValue(v, f.conversion(), opt(f.formatSpec()), f.lineno(), f.colOffset(), f.endLineno(), f.endColOffset());
            }
            case JoinedStr j -> new JoinedStr(exprs(j.values()), j.lineno(), j.colOffset(), j.endLineno(), j.endColOffset());
            case Attribute a -> new Attribute(expr(a.value()), a.attr(), a.ctx(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Subscript s -> {
                Expr v = expr(s.value());
                Expr i = expr(s.slice());
                if (s.ctx() == ExprContext.Load && v instanceof Constant cv && i instanceof Constant ci) {
                    PyObj r = ConstOps.subscript(cv.value(), ci.value());
                    if (r != null) yield constant(r, s);
                }
                yield new Subscript(v, i, s.ctx(), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            }
            case Starred s -> new Starred(expr(s.value()), s.ctx(), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Slice s -> {
                Expr lo = opt(s.lower());
                Expr up = opt(s.upper());
                yield new Slice(lo, up, opt(s.step()), s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            }
            case Ast.List l -> new Ast.List(exprs(l.elts()), l.ctx(), l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            case Tuple t -> {
                List<Expr> elts = exprs(t.elts());
                PyTuple v = t.ctx() == ExprContext.Load ? constTuple(elts) : null;
                yield v != null ? constant(v, t) : new Tuple(elts, t.ctx(), t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            }
            case Name n -> n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? constant(PyBool.of(optimize == 0), n) : n;
            case NamedExpr n -> new NamedExpr(n.target(), expr(n.value()), n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Constant c -> c;
        };
    }

    private Expr foldCompare(Compare c) {
        Expr left = expr(c.left());
        List<Expr> comps = exprs(c.comparators());
        int last = c.ops().size() - 1;
        CmpOperator op = c.ops().get(last);
        if (op == CmpOperator.In || op == CmpOperator.NotIn) comps.set(last, foldIter(comps.get(last)));
        return new Compare(left, c.ops(), comps, c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
    }

    private static Expr foldUnaryOp(UnaryOp u) {
        if (u.operand() instanceof Constant c) {
            PyObj v = ConstOps.unary(u.op(), c.value());
            return v == null ? u : constant(v, u);
        }
        if (u.op() == UnaryOperator.Not && u.operand() instanceof Compare c && c.ops().size() == 1) {
            CmpOperator neg = switch (c.ops().get(0)) {
                case Is -> CmpOperator.IsNot;
                case IsNot -> CmpOperator.Is;
                case In -> CmpOperator.NotIn;
                case NotIn -> CmpOperator.In;
                default -> null;
            };
            if (neg != null) {
                return new Compare(c.left(), List.of(neg), c.comparators(), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
            }
        }
        return u;
    }

    private static Expr foldBinOp(BinOp b) {
        if (!(b.left() instanceof Constant l)) return b;
        if (b.op() == Operator.Mod && b.right() instanceof Tuple t && l.value() instanceof PyStr fmt) {
            JoinedStr j = FormatFold.fold(b, fmt.value(), t.elts());
            return j == null ? b : j;
        }
        if (!(b.right() instanceof Constant r)) return b;
        PyObj v = ConstOps.binary(b.op(), l.value(), r.value());
        return v == null ? b : constant(v, b);
    }
}
