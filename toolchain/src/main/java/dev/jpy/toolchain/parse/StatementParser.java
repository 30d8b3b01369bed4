package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Simple statements of python.gram ({@code simple_stmts} .. {@code import_stmt}). */
abstract class StatementParser extends TargetParser {
    StatementParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    abstract Stmt compoundStmt();

    abstract boolean atCompoundStmt();

    abstract Stmt tryMatchStmt();

    // statements: statement+
    final List<Stmt> statements(TokenType until) {
        List<Stmt> body = new ArrayList<>();
        while (!at(until) && !at(TokenType.ENDMARKER)) statement(body);
        return body;
    }

    // statement: compound_stmt | simple_stmts
    final void statement(List<Stmt> out) {
        if (atKeyword("match")) {
            Stmt m = tryMatchStmt();
            if (m != null) {
                out.add(m);
                return;
            }
        }
        if (atCompoundStmt()) {
            out.add(compoundStmt());
        } else {
            simpleStmts(out);
        }
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    final void simpleStmts(List<Stmt> out) {
        do {
            if (at(TokenType.NEWLINE)) break;
            out.add(simpleStmt());
        } while (accept(TokenType.SEMI));
        expect(TokenType.NEWLINE);
    }

    // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
    //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
    final Stmt simpleStmt() {
        int start = mark();
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.string()) {
                case "pass" -> {
                    advance();
                    return new Ast.Pass(line(start), col(start), endLine(), endCol());
                }
                case "break" -> {
                    advance();
                    return new Ast.Break(line(start), col(start), endLine(), endCol());
                }
                case "continue" -> {
                    advance();
                    return new Ast.Continue(line(start), col(start), endLine(), endCol());
                }
                case "return" -> {
                    advance();
                    Expr v = startsExpression() || at(TokenType.STAR) ? starExpressions() : null;
                    return new Ast.Return(v, line(start), col(start), endLine(), endCol());
                }
                case "raise" -> {
                    advance();
                    Expr exc = null, cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (acceptKeyword("from")) cause = expression();
                    }
                    return new Ast.Raise(exc, cause, line(start), col(start), endLine(), endCol());
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    do names.add(expectName()); while (accept(TokenType.COMMA));
                    return t.string().equals("global")
                            ? new Ast.Global(names, line(start), col(start), endLine(), endCol())
                            : new Ast.Nonlocal(names, line(start), col(start), endLine(), endCol());
                }
                case "del" -> {
                    advance();
                    if (invalidRules) invalidDel();
                    List<Expr> targets = delTargets();
                    if (!at(TokenType.NEWLINE) && !at(TokenType.SEMI)) throw syntaxError();
                    return new Ast.Delete(targets, line(start), col(start), endLine(), endCol());
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = accept(TokenType.COMMA) ? expression() : null;
                    return new Ast.Assert(test, msg, line(start), col(start), endLine(), endCol());
                }
                case "type" -> {
                    if (peek(1).type() == TokenType.NAME && (atAhead(2, TokenType.EQUAL) || atAhead(2, TokenType.LSQB))) {
                        return typeAlias();
                    }
                }
                case "import" -> { return importName(); }
                case "from" -> { return importFrom(); }
                default -> { }
            }
        }
        return assignmentOrExpression();
    }

    // assignment | star_expressions
    private Stmt assignmentOrExpression() {
        int start = mark();
        boolean parenthesized = at(TokenType.LPAR);
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.type() == TokenType.COLON) {
            // NAME ':' expression ['=' annotated_rhs]
            // | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
            if (first instanceof Ast.Starred) throw syntaxError();
            if (!isSingleTarget(first)) {
                // invalid_ann_assign_target: an unparenthesized tuple is reported at its first element
                throw errorNode(annotationTargetMessage(first),
                        first instanceof Ast.Tuple tu && !parenthesized ? tu.elts().get(0) : first);
            }
            advance();
            Expr annotation = expression();
            Expr value = accept(TokenType.EQUAL) ? annotatedRhs() : null;
            int simple = first instanceof Ast.Name && !parenthesized ? 1 : 0;
            return new Ast.AnnAssign(toContext(first, ExprContext.Store, start), annotation, value, simple,
                    line(start), col(start), endLine(), endCol());
        }
        if (t.type() == TokenType.EQUAL) {
            // (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            int valueStart = start;
            while (accept(TokenType.EQUAL)) {
                if ((value instanceof Ast.Yield || value instanceof Ast.YieldFrom) && atKeywordIndex(valueStart, "yield")) {
                    throw errorNode("assignment to yield expression not possible", value);
                }
                if (targets.isEmpty() && !isSingleTarget(value) && !(value instanceof Ast.Tuple)
                        && !(value instanceof Ast.List) && !(value instanceof Ast.Starred)) {
                    throw invalidTarget(value, ExprContext.Store, suggestsEquals(value));
                }
                targets.add(toContext(value, ExprContext.Store, valueStart));
                valueStart = mark();
                value = annotatedRhs();
            }
            String typeComment = at(TokenType.TYPE_COMMENT) ? advance().string() : null;
            return new Ast.Assign(targets, value, typeComment, line(start), col(start), endLine(), endCol());
        }
        Ast.Operator op = augOperator(t.type());
        if (op != null) {
            // single_target augassign ~ (yield_expr | star_expressions)
            if (!isSingleTarget(first)) {
                throw errorNode("'" + exprName(first) + "' is an illegal expression for augmented assignment", first);
            }
            advance();
            Expr value = annotatedRhs();
            return new Ast.AugAssign(toContext(first, ExprContext.Store, start), op, value,
                    line(start), col(start), endLine(), endCol());
        }
        return new Ast.ExprStmt(first, line(start), col(start), endLine(), endCol());
    }

    private static String annotationTargetMessage(Expr e) {
        if (e instanceof Ast.Tuple) return "only single target (not tuple) can be annotated";
        if (e instanceof Ast.List) return "only single target (not list) can be annotated";
        return "illegal target for annotation";
    }

    /** invalid_del_stmt: {@code 'del' a=star_expressions} that are not del targets. */
    private void invalidDel() {
        int m = mark();
        if (tryWithoutInvalid(this::delTargets) != null && (at(TokenType.NEWLINE) || at(TokenType.SEMI))) {
            reset(m);
            return;
        }
        reset(m);
        Expr a = tryWithoutInvalid(this::starExpressions);
        if (a != null) throw invalidTarget(a, ExprContext.Del, false);
        reset(m);
    }

    // annotated_rhs: yield_expr | star_expressions
    final Expr annotatedRhs() {
        return atKeyword("yield") ? yieldExpr() : starExpressions();
    }

    private static Ast.Operator augOperator(TokenType t) {
        return switch (t) {
            case PLUSEQUAL -> Ast.Operator.Add;
            case MINEQUAL -> Ast.Operator.Sub;
            case STAREQUAL -> Ast.Operator.Mult;
            case ATEQUAL -> Ast.Operator.MatMult;
            case SLASHEQUAL -> Ast.Operator.Div;
            case PERCENTEQUAL -> Ast.Operator.Mod;
            case AMPEREQUAL -> Ast.Operator.BitAnd;
            case VBAREQUAL -> Ast.Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Ast.Operator.BitXor;
            case LEFTSHIFTEQUAL -> Ast.Operator.LShift;
            case RIGHTSHIFTEQUAL -> Ast.Operator.RShift;
            case DOUBLESTAREQUAL -> Ast.Operator.Pow;
            case DOUBLESLASHEQUAL -> Ast.Operator.FloorDiv;
            default -> null;
        };
    }

    // type_alias: "type" NAME [type_params] '=' expression
    private Stmt typeAlias() {
        int start = mark();
        advance();
        int ns = mark();
        String name = expectName();
        Expr target = new Ast.Name(name, ExprContext.Store, line(ns), col(ns), endLine(), endCol());
        List<Ast.TypeParam> params = at(TokenType.LSQB) ? typeParams() : List.of();
        expect(TokenType.EQUAL);
        Expr value = expression();
        return new Ast.TypeAlias(target, params, value, line(start), col(start), endLine(), endCol());
    }

    // type_params: '[' type_param_seq ']'
    // type_param_seq: ','.type_param+ [',']
    final List<Ast.TypeParam> typeParams() {
        expect(TokenType.LSQB);
        if (at(TokenType.RSQB)) throw errorStartingFrom("Type parameter list cannot be empty", mark());
        List<Ast.TypeParam> params = new ArrayList<>();
        do {
            if (at(TokenType.RSQB) && !params.isEmpty()) break;
            params.add(typeParam());
        } while (accept(TokenType.COMMA));
        expect(TokenType.RSQB);
        return params;
    }

    /** invalid_type_param: {@code colon=':' e=expression}, from the ':' on. */
    private ParseException boundError(String kind) {
        int colon = mark();
        advance();
        Expr e = tryWithoutInvalid(this::expression);
        if (e == null) return errorAt("cannot use bound with " + kind, colon);
        peek();
        return errorStartingFrom("cannot use " + (e instanceof Ast.Tuple ? "constraints" : "bound") + " with " + kind, colon);
    }

    // type_param: NAME [type_param_bound] [type_param_default] | '*' NAME [type_param_starred_default]
    //           | '**' NAME [type_param_default]
    private Ast.TypeParam typeParam() {
        int start = mark();
        if (accept(TokenType.STAR)) {
            String name = expectName();
            if (at(TokenType.COLON)) throw boundError("TypeVarTuple");
            Expr def = accept(TokenType.EQUAL) ? starExpression() : null;
            return new Ast.TypeVarTuple(name, def, line(start), col(start), endLine(), endCol());
        }
        if (accept(TokenType.DOUBLESTAR)) {
            String name = expectName();
            if (at(TokenType.COLON)) throw boundError("ParamSpec");
            Expr def = accept(TokenType.EQUAL) ? expression() : null;
            return new Ast.ParamSpec(name, def, line(start), col(start), endLine(), endCol());
        }
        String name = expectName();
        Expr bound = accept(TokenType.COLON) ? expression() : null;
        Expr def = accept(TokenType.EQUAL) ? expression() : null;
        return new Ast.TypeVar(name, bound, def, line(start), col(start), endLine(), endCol());
    }

    // import_name: 'import' dotted_as_names
    private Stmt importName() {
        int start = mark();
        expectKeyword("import");
        List<Ast.Alias> names = new ArrayList<>();
        do {
            // dotted_as_name: dotted_name ['as' NAME]
            int s = mark();
            String name = dottedName();
            String asname = acceptKeyword("as") ? expectName() : null;
            names.add(new Ast.Alias(name, asname, line(s), col(s), endLine(), endCol()));
        } while (accept(TokenType.COMMA));
        if (invalidRules && acceptKeyword("from")) {
            // invalid_import: 'import' ','.dotted_name+ 'from' dotted_name
            if (tryWithoutInvalid(this::dottedName) != null) {
                peek();
                throw errorStartingFrom("Did you mean to use 'from ... import ...' instead?", start);
            }
        }
        return new Ast.Import(names, line(start), col(start), endLine(), endCol());
    }

    // dotted_name: dotted_name '.' NAME | NAME
    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (accept(TokenType.DOT)) sb.append('.').append(expectName());
        return sb.toString();
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //            | 'from' ('.' | '...')+ 'import' import_from_targets
    private Stmt importFrom() {
        int start = mark();
        expectKeyword("from");
        int level = 0;
        while (true) {
            if (accept(TokenType.DOT)) level++;
            else if (accept(TokenType.ELLIPSIS)) level += 3;
            else break;
        }
        String module = null;
        if (!atKeyword("import")) module = dottedName();
        else if (level == 0) throw syntaxError();
        expectKeyword("import");
        List<Ast.Alias> names = new ArrayList<>();
        if (at(TokenType.STAR)) {
            int s = mark();
            advance();
            names.add(new Ast.Alias("*", null, line(s), col(s), endLine(), endCol()));
        } else {
            boolean paren = accept(TokenType.LPAR);
            if (!paren && at(TokenType.NEWLINE)) throw errorStartingFrom("Expected one or more names after 'import'", mark());
            do {
                if (paren && at(TokenType.RPAR) && !names.isEmpty()) break;
                if (!paren && at(TokenType.NEWLINE)) throw error("trailing comma not allowed without surrounding parentheses", peek());
                int s = mark();
                String name = expectName();
                String asname = acceptKeyword("as") ? expectName() : null;
                names.add(new Ast.Alias(name, asname, line(s), col(s), endLine(), endCol()));
            } while (accept(TokenType.COMMA));
            if (paren) expect(TokenType.RPAR);
            else if (at(TokenType.COMMA)) throw error("trailing comma not allowed without surrounding parentheses", peek());
        }
        return new Ast.ImportFrom(module, names, level, line(start), col(start), endLine(), endCol());
    }
}
