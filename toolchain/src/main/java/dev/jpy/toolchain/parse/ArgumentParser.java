package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Call arguments ({@code arguments}, {@code args}, {@code kwargs}) and parameter lists ({@code params}, {@code lambda_params}). */
abstract class ArgumentParser extends FStringParser {
    ArgumentParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    /** Positional and keyword arguments of a call or class definition. */
    record CallArgs(List<Expr> args, List<Ast.Keyword> keywords) {}

    // primary genexp | primary '(' [arguments] ')'
    @Override
    final Expr callRest(Expr func, int start) {
        int open = mark();
        expect(TokenType.LPAR);
        // genexp as the sole argument: '(' (assignment_expression | expression !':=') for_if_clauses ')'
        if (!at(TokenType.RPAR) && !at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)
                && !(atName() && atAhead(1, TokenType.EQUAL))) {
            int m = mark();
            Expr elt = namedExpression();
            if (atKeyword("for") || (atKeyword("async") && atKeywordAhead(1, "for"))) {
                List<Ast.Comprehension> gens = forIfClauses();
                expect(TokenType.RPAR);
                Expr gen = new Ast.GeneratorExp(elt, gens, line(open), col(open), endLine(), endCol());
                return new Ast.Call(func, List.of(gen), List.of(), line(start), col(start), endLine(), endCol());
            }
            reset(m);
        }
        CallArgs a = arguments(TokenType.RPAR);
        expect(TokenType.RPAR);
        return new Ast.Call(func, a.args(), a.keywords(), line(start), col(start), endLine(), endCol());
    }

    // arguments: args [','] &')'
    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
    final CallArgs arguments(TokenType close) {
        List<Expr> args = new ArrayList<>();
        List<Ast.Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false, sawDoubleStar = false;
        while (!at(close)) {
            int start = mark();
            if (accept(TokenType.DOUBLESTAR)) {
                Expr v = expression();
                keywords.add(new Ast.Keyword(null, v, line(start), col(start), endLine(), endCol()));
                sawDoubleStar = true;
            } else if (accept(TokenType.STAR)) {
                Expr v = expression();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", start);
                }
                args.add(new Ast.Starred(v, ExprContext.Load, line(start), col(start), endLine(), endCol()));
            } else if (atName() && atAhead(1, TokenType.EQUAL)) {
                String name = advance().string();
                advance();
                Expr v = expression();
                keywords.add(new Ast.Keyword(name, v, line(start), col(start), endLine(), endCol()));
                sawKeyword = true;
            } else {
                Expr e = namedExpression();
                if (atKeyword("for") || atKeyword("async")) {
                    throw errorAt("Generator expression must be parenthesized", start);
                }
                if (at(TokenType.EQUAL)) throw syntaxError();
                if (sawDoubleStar) throw errorAt("positional argument follows keyword argument unpacking", start);
                if (sawKeyword) throw errorAt("positional argument follows keyword argument", start);
                args.add(e);
            }
            if (!accept(TokenType.COMMA)) break;
        }
        return new CallArgs(args, keywords);
    }

    @Override
    final Ast.Arguments lambdaParams() {
        return parameters(TokenType.COLON, false);
    }

    /** The parameters of a def, up to (not including) the closing ')'. */
    final Ast.Arguments funcParams() {
        return parameters(TokenType.RPAR, true);
    }

    // params / lambda_params: slash_no_default | slash_with_default | param_no_default+ ... | star_etc
    private Ast.Arguments parameters(TokenType close, boolean annotated) {
        List<Ast.Arg> posonly = new ArrayList<>();
        List<Ast.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Ast.Arg vararg = null;
        List<Ast.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Ast.Arg kwarg = null;
        boolean sawSlash = false, sawStar = false;
        char last = 0; // where the parameter just read went: a(rgs) k(wonly) v(ararg) w(kwarg), 0 none
        while (!at(close)) {
            Token t = peek();
            if (kwarg != null) throw syntaxError();
            if (t.type() == TokenType.SLASH) {
                if (sawSlash) throw error("/ may appear only once", t);
                if (sawStar) throw error("/ must be ahead of *", t);
                if (args.isEmpty()) throw error("at least one argument must precede /", t);
                advance();
                posonly.addAll(args);
                args.clear();
                sawSlash = true;
            } else if (t.type() == TokenType.STAR) {
                if (sawStar) throw error("* argument may appear only once", t);
                advance();
                sawStar = true;
                if (at(TokenType.COMMA) || at(close)) {
                    if (at(close) || atAhead(1, close) || atAhead(1, TokenType.DOUBLESTAR)) {
                        throw error("named arguments must follow bare *", t);
                    }
                } else {
                    vararg = param(annotated, true);
                    last = 'v';
                    if (at(TokenType.EQUAL)) throw error("var-positional argument cannot have default value", peek());
                }
            } else if (t.type() == TokenType.DOUBLESTAR) {
                advance();
                kwarg = param(annotated, false);
                last = 'w';
                if (at(TokenType.EQUAL)) throw error("var-keyword argument cannot have default value", peek());
            } else {
                Ast.Arg a = param(annotated, false);
                Expr def = null;
                if (accept(TokenType.EQUAL)) def = expression();
                last = sawStar ? 'k' : 'a';
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw error("parameter without a default follows parameter with a default", t);
                    }
                    args.add(a);
                    if (def != null) defaults.add(def);
                }
            }
            boolean comma = accept(TokenType.COMMA);
            // param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'   (def only)
            if (annotated && at(TokenType.TYPE_COMMENT)) {
                if (last == 0 && t.type() == TokenType.STAR) throw error("bare * has associated type comment", peek());
                String tc = last == 0 ? null : advance().string();
                switch (last) {
                    case 'a' -> args.set(args.size() - 1, withTypeComment(args.get(args.size() - 1), tc));
                    case 'k' -> kwonly.set(kwonly.size() - 1, withTypeComment(kwonly.get(kwonly.size() - 1), tc));
                    case 'v' -> vararg = withTypeComment(vararg, tc);
                    case 'w' -> kwarg = withTypeComment(kwarg, tc);
                    default -> { }
                }
            }
            last = 0;
            if (!comma) break;
        }
        return new Ast.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // param: NAME annotation?   (annotation: ':' expression; star_annotation: ':' star_expression)
    private Ast.Arg param(boolean annotated, boolean starAnnotation) {
        int start = mark();
        String name = expectName();
        Expr annotation = null;
        if (annotated && accept(TokenType.COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Ast.Arg(name, annotation, null, line(start), col(start), endLine(), endCol());
    }

    private static Ast.Arg withTypeComment(Ast.Arg a, String tc) {
        return new Ast.Arg(a.arg(), a.annotation(), tc, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }
}
