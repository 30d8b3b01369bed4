package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** Compound statements of python.gram: if/while/for/try/with/def/class, async forms and decorators. */
abstract class CompoundParser extends PatternParser {
    CompoundParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    @Override
    final boolean atCompoundStmt() {
        Token t = peek();
        if (t.type() == TokenType.AT) return true;
        if (t.type() != TokenType.NAME) return false;
        return switch (t.string()) {
            case "if", "while", "for", "try", "with", "def", "class" -> true;
            case "async" -> atKeywordAhead(1, "def") || atKeywordAhead(1, "for") || atKeywordAhead(1, "with");
            default -> false;
        };
    }

    // compound_stmt: &('def' | '@' | 'async') function_def | &'if' if_stmt | &('class' | '@') class_def
    //   | &('with' | 'async') with_stmt | &('for' | 'async') for_stmt | &'try' try_stmt | &'while' while_stmt
    @Override
    final Stmt compoundStmt() {
        enter();
        typeCommentSlot = null; // one left by a header that failed is no one's
        try {
            if (at(TokenType.AT)) return decorated();
            int start = mark();
            boolean isAsync = acceptKeyword("async");
            String kw = peek().string();
            return switch (kw) {
                case "if" -> ifStmt();
                case "while" -> whileStmt();
                case "for" -> forStmt(start, isAsync);
                case "try" -> tryStmt();
                case "with" -> withStmt(start, isAsync);
                case "def" -> functionDef(start, isAsync, List.of());
                case "class" -> classDef(List.of());
                default -> throw syntaxError();
            };
        } finally {
            leave();
        }
    }

    /** Token index of the keyword whose block {@link #block()} parses next (for the IndentationError). */
    private int blockKeyword = -1;

    /** The block of the statement whose keyword is token {@code keyword}. */
    @Override
    final List<Stmt> block(int keyword) {
        blockKeyword = keyword;
        return block();
    }

    /**
     * No ':' before a block: "expected ':'" where the grammar forces it ({@code &&':'} after 'try', 'finally',
     * 'else', a def's signature), or in the second pass when a NEWLINE follows the header (invalid_*_stmt).
     */
    private ParseException missingColon() {
        String kw = blockKeyword >= 0 ? tokens.get(blockKeyword).string() : "";
        boolean forced = kw.equals("try") || kw.equals("finally") || kw.equals("else") || kw.equals("def");
        if (forced) return forcedError("expected ':'", peek());
        if (invalidRules && at(TokenType.NEWLINE)) return error("expected ':'", peek());
        return syntaxError();
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    private List<Stmt> block() {
        // the ':' before a block: CPython says "expected ':'" where the grammar forces it (&&':') or a
        // NEWLINE follows the header (the invalid_*_stmt rules)
        if (!at(TokenType.COLON)) throw missingColon();
        advance();
        typeCommentAfterColon();
        if (accept(TokenType.NEWLINE)) {
            if (!at(TokenType.INDENT)) throw expectedIndentedBlock(blockKeyword);
            advance();
            List<Stmt> body = statements(TokenType.DEDENT);
            expect(TokenType.DEDENT);
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStmts(body);
        return body;
    }

    /**
     * Where the TYPE_COMMENT of the next block's ':' goes: set by for, with and def before their header is
     * parsed (length 2 marks a def), taken by the first {@link #block()} after it; null for other blocks.
     */
    private String[] typeCommentSlot;

    // for/with: ':' [TYPE_COMMENT] block
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    private void typeCommentAfterColon() {
        String[] slot = typeCommentSlot;
        typeCommentSlot = null;
        if (slot != null) slot[0] = typeCommentAfterColon(slot.length > 1);
    }

    private String typeCommentAfterColon(boolean def) {
        if (def && at(TokenType.NEWLINE) && atAhead(1, TokenType.TYPE_COMMENT) && atAhead(2, TokenType.NEWLINE)
                && atAhead(3, TokenType.INDENT)) {
            advance();
            return advance().string();
        }
        if (!at(TokenType.TYPE_COMMENT)) return null;
        if (def && atAhead(1, TokenType.NEWLINE) && atAhead(2, TokenType.TYPE_COMMENT) && atAhead(3, TokenType.NEWLINE)
                && atAhead(4, TokenType.INDENT)) {
            // CPython reports it at the indented line, at the column after its indentation, with no end
            Token first = peek(5);
            throw new ParseException("Cannot have two type comments on def", first.startLine(), first.startCol());
        }
        return advance().string();
    }

    // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    // elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
    private Stmt ifStmt() {
        int start = mark();
        advance(); // 'if' or 'elif'
        Expr test = namedExpression();
        List<Stmt> body = block(start);
        List<Stmt> orelse;
        if (atKeyword("elif")) orelse = List.of(ifStmt());
        else orelse = elseBlock();
        return new Ast.If(test, body, orelse, line(start), col(start), endLine(), endCol());
    }

    // else_block: 'else' &&':' block
    private List<Stmt> elseBlock() {
        int kw = mark();
        if (acceptKeyword("else")) return block(kw);
        return List.of();
    }

    // while_stmt: 'while' named_expression ':' block [else_block]
    private Stmt whileStmt() {
        int start = mark();
        expectKeyword("while");
        Expr test = namedExpression();
        List<Stmt> body = block(start);
        List<Stmt> orelse = elseBlock();
        return new Ast.While(test, body, orelse, line(start), col(start), endLine(), endCol());
    }

    // for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
    private Stmt forStmt(int start, boolean isAsync) {
        int kw = mark();
        expectKeyword("for");
        Expr target = starTargets();
        expectKeyword("in");
        String[] tc = typeCommentSlot = new String[1];
        Expr iter = starExpressions();
        List<Stmt> body = block(kw);
        List<Stmt> orelse = elseBlock();
        return isAsync
                ? new Ast.AsyncFor(target, iter, body, orelse, tc[0], line(start), col(start), endLine(), endCol())
                : new Ast.For(target, iter, body, orelse, tc[0], line(start), col(start), endLine(), endCol());
    }

    // with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block | ['async'] 'with' ','.with_item+ ':' block
    private Stmt withStmt(int start, boolean isAsync) {
        int kw = mark();
        expectKeyword("with");
        List<Ast.WithItem> items = null;
        String[] tc = typeCommentSlot = new String[1];
        if (at(TokenType.LPAR)) {
            int m = mark();
            try {
                advance();
                List<Ast.WithItem> list = new ArrayList<>();
                do {
                    if (at(TokenType.RPAR) && !list.isEmpty()) break;
                    list.add(withItem());
                } while (accept(TokenType.COMMA));
                expect(TokenType.RPAR);
                if (!at(TokenType.COLON)) throw syntaxError();
                items = list;
            } catch (ParseException e) {
                reset(m);
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do items.add(withItem()); while (accept(TokenType.COMMA));
        }
        List<Stmt> body = block(kw);
        return isAsync
                ? new Ast.AsyncWith(items, body, tc[0], line(start), col(start), endLine(), endCol())
                : new Ast.With(items, body, tc[0], line(start), col(start), endLine(), endCol());
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    private Ast.WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            vars = starTarget();
            if (!at(TokenType.COMMA) && !at(TokenType.RPAR) && !at(TokenType.COLON)) {
                throw invalidRules && at(TokenType.NEWLINE) ? error("expected ':'", peek()) : syntaxError();
            }
        }
        return new Ast.WithItem(e, vars);
    }

    // try_stmt: 'try' &&':' block finally_block | 'try' &&':' block except_block+ [else_block] [finally_block]
    //         | 'try' &&':' block except_star_block+ [else_block] [finally_block]
    private Stmt tryStmt() {
        int start = mark();
        expectKeyword("try");
        List<Stmt> body = block(start);
        List<Ast.ExceptHandlerKind> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKeyword("except")) {
            int hs = mark();
            advance();
            boolean isStar = accept(TokenType.STAR);
            if (star != null && star != isStar) {
                throw errorTokens("cannot have both 'except' and 'except*' on the same 'try'", hs, isStar ? hs + 1 : hs);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            // invalid_except_stmt: 'except' NEWLINE is "expected ':'" (see missingColon)
            boolean bareNewline = invalidRules && at(TokenType.NEWLINE);
            if (bareNewline && isStar) throw error("expected one or more exception types", peek());
            if (!at(TokenType.COLON) && !bareNewline) {
                type = expression();
                if (at(TokenType.COMMA)) throw multipleExceptionTypes(mark() - 1);
                if (acceptKeyword("as")) name = expectName();
            } else if (isStar) {
                throw error("expected one or more exception types", peek());
            }
            List<Stmt> hbody = block(hs);
            handlers.add(new Ast.ExceptHandler(type, name, hbody, line(hs), col(hs), endLine(), endCol()));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        int fin = mark();
        if (acceptKeyword("finally")) finalbody = block(fin);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error("expected 'except' or 'finally' block", peek());
        }
        return Boolean.TRUE.equals(star)
                ? new Ast.TryStar(body, handlers, orelse, finalbody, line(start), col(start), endLine(), endCol())
                : new Ast.Try(body, handlers, orelse, finalbody, line(start), col(start), endLine(), endCol());
    }

    /** invalid_except_stmt: {@code a=expression ',' expressions ['as' NAME] ':'}, from a to the ':'; else generic. */
    private ParseException multipleExceptionTypes(int a) {
        advance();
        if (tryWithoutInvalid(this::expressions) == null) return syntaxError();
        if (acceptKeyword("as") && !atName()) return syntaxError();
        if (atName()) advance();
        if (!at(TokenType.COLON)) return syntaxError();
        return errorStartingFrom("multiple exception types must be parenthesized", a);
    }

    // decorators: ('@' f=named_expression NEWLINE )+
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(TokenType.AT)) {
            decorators.add(namedExpression());
            expect(TokenType.NEWLINE);
        }
        int start = mark();
        if (atKeyword("class")) return classDef(decorators);
        boolean isAsync = acceptKeyword("async");
        if (!atKeyword("def")) throw syntaxError();
        return functionDef(start, isAsync, decorators);
    }

    // function_def_raw: ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
    private Stmt functionDef(int start, boolean isAsync, List<Expr> decorators) {
        int kw = mark();
        expectKeyword("def");
        String name = expectName();
        String[] tc = typeCommentSlot = new String[2];
        List<Ast.TypeParam> typeParams = at(TokenType.LSQB) ? typeParams() : List.of();
        if (!at(TokenType.LPAR)) throw forcedError("expected '('", peek());
        advance();
        Ast.Arguments args = funcParams();
        expect(TokenType.RPAR);
        Expr returns = null;
        if (at(TokenType.RARROW)) {
            int arrow = mark();
            advance();
            returns = tryWithoutInvalid(this::expression);
            if (returns == null) throw errorAt("expected ':'", arrow);
        }
        List<Stmt> body = block(kw);
        return isAsync
                ? new Ast.AsyncFunctionDef(name, args, body, decorators, returns, tc[0], typeParams,
                        line(start), col(start), endLine(), endCol())
                : new Ast.FunctionDef(name, args, body, decorators, returns, tc[0], typeParams,
                        line(start), col(start), endLine(), endCol());
    }

    // class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] &&':' block
    private Stmt classDef(List<Expr> decorators) {
        int start = mark();
        expectKeyword("class");
        String name = expectName();
        List<Ast.TypeParam> typeParams = at(TokenType.LSQB) ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Ast.Keyword> keywords = List.of();
        if (accept(TokenType.LPAR)) {
            CallArgs a = arguments(TokenType.RPAR);
            expect(TokenType.RPAR);
            bases = a.args();
            keywords = a.keywords();
        }
        List<Stmt> body = block(start);
        return new Ast.ClassDef(name, bases, keywords, body, decorators, typeParams,
                line(start), col(start), endLine(), endCol());
    }
}
