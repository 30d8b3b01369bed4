package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets ({@code star_targets}, {@code del_targets}, {@code single_target}).
 * Targets are parsed with the expression rules (a target is a primary, a starred target or a
 * parenthesized/bracketed sequence of them) and then converted to Store/Del context, which yields the
 * same tree and positions as CPython's {@code t_primary}-based rules for every valid target.
 */
abstract class TargetParser extends ArgumentParser {
    TargetParser(String source) {
        super(source);
    }

    @Override
    final Expr starTargetsForComprehension() {
        return starTargets();
    }

    // star_targets: star_target !',' | star_target (',' star_target )* [',']
    final Expr starTargets() {
        int start = mark();
        Expr first = starTarget();
        if (!at(TokenType.COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!at(TokenType.STAR) && !startsExpression()) break;
            elts.add(starTarget());
        }
        return new Ast.Tuple(elts, ExprContext.Store, line(start), col(start), endLine(), endCol());
    }

    // star_target: '*' (!'*' star_target) | target_with_star_atom
    final Expr starTarget() {
        int start = mark();
        if (accept(TokenType.STAR)) {
            if (at(TokenType.STAR)) throw syntaxError();
            Expr v = starTarget();
            return new Ast.Starred(v, ExprContext.Store, line(start), col(start), endLine(), endCol());
        }
        return toContext(primary(), ExprContext.Store, start);
    }

    // del_targets: ','.del_target+ [',']
    final List<Expr> delTargets() {
        List<Expr> targets = new ArrayList<>();
        do {
            int start = mark();
            if (at(TokenType.STAR)) throw syntaxError();
            targets.add(toContext(primary(), ExprContext.Del, start));
        } while (accept(TokenType.COMMA) && !at(TokenType.NEWLINE) && !at(TokenType.SEMI));
        return targets;
    }

    /** Re-type an expression parsed as a target; throws if it is not assignable. */
    final Expr toContext(Expr e, ExprContext ctx, int start) {
        return switch (e) {
            case Ast.Name n -> {
                yield new Ast.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            }
            case Ast.Attribute a -> new Ast.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Ast.Subscript s -> new Ast.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Ast.Starred s when ctx != ExprContext.Del ->
                    new Ast.Starred(toContext(s.value(), ctx, start), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Ast.Tuple t -> new Ast.Tuple(convertAll(t.elts(), ctx, start), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case Ast.List l -> new Ast.List(convertAll(l.elts(), ctx, start), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            default -> throw errorAt("invalid syntax", start);
        };
    }

    private List<Expr> convertAll(List<Expr> elts, ExprContext ctx, int start) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) out.add(toContext(e, ctx, start));
        return out;
    }

    /** single_target / single_subscript_attribute_target check: Name, Attribute or Subscript. */
    final boolean isSingleTarget(Expr e) {
        return e instanceof Ast.Name || e instanceof Ast.Attribute || e instanceof Ast.Subscript;
    }
}
