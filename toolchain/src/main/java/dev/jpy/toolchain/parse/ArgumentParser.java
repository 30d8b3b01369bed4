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
        if (invalidRules && !at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)) invalidKwarg(mark());
        // genexp as the sole argument: '(' (assignment_expression | expression !':=') for_if_clauses ')'
        if (!at(TokenType.RPAR) && !at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)
                && !(atName() && atAhead(1, TokenType.EQUAL))) {
            int m = mark();
            Expr elt = namedExpression();
            if (atKeyword("for") || (atKeyword("async") && atKeywordAhead(1, "for"))) {
                List<Ast.Comprehension> gens = forIfClauses();
                if (invalidRules && at(TokenType.COMMA)) throw genexpNotParenthesized(elt, gens);
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
            if (invalidRules && !at(TokenType.STAR) && !at(TokenType.DOUBLESTAR)) invalidKwarg(start);
            if (accept(TokenType.DOUBLESTAR)) {
                Expr v = expression();
                if (invalidRules && at(TokenType.EQUAL)) unpackingAssignment(start, "keyword");
                keywords.add(new Ast.Keyword(null, v, line(start), col(start), endLine(), endCol()));
                sawDoubleStar = true;
            } else if (accept(TokenType.STAR)) {
                if (invalidRules && !startsExpression()) throw errorAt("Invalid star expression", furthest);
                Expr v = expression();
                if (invalidRules && at(TokenType.EQUAL)) unpackingAssignment(start, "iterable");
                if (sawDoubleStar) {
                    throw errorTokenToNode("iterable argument unpacking follows keyword argument unpacking", start - 1, v);
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
                    List<Ast.Comprehension> gens = tryWithoutInvalid(this::forIfClauses);
                    if (gens == null || gens.isEmpty()) throw errorAt("Generator expression must be parenthesized", start);
                    throw genexpNotParenthesized(e, gens);
                }
                if (at(TokenType.EQUAL)) throw syntaxError();
                if (sawDoubleStar) throw errorAt("positional argument follows keyword argument unpacking", furthest);
                if (sawKeyword) throw errorAt("positional argument follows keyword argument", furthest);
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

    /** _PyPegen_nonparen_genexp_in_call: from the element to the last comprehension item. */
    private ParseException genexpNotParenthesized(Expr elt, List<Ast.Comprehension> gens) {
        Ast.Comprehension last = gens.get(gens.size() - 1);
        Expr item = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
        return errorRange("Generator expression must be parenthesized", elt, item);
    }

    /** invalid_starred_expression_unpacking / invalid_kwarg: {@code '*' expression '=' b=expression}. */
    private void unpackingAssignment(int star, String kind) {
        int m = mark();
        advance();
        Expr b = tryWithoutInvalid(this::expression);
        if (b != null) throw errorTokenToNode("cannot assign to " + kind + " argument unpacking", star, b);
        reset(m);
    }

    /** invalid_kwarg: an argument that is an assignment. */
    private void invalidKwarg(int start) {
        Token t = peek();
        if (t.type() == TokenType.NAME && atAhead(1, TokenType.EQUAL)) {
            if (t.string().equals("True") || t.string().equals("False") || t.string().equals("None")) {
                throw errorTokens("cannot assign to " + t.string(), start, start + 1);
            }
            if (atAhead(2, TokenType.COMMA) || atAhead(2, TokenType.RPAR)) {
                throw errorTokens("expected argument value expression", start, start + 1);
            }
            return;
        }
        Expr a = tryWithoutInvalid(this::expression);
        if (a != null && at(TokenType.EQUAL)) {
            throw errorNodeToToken("expression cannot contain assignment, perhaps you meant \"==\"?", a, mark());
        }
        reset(start);
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
            if (kwarg != null) throw error("arguments cannot follow var-keyword argument", t);
            if (t.type() == TokenType.LPAR) throw parenthesizedParameters(close);
            if (t.type() == TokenType.SLASH) {
                if (sawSlash) throw error("/ may appear only once", t);
                if (sawStar) throw error("/ must be ahead of *", t);
                if (args.isEmpty() && nextType() == TokenType.COMMA) throw error("at least one argument must precede /", t);
                if (args.isEmpty()) throw syntaxError();
                advance();
                if (at(TokenType.STAR)) throw error("expected comma between / and *", peek());
                posonly.addAll(args);
                args.clear();
                sawSlash = true;
            } else if (t.type() == TokenType.STAR) {
                if (sawStar) throw error("* argument may appear only once", t);
                advance();
                sawStar = true;
                if (at(TokenType.COMMA) || at(close)) {
                    if (at(close) || atAhead(1, close) || atAhead(1, TokenType.DOUBLESTAR)) {
                        // the def rule reports the '*', the lambda rule the last token read
                        throw close == TokenType.COLON ? errorAt("named arguments must follow bare *", furthest)
                                : error("named arguments must follow bare *", t);
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
                if (at(TokenType.EQUAL) && (atAhead(1, close) || atAhead(1, TokenType.COMMA))) {
                    throw error("expected default value expression", peek());
                }
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

    /** invalid_parameters: {@code '(' param_no_default+ ','? ')'}; else a generic error. */
    private ParseException parenthesizedParameters(TokenType close) {
        int open = mark();
        int i = open + 1;
        while (tokens.get(i).type() == TokenType.NAME && !KEYWORDS.contains(tokens.get(i).string())) {
            i++;
            if (tokens.get(i).type() != TokenType.COMMA) break;
            i++;
        }
        if (i > open + 1 && tokens.get(i).type() == TokenType.RPAR) {
            return errorTokens(close == TokenType.COLON ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized", open, i);
        }
        return syntaxError();
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
