package dev.jpy.toolchain.parse;

import dev.jpy.marshal.model.PyBool;
import dev.jpy.marshal.model.PyEllipsis;
import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Expression rules of python.gram: from {@code star_expressions} down to {@code atom}. */
abstract class ExpressionParser extends ParserCore {
    ExpressionParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    // implemented by the argument / target rule classes further down the chain
    abstract Expr callRest(Expr func, int start);

    abstract Ast.Arguments lambdaParams();

    abstract Expr starTargetsForComprehension();

    // expressions: expression (',' expression )+ [','] | expression ',' | expression
    final Expr expressions() {
        int start = mark();
        Expr first = expression();
        if (!at(TokenType.COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!startsExpression()) break;
            elts.add(expression());
        }
        return new Ast.Tuple(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
    }

    // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    final Expr expression() {
        enter();
        try {
            if (atKeyword("lambda")) return lambdef();
            int start = mark();
            Expr body = disjunction();
            if (invalidRules) invalidExpression(start, body);
            if (atKeyword("if")) {
                advance();
                Expr test = disjunction();
                if (invalidRules && !atKeyword("else") && !at(TokenType.COLON)) {
                    throw errorRange("expected 'else' after 'if' expression", body, test);
                }
                expectKeyword("else");
                Expr orelse = expression();
                return new Ast.IfExp(test, body, orelse, line(start), col(start), endLine(), endCol());
            }
            return body;
        } finally {
            leave();
        }
    }

    /**
     * invalid_expression's "Perhaps you forgot a comma?": {@code a=disjunction b=expression} inside brackets,
     * unless the expression starts with NAME STRING or a soft keyword, or {@code a} is print/exec.
     */
    private void invalidExpression(int start, Expr a) {
        if (a instanceof Ast.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            // invalid_legacy_expression: NAME !'(' star_expressions
            if (at(TokenType.LPAR) || !startsExpression()) return;
            int m = mark();
            Expr b = tryWithoutInvalid(this::starExpressions);
            if (b != null) {
                throw errorRange("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", a, b);
            }
            reset(m);
            return;
        }
        Token t = tokens.get(start);
        if (t.type() == TokenType.NAME && (SOFT_KEYWORDS.contains(t.string())
                || tokens.get(start + 1).type() == TokenType.STRING || tokens.get(start + 1).type() == TokenType.FSTRING_START)) {
            return;
        }
        if (!startsExpression() || atKeyword("if") || atKeyword("else") || atKeyword("for") || atKeyword("async")) return;
        int m = mark();
        Expr b = tryWithoutInvalid(this::expression);
        if (b != null && level(mark() - 1) > 0) throw errorRange("invalid syntax. Perhaps you forgot a comma?", a, b);
        reset(m);
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    final Expr yieldExpr() {
        int start = mark();
        expectKeyword("yield");
        int from = mark();
        // PEG: with no expression after 'from', the first alternative fails and 'yield' stands alone
        if (acceptKeyword("from") && !startsExpression()) reset(from);
        if (mark() > from) {
            Expr v = expression();
            return new Ast.YieldFrom(v, line(start), col(start), endLine(), endCol());
        }
        Expr v = startsExpression() || at(TokenType.STAR) ? starExpressions() : null;
        return new Ast.Yield(v, line(start), col(start), endLine(), endCol());
    }

    // star_expressions: star_expression (',' star_expression )+ [','] | star_expression ',' | star_expression
    final Expr starExpressions() {
        int start = mark();
        Expr first = starExpression();
        if (!at(TokenType.COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (!startsExpression() && !at(TokenType.STAR)) break;
            elts.add(starExpression());
        }
        return new Ast.Tuple(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
    }

    // star_expression: '*' bitwise_or | expression
    final Expr starExpression() {
        if (at(TokenType.STAR)) {
            int start = mark();
            advance();
            Expr v = bitwiseOr();
            return new Ast.Starred(v, ExprContext.Load, line(start), col(start), endLine(), endCol());
        }
        return expression();
    }

    // star_named_expressions: ','.star_named_expression+ [','] (stops before `close`)
    final List<Expr> starNamedExpressions(TokenType close) {
        List<Expr> elts = new ArrayList<>();
        while (!at(close)) {
            elts.add(starNamedExpression());
            if (!accept(TokenType.COMMA)) break;
        }
        return elts;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    final Expr starNamedExpression() {
        if (at(TokenType.STAR)) {
            int start = mark();
            advance();
            Expr v = bitwiseOr();
            return new Ast.Starred(v, ExprContext.Load, line(start), col(start), endLine(), endCol());
        }
        return namedExpression();
    }

    // named_expression: assignment_expression | expression !':='
    final Expr namedExpression() {
        if (atName() && atAhead(1, TokenType.COLONEQUAL)) return assignmentExpression();
        Expr e = expression();
        if (at(TokenType.COLONEQUAL)) throw invalidRules ? walrusTarget(e) : syntaxError();
        if (invalidRules && at(TokenType.EQUAL)) invalidNamedExpression(e);
        return e;
    }

    /** invalid_named_expression: {@code a=expression ':=' expression}. */
    final ParseException walrusTarget(Expr e) {
        return errorNode("cannot use assignment expressions with " + TargetParser.exprName(e), e);
    }

    /**
     * invalid_named_expression's {@code a=NAME '=' b=bitwise_or !('='|':=')} and
     * {@code !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')}.
     */
    private void invalidNamedExpression(Expr a) {
        boolean bitwiseOr = !(a instanceof Ast.Compare || a instanceof Ast.BoolOp || a instanceof Ast.IfExp
                || a instanceof Ast.Lambda || (a instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.Not));
        if (!bitwiseOr) return;
        int m = mark();
        advance();
        Expr b = tryWithoutInvalid(this::bitwiseOr);
        boolean ok = b != null && !at(TokenType.EQUAL) && !at(TokenType.COLONEQUAL);
        reset(m);
        if (!ok) return;
        if (a instanceof Ast.Name) throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
        if (a instanceof Ast.List || a instanceof Ast.Tuple || a instanceof Ast.GeneratorExp
                || (a instanceof Ast.Constant c && (c.value() instanceof dev.jpy.marshal.model.PyNone
                        || c.value() instanceof dev.jpy.marshal.model.PyBool))) return;
        throw errorNode("cannot assign to " + TargetParser.exprName(a) + " here. Maybe you meant '==' instead of '='?", a);
    }

    // assignment_expression: NAME ':=' ~ expression
    final Expr assignmentExpression() {
        int start = mark();
        Token name = advance();
        Ast.Name target = new Ast.Name(name.string(), ExprContext.Store, line(start), col(start), endLine(), endCol());
        expect(TokenType.COLONEQUAL);
        Expr value = expression();
        return new Ast.NamedExpr(target, value, line(start), col(start), endLine(), endCol());
    }

    // disjunction: conjunction ('or' conjunction )+ | conjunction
    final Expr disjunction() {
        int start = mark();
        Expr first = conjunction();
        if (!atKeyword("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("or")) values.add(conjunction());
        return new Ast.BoolOp(Ast.BoolOperator.Or, values, line(start), col(start), endLine(), endCol());
    }

    // conjunction: inversion ('and' inversion )+ | inversion
    final Expr conjunction() {
        int start = mark();
        Expr first = inversion();
        if (!atKeyword("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword("and")) values.add(inversion());
        return new Ast.BoolOp(Ast.BoolOperator.And, values, line(start), col(start), endLine(), endCol());
    }

    // inversion: 'not' inversion | comparison   (the 'not' chain is collected in a loop, not by recursion)
    final Expr inversion() {
        if (!atKeyword("not")) return comparison();
        List<Integer> ops = new ArrayList<>();
        while (atKeyword("not")) {
            ops.add(mark());
            advance();
        }
        if (depth + ops.size() > MAX_DEPTH) throw tooComplex();
        depth += ops.size();
        try {
            Expr e = comparison();
            for (int i = ops.size() - 1; i >= 0; i--) {
                int start = ops.get(i);
                e = new Ast.UnaryOp(Ast.UnaryOperator.Not, e, line(start), col(start), endLine(), endCol());
            }
            return e;
        } finally {
            depth -= ops.size();
        }
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    final Expr comparison() {
        int start = mark();
        Expr left = bitwiseOr();
        List<Ast.CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            Ast.CmpOperator op = compareOp();
            if (op == null) break;
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) return left;
        return new Ast.Compare(left, ops, comparators, line(start), col(start), endLine(), endCol());
    }

    private Ast.CmpOperator compareOp() {
        Token t = peek();
        Ast.CmpOperator op = switch (t.type()) {
            case EQEQUAL -> Ast.CmpOperator.Eq;
            case NOTEQUAL -> Ast.CmpOperator.NotEq;
            case LESSEQUAL -> Ast.CmpOperator.LtE;
            case LESS -> Ast.CmpOperator.Lt;
            case GREATEREQUAL -> Ast.CmpOperator.GtE;
            case GREATER -> Ast.CmpOperator.Gt;
            default -> null;
        };
        if (op != null) {
            advance();
            return op;
        }
        if (atKeyword("in")) {
            advance();
            return Ast.CmpOperator.In;
        }
        if (atKeyword("not") && atKeywordAhead(1, "in")) {
            advance();
            advance();
            return Ast.CmpOperator.NotIn;
        }
        if (atKeyword("is")) {
            advance();
            if (acceptKeyword("not")) return Ast.CmpOperator.IsNot;
            return Ast.CmpOperator.Is;
        }
        return null;
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
    final Expr bitwiseOr() {
        int start = mark();
        Expr left = bitwiseXor();
        while (accept(TokenType.VBAR)) {
            left = new Ast.BinOp(left, Ast.Operator.BitOr, bitwiseXor(), line(start), col(start), endLine(), endCol());
        }
        return left;
    }

    // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
    final Expr bitwiseXor() {
        int start = mark();
        Expr left = bitwiseAnd();
        while (accept(TokenType.CIRCUMFLEX)) {
            left = new Ast.BinOp(left, Ast.Operator.BitXor, bitwiseAnd(), line(start), col(start), endLine(), endCol());
        }
        return left;
    }

    // bitwise_and: bitwise_and '&' shift_expr | shift_expr
    final Expr bitwiseAnd() {
        int start = mark();
        Expr left = shiftExpr();
        while (accept(TokenType.AMPER)) {
            left = new Ast.BinOp(left, Ast.Operator.BitAnd, shiftExpr(), line(start), col(start), endLine(), endCol());
        }
        return left;
    }

    // shift_expr: shift_expr '<<' sum | shift_expr '>>' sum | sum
    final Expr shiftExpr() {
        int start = mark();
        Expr left = sum();
        while (true) {
            Ast.Operator op = at(TokenType.LEFTSHIFT) ? Ast.Operator.LShift
                    : at(TokenType.RIGHTSHIFT) ? Ast.Operator.RShift : null;
            if (op == null) return left;
            advance();
            left = new Ast.BinOp(left, op, sum(), line(start), col(start), endLine(), endCol());
        }
    }

    // sum: sum '+' term | sum '-' term | term
    final Expr sum() {
        int start = mark();
        Expr left = term();
        while (true) {
            Ast.Operator op = at(TokenType.PLUS) ? Ast.Operator.Add : at(TokenType.MINUS) ? Ast.Operator.Sub : null;
            if (op == null) return left;
            advance();
            if (invalidRules && atKeyword("not")) notAfterOperator(this::inversion);
            left = new Ast.BinOp(left, op, term(), line(start), col(start), endLine(), endCol());
        }
    }

    // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
    final Expr term() {
        int start = mark();
        Expr left = factor();
        while (true) {
            Ast.Operator op = switch (peek().type()) {
                case STAR -> Ast.Operator.Mult;
                case SLASH -> Ast.Operator.Div;
                case DOUBLESLASH -> Ast.Operator.FloorDiv;
                case PERCENT -> Ast.Operator.Mod;
                case AT -> Ast.Operator.MatMult;
                default -> null;
            };
            if (op == null) return left;
            advance();
            if (invalidRules && atKeyword("not")) notAfterOperator(this::inversion);
            left = new Ast.BinOp(left, op, factor(), line(start), col(start), endLine(), endCol());
        }
    }

    /** invalid_arithmetic / invalid_factor: {@code a='not' b=inversion} right after an operator. */
    private void notAfterOperator(java.util.function.Supplier<Expr> operand) {
        int not = mark();
        advance();
        Expr b = tryWithoutInvalid(operand);
        if (b != null) throw errorTokenToNode("'not' after an operator must be parenthesized", not, b);
        reset(not);
    }

    // factor: '+' factor | '-' factor | '~' factor | power   (the operator chain is collected in a loop)
    final Expr factor() {
        List<Integer> starts = new ArrayList<>();
        List<Ast.UnaryOperator> ops = new ArrayList<>();
        while (true) {
            Ast.UnaryOperator op = switch (peek().type()) {
                case PLUS -> Ast.UnaryOperator.UAdd;
                case MINUS -> Ast.UnaryOperator.USub;
                case TILDE -> Ast.UnaryOperator.Invert;
                default -> null;
            };
            if (op == null) break;
            starts.add(mark());
            ops.add(op);
            advance();
        }
        if (ops.isEmpty()) return power();
        if (invalidRules && atKeyword("not")) notAfterOperator(this::factor);
        int cost = ops.size() + 1;
        if (depth + cost > MAX_DEPTH) throw tooComplex();
        depth += cost;
        try {
            Expr e = power();
            for (int i = ops.size() - 1; i >= 0; i--) {
                int start = starts.get(i);
                e = new Ast.UnaryOp(ops.get(i), e, line(start), col(start), endLine(), endCol());
            }
            return e;
        } finally {
            depth -= cost;
        }
    }

    // power: await_primary '**' factor | await_primary
    final Expr power() {
        int start = mark();
        Expr left = awaitPrimary();
        if (accept(TokenType.DOUBLESTAR)) {
            Expr right = factor();
            return new Ast.BinOp(left, Ast.Operator.Pow, right, line(start), col(start), endLine(), endCol());
        }
        return left;
    }

    // await_primary: 'await' primary | primary
    final Expr awaitPrimary() {
        if (atKeyword("await")) {
            int start = mark();
            advance();
            Expr v = primary();
            return new Ast.Await(v, line(start), col(start), endLine(), endCol());
        }
        return primary();
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    final Expr primary() {
        int start = mark();
        Expr e = atom();
        while (true) {
            if (at(TokenType.DOT)) {
                advance();
                String name = expectName();
                e = new Ast.Attribute(e, name, ExprContext.Load, line(start), col(start), endLine(), endCol());
            } else if (at(TokenType.LPAR)) {
                e = callRest(e, start);
            } else if (at(TokenType.LSQB)) {
                advance();
                Expr slice = slices();
                expect(TokenType.RSQB);
                e = new Ast.Subscript(e, slice, ExprContext.Load, line(start), col(start), endLine(), endCol());
            } else {
                return e;
            }
        }
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    final Expr slices() {
        int start = mark();
        Expr first = sliceOrStarred();
        if (!at(TokenType.COMMA) && !(first instanceof Ast.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenType.COMMA)) {
            if (at(TokenType.RSQB)) break;
            elts.add(sliceOrStarred());
        }
        return new Ast.Tuple(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
    }

    // starred_expression: '*' expression (a[*b or c] is a[(*(b or c),)])
    private Expr sliceOrStarred() {
        if (at(TokenType.STAR)) {
            int start = mark();
            advance();
            Expr v = expression();
            return new Ast.Starred(v, ExprContext.Load, line(start), col(start), endLine(), endCol());
        }
        return slice();
    }

    // slice: [expression] ':' [expression] [':' [expression] ] | named_expression
    final Expr slice() {
        int start = mark();
        Expr lower = null;
        if (!at(TokenType.COLON)) {
            if (atName() && atAhead(1, TokenType.COLONEQUAL)) return assignmentExpression();
            Expr e = expression();
            if (!at(TokenType.COLON)) {
                if (at(TokenType.COLONEQUAL)) throw syntaxError();
                return e;
            }
            lower = e;
        }
        expect(TokenType.COLON);
        Expr upper = startsExpression() ? expression() : null;
        Expr step = null;
        if (accept(TokenType.COLON)) step = startsExpression() ? expression() : null;
        return new Ast.Slice(lower, upper, step, line(start), col(start), endLine(), endCol());
    }

    /** True if the current token can begin an expression. */
    final boolean startsExpression() {
        Token t = peek();
        return switch (t.type()) {
            case NAME -> !KEYWORDS.contains(t.string()) || switch (t.string()) {
                case "True", "False", "None", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS -> true;
            default -> false;
        };
    }

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
    //     | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
    final Expr atom() {
        int start = mark();
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                switch (t.string()) {
                    case "True" -> { return constant(PyBool.TRUE, start); }
                    case "False" -> { return constant(PyBool.FALSE, start); }
                    case "None" -> { return constant(PyNone.NONE, start); }
                    default -> { }
                }
                if (KEYWORDS.contains(t.string())) throw syntaxError();
                advance();
                return new Ast.Name(t.string(), ExprContext.Load, line(start), col(start), endLine(), endCol());
            }
            case NUMBER -> {
                PyObj v = Literals.number(t.string());
                return constant(v, start);
            }
            case ELLIPSIS -> { return constant(PyEllipsis.ELLIPSIS, start); }
            case STRING, FSTRING_START -> { return strings(); }
            case LPAR -> { return parenAtom(); }
            case LSQB -> { return listAtom(); }
            case LBRACE -> { return braceAtom(); }
            default -> throw syntaxError();
        }
    }

    private Expr constant(PyObj v, int start) {
        advance();
        return new Ast.Constant(v, null, line(start), col(start), endLine(), endCol());
    }

    // strings: (fstring|string)+   (in FStringParser)
    abstract Expr strings();

    // tuple | group | genexp
    private Expr parenAtom() {
        enter();
        try {
            int start = mark();
            expect(TokenType.LPAR);
            if (accept(TokenType.RPAR)) {
                return new Ast.Tuple(List.of(), ExprContext.Load, line(start), col(start), endLine(), endCol());
            }
            if (atKeyword("yield")) {
                // group: '(' yield_expr ')'
                Expr y = yieldExpr();
                expect(TokenType.RPAR);
                return y;
            }
            Expr first = starNamedExpression();
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Ast.Starred) throw starredComprehension(first);
                List<Ast.Comprehension> gens = forIfClauses();
                expect(TokenType.RPAR);
                return new Ast.GeneratorExp(first, gens, line(start), col(start), endLine(), endCol());
            }
            if (accept(TokenType.RPAR)) {
                if (first instanceof Ast.Starred) throw syntaxError();
                return first; // group
            }
            expect(TokenType.COMMA);
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            elts.addAll(starNamedExpressions(TokenType.RPAR));
            expect(TokenType.RPAR);
            return new Ast.Tuple(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // list | listcomp
    private Expr listAtom() {
        enter();
        try {
            int start = mark();
            expect(TokenType.LSQB);
            if (accept(TokenType.RSQB)) {
                return new Ast.List(List.of(), ExprContext.Load, line(start), col(start), endLine(), endCol());
            }
            Expr first = starNamedExpression();
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Ast.Starred) throw starredComprehension(first);
                List<Ast.Comprehension> gens = forIfClauses();
                expect(TokenType.RSQB);
                return new Ast.ListComp(first, gens, line(start), col(start), endLine(), endCol());
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            if (accept(TokenType.COMMA)) elts.addAll(starNamedExpressions(TokenType.RSQB));
            if (invalidRules) unparenthesizedComprehensionTarget(elts);
            expect(TokenType.RSQB);
            return new Ast.List(elts, ExprContext.Load, line(start), col(start), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // dict | set | dictcomp | setcomp
    private Expr braceAtom() {
        enter();
        try {
            int start = mark();
            expect(TokenType.LBRACE);
            if (accept(TokenType.RBRACE)) {
                return new Ast.Dict(List.of(), List.of(), line(start), col(start), endLine(), endCol());
            }
            if (at(TokenType.DOUBLESTAR)) {
                if (invalidRules) invalidDictComprehension();
                return dictRest(start, null, null);
            }
            boolean bareWalrus = atName() && atAhead(1, TokenType.COLONEQUAL);
            Expr first = starNamedExpression();
            if (at(TokenType.COLON) && !(first instanceof Ast.Starred) && !bareWalrus) {
                advance();
                Expr value = dictValue();
                if (atKeyword("for") || atKeyword("async")) {
                    List<Ast.Comprehension> gens = forIfClauses();
                    expect(TokenType.RBRACE);
                    return new Ast.DictComp(first, value, gens, line(start), col(start), endLine(), endCol());
                }
                return dictRest(start, first, value);
            }
            if (atKeyword("for") || atKeyword("async")) {
                if (first instanceof Ast.Starred) throw starredComprehension(first);
                List<Ast.Comprehension> gens = forIfClauses();
                expect(TokenType.RBRACE);
                return new Ast.SetComp(first, gens, line(start), col(start), endLine(), endCol());
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            if (accept(TokenType.COMMA)) elts.addAll(starNamedExpressions(TokenType.RBRACE));
            if (invalidRules) unparenthesizedComprehensionTarget(elts);
            expect(TokenType.RBRACE);
            return new Ast.Set(elts, line(start), col(start), endLine(), endCol());
        } finally {
            leave();
        }
    }

    // dict: '{' [double_starred_kvpairs] '}'  (after the first pair, if any)
    private Expr dictRest(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!accept(TokenType.COMMA)) {
                expect(TokenType.RBRACE);
                return new Ast.Dict(keys, values, line(start), col(start), endLine(), endCol());
            }
        }
        while (!at(TokenType.RBRACE)) {
            // double_starred_kvpair: '**' bitwise_or | kvpair
            if (accept(TokenType.DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr key = expression();
                keys.add(key);
                if (invalidRules && !at(TokenType.COLON)) {
                    // invalid_kvpair: a=expression !(':'), at the key's last character, no end
                    throw raise("SyntaxError", "':' expected after dictionary key", (Integer) key.attribute(0),
                            (Integer) key.attribute(3), (Integer) key.attribute(2), 0);
                }
                expect(TokenType.COLON);
                values.add(dictValue());
            }
            if (!accept(TokenType.COMMA)) break;
        }
        expect(TokenType.RBRACE);
        return new Ast.Dict(keys, values, line(start), col(start), endLine(), endCol());
    }

    /** invalid_comprehension: {@code [a, b for ...]} or {@code [a, for ...]}. */
    private void unparenthesizedComprehensionTarget(List<Expr> elts) {
        if (!atKeyword("for") && !(atKeyword("async") && atKeywordAhead(1, "for"))) return;
        String msg = "did you forget parentheses around the comprehension target?";
        if (elts.size() > 1) throw errorRange(msg, elts.get(0), elts.get(elts.size() - 1));
        if (tokens.get(mark() - 1).type() == TokenType.COMMA) throw errorNodeToToken(msg, elts.get(0), mark() - 1);
    }

    /** invalid_dict_comprehension: {@code '{' a='**' bitwise_or for_if_clauses '}'}. */
    private void invalidDictComprehension() {
        int m = mark();
        advance();
        if (tryWithoutInvalid(this::bitwiseOr) != null && (atKeyword("for") || atKeyword("async"))) {
            throw errorAt("dict unpacking cannot be used in dict comprehension", m);
        }
        reset(m);
    }

    /** invalid_comprehension: a starred element before 'for', or else a generic error. */
    final ParseException starredComprehension(Expr first) {
        return invalidRules ? errorNode("iterable unpacking cannot be used in comprehension", first) : syntaxError();
    }

    /** A dict value after its ':', with invalid_kvpair's messages in the second pass. */
    private Expr dictValue() {
        if (invalidRules) {
            if (at(TokenType.RBRACE) || at(TokenType.COMMA)) {
                throw errorAt("expression expected after dictionary key and ':'", mark() - 1);
            }
            if (at(TokenType.STAR)) {
                int star = mark();
                advance();
                Expr b = tryWithoutInvalid(this::bitwiseOr);
                if (b != null) {
                    throw errorTokenToNode("cannot use a starred expression in a dictionary value", star, b);
                }
                reset(star);
            }
        }
        return expression();
    }

    // for_if_clauses: for_if_clause+
    // for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
    final List<Ast.Comprehension> forIfClauses() {
        List<Ast.Comprehension> gens = new ArrayList<>();
        while (atKeyword("for") || (atKeyword("async") && atKeywordAhead(1, "for"))) {
            int isAsync = acceptKeyword("async") ? 1 : 0;
            expectKeyword("for");
            Expr target = starTargetsForComprehension();
            if (invalidRules && !atKeyword("in")) throw errorAt("'in' expected after for-loop variables", furthest);
            expectKeyword("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKeyword("if")) ifs.add(disjunction());
            gens.add(new Ast.Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    final Expr lambdef() {
        enter();
        try {
            int start = mark();
            expectKeyword("lambda");
            Ast.Arguments args = lambdaParams();
            expect(TokenType.COLON);
            if (invalidRules && at(TokenType.FSTRING_MIDDLE)) {
                // invalid_expression: the ':' began an f-string format spec
                throw errorTokens("f-string: lambda expressions are not allowed without parentheses", start, mark() - 1);
            }
            Expr body = expression();
            return new Ast.Lambda(args, body, line(start), col(start), endLine(), endCol());
        } finally {
            leave();
        }
    }
}
