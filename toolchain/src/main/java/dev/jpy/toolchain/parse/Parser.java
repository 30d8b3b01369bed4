package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.List;

/**
 * Python 3.13 parser: decoded source text to the AST {@code ast.parse} builds.
 *
 * <p>Not yet supported (raise {@link ParseException}): f-strings, {@code match}, PEP 695 type
 * parameters and the {@code type} statement, type comments.
 */
public final class Parser extends CompoundParser {
    private Parser(String source) {
        super(source);
    }

    /**
     * Stack for the parsing thread: deep but legal nesting (up to {@link ParserCore#MAX_DEPTH} levels)
     * needs more than a default thread stack. Reserved, not committed, memory.
     */
    private static final long STACK_BYTES = 256L << 20;

    /** Parse a module ({@code ast.parse(source, filename)}, mode {@code exec}). */
    public static Ast.Module parseModule(String source, String filename) {
        return onBigStack(() -> {
            Parser p = new Parser(source);
            try {
                // file: [statements] ENDMARKER
                List<Stmt> body = p.statements(TokenType.ENDMARKER);
                if (!p.at(TokenType.ENDMARKER)) throw p.syntaxError();
                Ast.Module m = new Ast.Module(body, List.of());
                AstDepth.check(m, p.tokens.size());
                return m;
            } catch (ParseException e) {
                throw p.finish(p.secondPass(e, () -> p.statements(TokenType.ENDMARKER)));
            }
        });
    }

    /** Parse a single expression ({@code ast.parse(source, mode="eval")}). */
    public static Ast.Expression parseExpression(String source) {
        return onBigStack(() -> {
            Parser p = new Parser(source);
            try {
                // eval: expressions NEWLINE* ENDMARKER
                Ast.Expr e = p.expressions();
                while (p.accept(TokenType.NEWLINE)) { }
                if (!p.at(TokenType.ENDMARKER)) throw p.syntaxError();
                Ast.Expression x = new Ast.Expression(e);
                AstDepth.check(x, p.tokens.size());
                return x;
            } catch (ParseException e) {
                throw p.finish(p.secondPass(e, p::expressions));
            }
        });
    }

    /**
     * After a generic failure, CPython parses again with the invalid_* rules on: the error one of them
     * raises, or else the first pass's "invalid syntax".
     */
    private ParseException secondPass(ParseException first, Runnable parse) {
        if (!first.generic || reachedUnclosedEof()) return first;
        int firstFurthest = furthest;
        reset(0);
        furthest = 0;
        depth = 0;
        invalidRules = true;
        try {
            parse.run();
            if (!at(TokenType.ENDMARKER)) syntaxError();
        } catch (ParseException e) {
            if (!e.generic) return e;
        }
        furthest = firstFurthest;
        return first;
    }

    private static <T> T onBigStack(java.util.function.Supplier<T> work) {
        return dev.jpy.marshal.util.BigStack.call(() -> {
            try {
                return work.get();
            } catch (StackOverflowError e) {
                throw new ParseException("MemoryError", TOO_COMPLEX, 0, 0, 0, 0, null);
            }
        }, STACK_BYTES, "jpy-parser");
    }
}
