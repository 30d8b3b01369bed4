package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.ArrayList;
import java.util.List;

/** The start rules of {@code ast.parse}'s modes {@code single} ({@code interactive}) and {@code func_type}. */
final class Modes {
    private Modes() {}

    static final String MULTIPLE = "multiple statements found while compiling a single statement";

    /**
     * interactive: statement_newline. CPython's parser turns the end of a string parsed in this mode into a
     * NEWLINE (so a compound statement needs no blank line after it, unless it ends mid-line at indentation
     * 0), and afterwards rejects anything but blanks and comments after the statement.
     */
    static Ast.Interactive interactive(Parser p) {
        boolean noFinalNewline = p.unterminatedStringEnd(true);
        if (p.at(TokenType.ENDMARKER)) {
            // nothing to parse: CPython reports "invalid syntax" at the last line, offset 0
            throw new ParseException("invalid syntax", lineCount(p.sourceCps), 0);
        }
        if (p.at(TokenType.INDENT)) {
            // CPython: IndentationError at the column after the indentation
            Token t = p.peek();
            throw p.raise("IndentationError", "unexpected indent", t.startLine(), p.endColOf(p.mark()), t.startLine(), -1);
        }
        List<Stmt> body = new ArrayList<>();
        boolean compound = p.atCompoundStmt();
        p.statement(body);
        compound |= body.get(0) instanceof Ast.Match;
        if (compound && !p.accept(TokenType.NEWLINE)) {
            if (!p.at(TokenType.ENDMARKER)) throw p.syntaxError();
            // compound_stmt NEWLINE: that NEWLINE is CPython's one made of the end of the input, unless the
            // statement's own last line took it (input ending mid-line, not indented)
            if (noFinalNewline) {
                // no rule matched: the second pass may find a specific error
                ParseException e = new ParseException("invalid syntax", p.lastLine(), 0);
                e.generic = true;
                throw e;
            }
        }
        Token last = p.tokens.get(p.mark() - 1);
        if (last.type() != TokenType.ENDMARKER && !onlyBlanksAndComments(p.sourceCps, last.end())) {
            throw p.error(MULTIPLE, last);
        }
        return new Ast.Interactive(body);
    }

    static int lineCount(int[] cps) {
        int lines = 0;
        for (int c : cps) if (c == '\n') lines++;
        return cps.length > 0 && cps[cps.length - 1] != '\n' ? lines + 1 : lines;
    }

    /** What CPython's bad_single_statement accepts after the statement: spaces, tabs, newlines, comments. */
    private static boolean onlyBlanksAndComments(int[] cps, int from) {
        for (int i = from; i < cps.length; i++) {
            int c = cps[i];
            if (c == '#') {
                while (i < cps.length && cps[i] != '\n') i++;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER, where type_expressions is a
     * comma-separated list of expressions, optionally followed by (or made only of) {@code *expr} and then
     * {@code **expr}, with no trailing comma.
     */
    static Ast.FunctionType functionType(Parser p) {
        p.expect(TokenType.LPAR);
        List<Expr> argtypes = new ArrayList<>();
        boolean star = false;
        while (!argtypes.isEmpty() || !p.at(TokenType.RPAR)) {
            if (p.accept(TokenType.DOUBLESTAR)) {
                argtypes.add(p.expression());
                break;
            }
            if (p.at(TokenType.STAR)) {
                if (star) throw p.syntaxError();
                p.advance();
                star = true;
            } else if (star) {
                throw p.syntaxError();
            }
            argtypes.add(p.expression());
            if (!p.accept(TokenType.COMMA)) break;
        }
        p.expect(TokenType.RPAR);
        p.expect(TokenType.RARROW);
        Expr returns = p.expression();
        while (p.accept(TokenType.NEWLINE)) { }
        if (!p.at(TokenType.ENDMARKER)) throw p.syntaxError();
        return new Ast.FunctionType(argtypes, returns);
    }
}
