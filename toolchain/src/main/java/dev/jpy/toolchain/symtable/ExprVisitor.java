package dev.jpy.toolchain.symtable;

import static dev.jpy.toolchain.symtable.Symbol.DEF_COMP_ITER;
import static dev.jpy.toolchain.symtable.Symbol.DEF_GLOBAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_LOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_NONLOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.USE;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.symtable.SymtableVisitor.Loc;
import java.util.List;

/**
 * The first pass over expressions, patterns and comprehensions (CPython's
 * {@code symtable_visit_expr}, {@code symtable_visit_pattern}, {@code symtable_handle_comprehension}
 * and the walrus rules of {@code symtable_extend_namedexpr_scope}).
 */
final class ExprVisitor {
    private final SymtableVisitor v;

    ExprVisitor(SymtableVisitor v) {
        this.v = v;
    }

    void expr(Ast.Expr e) {
        switch (e) {
            case Ast.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                namedExpr(n);
            }
            case Ast.BoolOp b -> exprs(b.values());
            case Ast.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Ast.UnaryOp u -> expr(u.operand());
            case Ast.Lambda l -> lambda(l);
            case Ast.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Ast.Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Ast.Set s -> exprs(s.elts());
            case Ast.GeneratorExp g -> comprehension(e, "genexpr", g.generators(), g.elt(), null);
            case Ast.ListComp c -> comprehension(e, "listcomp", c.generators(), c.elt(), null);
            case Ast.SetComp c -> comprehension(e, "setcomp", c.generators(), c.elt(), null);
            case Ast.DictComp c -> comprehension(e, "dictcomp", c.generators(), c.key(), c.value());
            case Ast.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    expr(y.value());
                }
                yielded(e);
            }
            case Ast.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Ast.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                expr(a.value());
                v.cur.coroutine = true;
            }
            case Ast.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Ast.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                }
            }
            case Ast.JoinedStr j -> exprs(j.values());
            case Ast.Constant c -> { }
            case Ast.Attribute a -> expr(a.value());
            case Ast.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Ast.Starred s -> expr(s.value());
            case Ast.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Ast.Name n -> name(n);
            case Ast.List l -> exprs(l.elts());
            case Ast.Tuple t -> exprs(t.elts());
        }
    }

    private void exprs(List<Ast.Expr> list) {
        for (Ast.Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void name(Ast.Name n) {
        Loc loc = Loc.of(n);
        boolean load = n.ctx() == Ast.ExprContext.Load;
        v.addDef(n.id(), load ? USE : DEF_LOCAL, loc);
        if (load && v.cur.isFunctionLike() && n.id().equals("super")) {
            v.addDef("__class__", USE, loc);
        }
    }

    private void yielded(Ast.Expr e) {
        v.cur.generator = true;
        ComprehensionKind kind = v.cur.comprehension;
        if (kind != ComprehensionKind.NONE) {
            String what = switch (kind) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                default -> "generator expression";
            };
            throw v.error("'yield' inside " + what, Loc.of(e));
        }
    }

    private void lambda(Ast.Lambda l) {
        exprs(l.args().defaults());
        exprs(l.args().kwDefaults());
        v.enterBlock("lambda", BlockType.FUNCTION, l, Loc.of(l));
        v.arguments(l.args());
        expr(l.body());
        v.exitBlock();
    }

    private void raiseIfAnnotationBlock(String what, Ast.Expr e) {
        String msg = switch (v.cur.type()) {
            case ANNOTATION -> what + " cannot be used within an annotation";
            case TYPE_VARIABLE_BOUND -> what + " cannot be used within " + v.cur.scopeInfo;
            case TYPE_ALIAS -> what + " cannot be used within a type alias";
            case TYPE_PARAMETERS -> what + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) {
            throw v.error(msg, Loc.of(e));
        }
    }

    // ---- assignment expressions ----

    private void namedExpr(Ast.NamedExpr e) {
        if (v.cur.compIterExpr > 0) {
            throw v.error("assignment expression cannot be used in a comprehension iterable expression", Loc.of(e));
        }
        if (v.cur.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Ast.Name) e.target());
        }
        expr(e.value());
        expr(e.target());
    }

    /** Binds a walrus target inside a comprehension in the nearest enclosing non-comprehension block. */
    private void extendNamedExprScope(Ast.Name target) {
        String name = target.id();
        Loc loc = Loc.of(target);
        for (int i = v.stack.size() - 1; i >= 0; i--) {
            Scope ste = v.stack.get(i);
            if (ste.comprehension != ComprehensionKind.NONE) {
                int flags = ste.flags(name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw v.error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", loc);
                }
                continue;
            }
            switch (ste.type()) {
                case FUNCTION -> {
                    boolean global = (ste.flags(name) & DEF_GLOBAL) != 0;
                    v.addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                    v.recordDirective(name, loc);
                    v.addDef(name, DEF_LOCAL, ste, loc);
                    return;
                }
                case MODULE -> {
                    v.addDef(name, DEF_GLOBAL, loc);
                    v.recordDirective(name, loc);
                    v.addDef(name, DEF_GLOBAL, ste, loc);
                    return;
                }
                case CLASS -> throw v.error(
                        "assignment expression within a comprehension cannot be used in a class body", loc);
                case TYPE_PARAMETERS -> throw v.error("assignment expression within a comprehension cannot be "
                        + "used within the definition of a generic", loc);
                case TYPE_ALIAS -> throw v.error(
                        "assignment expression within a comprehension cannot be used in a type alias", loc);
                case TYPE_VARIABLE_BOUND -> throw v.error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", loc);
                default -> { }
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + name);
    }

    // ---- comprehensions ----

    private void comprehension(Ast.Expr e, String scopeName, List<Ast.Comprehension> generators,
                               Ast.Expr elt, Ast.Expr value) {
        boolean isGenerator = e instanceof Ast.GeneratorExp;
        Ast.Comprehension outermost = generators.get(0);
        v.cur.compIterExpr++;
        expr(outermost.iter());
        v.cur.compIterExpr--;
        Scope comp = v.enterBlock(scopeName, BlockType.FUNCTION, e, Loc.of(e));
        comp.comprehension = switch (e) {
            case Ast.ListComp c -> ComprehensionKind.LIST;
            case Ast.SetComp c -> ComprehensionKind.SET;
            case Ast.DictComp c -> ComprehensionKind.DICT;
            default -> ComprehensionKind.GENERATOR;
        };
        if (outermost.isAsync() != 0) {
            comp.coroutine = true;
        }
        v.addDef(".0", DEF_PARAM, new Loc(comp.lineno(), comp.colOffset(), comp.endLineno(), comp.endColOffset()));
        comp.compIterTarget = true;
        expr(outermost.target());
        comp.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Ast.Comprehension lc = generators.get(i);
            comp.compIterTarget = true;
            expr(lc.target());
            comp.compIterTarget = false;
            comp.compIterExpr++;
            expr(lc.iter());
            comp.compIterExpr--;
            exprs(lc.ifs());
            if (lc.isAsync() != 0) {
                comp.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        comp.generator = isGenerator;
        boolean isAsync = comp.coroutine && !isGenerator;
        v.exitBlock();
        if (isAsync) {
            v.cur.coroutine = true;
        }
    }

    // ---- patterns ----

    void pattern(Ast.Pattern p) {
        switch (p) {
            case Ast.MatchValue m -> expr(m.value());
            case Ast.MatchSingleton m -> { }
            case Ast.MatchSequence m -> patterns(m.patterns());
            case Ast.MatchStar m -> {
                if (m.name() != null) {
                    v.addDef(m.name(), DEF_LOCAL, Loc.of(m));
                }
            }
            case Ast.MatchMapping m -> {
                exprs(m.keys());
                patterns(m.patterns());
                if (m.rest() != null) {
                    v.addDef(m.rest(), DEF_LOCAL, Loc.of(m));
                }
            }
            case Ast.MatchClass m -> {
                expr(m.cls());
                patterns(m.patterns());
                patterns(m.kwdPatterns());
            }
            case Ast.MatchAs m -> {
                if (m.pattern() != null) {
                    pattern(m.pattern());
                }
                if (m.name() != null) {
                    v.addDef(m.name(), DEF_LOCAL, Loc.of(m));
                }
            }
            case Ast.MatchOr m -> patterns(m.patterns());
        }
    }

    private void patterns(List<Ast.Pattern> list) {
        for (Ast.Pattern p : list) {
            pattern(p);
        }
    }
}
