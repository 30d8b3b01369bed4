package dev.jpy.toolchain.parse;

import dev.jpy.marshal.model.PyBool;
import dev.jpy.marshal.model.PyNone;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.ast.Ast.Pattern;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** The match statement and its patterns ({@code match_stmt} .. {@code keyword_pattern}). */
abstract class PatternParser extends StatementParser {
    PatternParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    abstract List<Stmt> block(int keyword);

    /**
     * match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
     * Returns null (position unchanged) if the statement is not a match statement, since "match" is a soft keyword.
     */
    final Stmt tryMatchStmt() {
        int start = mark();
        int f = furthest;
        Expr subject;
        try {
            advance();
            subject = subjectExpr();
            expect(TokenType.COLON);
            expect(TokenType.NEWLINE);
        } catch (ParseException e) {
            reset(start);
            furthest = f;
            return null;
        }
        if (!at(TokenType.INDENT)) throw expectedIndentedBlock(start);
        advance();
        List<Ast.MatchCase> cases = new ArrayList<>();
        do cases.add(caseBlock()); while (atKeyword("case"));
        expect(TokenType.DEDENT);
        return new Ast.Match(subject, cases, line(start), col(start), endLine(), endCol());
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private Expr subjectExpr() {
        int start = mark();
        Expr first = starNamedExpression();
        if (!at(TokenType.COMMA)) {
            if (first instanceof Ast.Starred) throw syntaxError();
            return first;
        }
        advance();
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        elts.addAll(starNamedExpressions(TokenType.COLON));
        return new Ast.Tuple(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
    }

    // case_block: "case" patterns guard? ':' block
    private Ast.MatchCase caseBlock() {
        if (!atKeyword("case")) throw syntaxError();
        int kw = mark();
        advance();
        Pattern p = patterns();
        Expr guard = acceptKeyword("if") ? namedExpression() : null;
        List<Stmt> body = block(kw);
        return new Ast.MatchCase(p, guard, body);
    }

    // patterns: open_sequence_pattern | pattern
    private Pattern patterns() {
        int start = mark();
        Pattern first = maybeStarPattern();
        if (!at(TokenType.COMMA)) {
            if (first instanceof Ast.MatchStar) throw syntaxError();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.COLON) || atKeyword("if")) break;
            items.add(maybeStarPattern());
        }
        return new Ast.MatchSequence(items, line(start), col(start), endLine(), endCol());
    }

    // maybe_star_pattern: star_pattern | pattern
    // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
    private Pattern maybeStarPattern() {
        int start = mark();
        if (accept(TokenType.STAR)) {
            String name = expectName();
            return new Ast.MatchStar(name.equals("_") ? null : name, line(start), col(start), endLine(), endCol());
        }
        return pattern();
    }

    // pattern: as_pattern | or_pattern
    // as_pattern: or_pattern 'as' pattern_capture_target
    private Pattern pattern() {
        enter();
        try {
            int start = mark();
            Pattern p = orPattern();
            if (acceptKeyword("as")) {
                Token t = peek();
                if (t.string().equals("_")) throw error("cannot use '_' as a target", t);
                if (invalidRules && !atName()) {
                    // invalid_as_pattern: or_pattern 'as' !NAME a=expression
                    int m = mark();
                    Expr a = tryWithoutInvalid(this::expression);
                    if (a != null) throw errorNode("invalid pattern target", a);
                    reset(m);
                }
                String name = expectName();
                return new Ast.MatchAs(p, name, line(start), col(start), endLine(), endCol());
            }
            return p;
        } finally {
            leave();
        }
    }

    // or_pattern: '|'.closed_pattern+
    private Pattern orPattern() {
        int start = mark();
        Pattern first = closedPattern();
        if (!at(TokenType.VBAR)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(TokenType.VBAR)) alts.add(closedPattern());
        return new Ast.MatchOr(alts, line(start), col(start), endLine(), endCol());
    }

    // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
    //               | sequence_pattern | mapping_pattern | class_pattern
    private Pattern closedPattern() {
        int start = mark();
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                switch (t.string()) {
                    case "None" -> { advance(); return new Ast.MatchSingleton(PyNone.NONE, line(start), col(start), endLine(), endCol()); }
                    case "True" -> { advance(); return new Ast.MatchSingleton(PyBool.TRUE, line(start), col(start), endLine(), endCol()); }
                    case "False" -> { advance(); return new Ast.MatchSingleton(PyBool.FALSE, line(start), col(start), endLine(), endCol()); }
                    default -> { }
                }
                Expr nameOrAttr = nameOrAttr();
                if (at(TokenType.LPAR)) return classPattern(start, nameOrAttr);
                if (nameOrAttr instanceof Ast.Name n) {
                    String id = n.id().equals("_") ? null : n.id();
                    return new Ast.MatchAs(null, id, line(start), col(start), endLine(), endCol());
                }
                return new Ast.MatchValue(nameOrAttr, line(start), col(start), endLine(), endCol());
            }
            case NUMBER, MINUS -> {
                Expr v = signedNumberOrComplex();
                return new Ast.MatchValue(v, line(start), col(start), endLine(), endCol());
            }
            case STRING, FSTRING_START -> {
                Expr v = strings();
                return new Ast.MatchValue(v, line(start), col(start), endLine(), endCol());
            }
            case LPAR -> {
                advance();
                if (accept(TokenType.RPAR)) {
                    return new Ast.MatchSequence(List.of(), line(start), col(start), endLine(), endCol());
                }
                Pattern first = maybeStarPattern();
                if (accept(TokenType.RPAR)) {
                    if (first instanceof Ast.MatchStar) {
                        throw syntaxError();
                    }
                    return first; // group_pattern
                }
                expect(TokenType.COMMA);
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                items.addAll(maybeSequencePattern(TokenType.RPAR));
                expect(TokenType.RPAR);
                return new Ast.MatchSequence(items, line(start), col(start), endLine(), endCol());
            }
            case LSQB -> {
                advance();
                List<Pattern> items = maybeSequencePattern(TokenType.RSQB);
                expect(TokenType.RSQB);
                return new Ast.MatchSequence(items, line(start), col(start), endLine(), endCol());
            }
            case LBRACE -> { return mappingPattern(); }
            default -> throw syntaxError();
        }
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<Pattern> maybeSequencePattern(TokenType close) {
        List<Pattern> items = new ArrayList<>();
        while (!at(close)) {
            items.add(maybeStarPattern());
            if (!accept(TokenType.COMMA)) break;
        }
        return items;
    }

    // name_or_attr: attr | NAME ;  attr: name_or_attr '.' NAME
    private Expr nameOrAttr() {
        int start = mark();
        String name = expectName();
        Expr e = new Ast.Name(name, ExprContext.Load, line(start), col(start), endLine(), endCol());
        while (accept(TokenType.DOT)) {
            String attr = expectName();
            e = new Ast.Attribute(e, attr, ExprContext.Load, line(start), col(start), endLine(), endCol());
        }
        return e;
    }

    // signed_number !('+' | '-') | complex_number
    // complex_number: signed_real_number ('+' | '-') imaginary_number
    private Expr signedNumberOrComplex() {
        int start = mark();
        Expr real = signedNumber();
        if (at(TokenType.PLUS) || at(TokenType.MINUS)) {
            Ast.Operator op = advance().type() == TokenType.PLUS ? Ast.Operator.Add : Ast.Operator.Sub;
            int is = mark();
            Token num = expect(TokenType.NUMBER);
            if (!(Literals.number(num.string()) instanceof dev.jpy.marshal.model.PyComplex)) {
                throw error("imaginary number required in complex literal", num);
            }
            if (real instanceof Ast.Constant rc ? rc.value() instanceof dev.jpy.marshal.model.PyComplex
                    : ((Ast.UnaryOp) real).operand() instanceof Ast.Constant uc && uc.value() instanceof dev.jpy.marshal.model.PyComplex) {
                throw errorAt("real number required in complex literal", start);
            }
            Expr imag = new Ast.Constant(Literals.number(num.string()), null, line(is), col(is), endLine(), endCol());
            return new Ast.BinOp(real, op, imag, line(start), col(start), endLine(), endCol());
        }
        return real;
    }

    // signed_number: NUMBER | '-' NUMBER
    private Expr signedNumber() {
        int start = mark();
        boolean neg = accept(TokenType.MINUS);
        int ns = mark();
        Token num = expect(TokenType.NUMBER);
        Expr c = new Ast.Constant(Literals.number(num.string()), null, line(ns), col(ns), endLine(), endCol());
        if (!neg) return c;
        return new Ast.UnaryOp(Ast.UnaryOperator.USub, c, line(start), col(start), endLine(), endCol());
    }

    // mapping_pattern: '{' [items_pattern ','] [double_star_pattern ','?] '}'
    private Pattern mappingPattern() {
        int start = mark();
        expect(TokenType.LBRACE);
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!at(TokenType.RBRACE)) {
            if (rest != null) throw syntaxError();
            if (accept(TokenType.DOUBLESTAR)) {
                rest = expectName();
            } else {
                // key_value_pattern: (literal_expr | attr) ':' pattern
                keys.add(mappingKey());
                expect(TokenType.COLON);
                patterns.add(pattern());
            }
            if (!accept(TokenType.COMMA)) break;
        }
        expect(TokenType.RBRACE);
        return new Ast.MatchMapping(keys, patterns, rest, line(start), col(start), endLine(), endCol());
    }

    // literal_expr | attr
    private Expr mappingKey() {
        int start = mark();
        Token t = peek();
        return switch (t.type()) {
            case NUMBER, MINUS -> signedNumberOrComplex();
            case STRING, FSTRING_START -> strings();
            case NAME -> switch (t.string()) {
                case "None" -> { advance(); yield new Ast.Constant(PyNone.NONE, null, line(start), col(start), endLine(), endCol()); }
                case "True" -> { advance(); yield new Ast.Constant(PyBool.TRUE, null, line(start), col(start), endLine(), endCol()); }
                case "False" -> { advance(); yield new Ast.Constant(PyBool.FALSE, null, line(start), col(start), endLine(), endCol()); }
                default -> {
                    Expr e = nameOrAttr();
                    if (!(e instanceof Ast.Attribute)) throw syntaxError();
                    yield e;
                }
            };
            default -> throw syntaxError();
        };
    }

    // class_pattern: name_or_attr '(' [positional_patterns ','?] [keyword_patterns ','?] ')'
    private Pattern classPattern(int start, Expr cls) {
        expect(TokenType.LPAR);
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(TokenType.RPAR)) {
            if (atName() && atAhead(1, TokenType.EQUAL)) {
                kwdAttrs.add(advance().string());
                advance();
                kwdPatterns.add(pattern());
            } else {
                if (!kwdAttrs.isEmpty()) {
                    throw error("positional patterns follow keyword patterns", peek());
                }
                patterns.add(pattern());
            }
            if (!accept(TokenType.COMMA)) break;
        }
        expect(TokenType.RPAR);
        return new Ast.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, line(start), col(start), endLine(), endCol());
    }
}
