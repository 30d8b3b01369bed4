package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.tokenize.TokenType;

import java.util.List;

/**
 * Python 3.13 parser: decoded source text to the AST {@code ast.parse} builds.
 *
 * <p>{@link #parse} takes every mode of {@code ast.parse} and its {@code type_comments} flag.
 */
public final class Parser extends CompoundParser {
    private Parser(String source) {
        this(source, false);
    }

    private Parser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    /**
     * Stack for the parsing thread: deep but legal nesting (up to {@link ParserCore#MAX_DEPTH} levels)
     * needs more than a default thread stack. Reserved, not committed, memory.
     */
    private static final long STACK_BYTES = 256L << 20;

    /** Parse a module ({@code ast.parse(source, filename)}, mode {@code exec}). */
    public static Ast.Module parseModule(String source, String filename) {
        return parseModule(source, filename, false);
    }

    /** Parse a module; {@code typeComments} as in {@code ast.parse(source, filename, type_comments=...)}. */
    public static Ast.Module parseModule(String source, String filename, boolean typeComments) {
        return onBigStack(() -> {
            Parser p = new Parser(source, typeComments);
            return p.settle(() -> {
                try {
                    // file: [statements] ENDMARKER
                    List<Stmt> body = p.statements(TokenType.ENDMARKER);
                    if (!p.at(TokenType.ENDMARKER)) throw p.syntaxError();
                    return new Ast.Module(body, List.copyOf(p.typeIgnores));
                } catch (ParseException e) {
                    throw p.finish(p.secondPass(e, () -> p.statements(TokenType.ENDMARKER)));
                }
            });
        });
    }

    /**
     * Parse in one of {@code ast.parse}'s modes: {@code exec} (Module), {@code eval} (Expression),
     * {@code single} (Interactive) or {@code func_type} (FunctionType); {@code typeComments} as its
     * {@code type_comments} argument.
     *
     * Like {@code ast.parse}, a tree nested too deeply to become Python objects raises CPython's
     * RecursionError "during ast construction"; the compiler's entry points ({@link #parseModule}) do not
     * check that, as CPython's compiler does not.
     *
     * @throws IllegalArgumentException for another mode
     */
    public static Ast.Mod parse(String source, String filename, String mode, boolean typeComments) {
        Ast.Mod tree = parseMode(source, filename, mode, typeComments);
        return onBigStack(() -> {
            AstDepth.check(tree); // recursive, like the walk it measures
            return tree;
        });
    }

    /**
     * Parse for {@code compile(source, filename, mode)}: as {@link #parse}, without the AST depth check
     * (CPython's compiler does not make that check).
     *
     * @throws IllegalArgumentException for a mode other than exec, eval, single and func_type
     */
    public static Ast.Mod parseForCompile(String source, String filename, String mode) {
        return parseMode(source, filename, mode, false);
    }

    private static Ast.Mod parseMode(String source, String filename, String mode, boolean typeComments) {
        return switch (mode) {
            case "exec" -> parseModule(source, filename, typeComments);
            case "eval" -> onBigStack(() -> {
                Parser p = new Parser(source, typeComments);
                return p.settle(() -> {
                    p.unterminatedStringEnd(false);
                    return p.evalInput();
                });
            });
            case "single" -> onBigStack(() -> {
                Parser p = new Parser(source, typeComments);
                return p.settle(p::singleInput);
            });
            case "func_type" -> onBigStack(() -> {
                Parser p = new Parser(source, typeComments);
                return p.settle(() -> Modes.functionType(p));
            });
            default -> throw new IllegalArgumentException("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        };
    }

    /** Parse a single expression ({@code ast.parse(source, mode="eval")}). */
    public static Ast.Expression parseExpression(String source) {
        return onBigStack(() -> {
            Parser p = new Parser(source, false);
            return p.settle(p::evalInput);
        });
    }

    // interactive: statement_newline, with CPython's second pass over that rule after a generic failure
    private Ast.Interactive singleInput() {
        try {
            return Modes.interactive(this);
        } catch (ParseException e) {
            throw finish(secondPass(e, () -> statement(new java.util.ArrayList<>())));
        }
    }

    // eval: expressions NEWLINE* ENDMARKER
    private Ast.Expression evalInput() {
        // nothing to parse: "invalid syntax" at the last line read (0 for an empty string), offset 0
        if (at(TokenType.ENDMARKER)) throw new ParseException("invalid syntax", Modes.lineCount(sourceCps), 0);
        try {
            Ast.Expr e = expressions();
            while (accept(TokenType.NEWLINE)) { }
            if (!at(TokenType.ENDMARKER)) throw syntaxError();
            return new Ast.Expression(e);
        } catch (ParseException e) {
            throw finish(secondPass(e, this::expressions));
        }
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
