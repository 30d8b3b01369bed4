package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.errors.CompileWarnings;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * String atoms: implicit concatenation of plain strings, bytes and f-strings ({@code strings},
 * {@code fstring}, {@code fstring_replacement_field}, {@code fstring_format_spec}), merging adjacent
 * constant parts the way CPython's {@code _PyPegen_concatenate_strings} does.
 */
abstract class FStringParser extends ExpressionParser {
    FStringParser(String source, boolean typeComments) {
        super(source, typeComments);
    }

    /** A constant run being collected: code points plus first and last token index. */
    private static final class Run {
        final CodePoints text = new CodePoints();
        boolean open;
        int line, col, endLine, endCol;
        String kind;

        void add(int[] cps, int l, int c, int el, int ec) {
            text.add(cps);
            if (!open) {
                open = true;
                line = l;
                col = c;
            }
            endLine = el;
            endCol = ec;
        }
    }

    /** Code points kept as ints, so that escaped lone surrogates never pair up as they would in a String. */
    static final class CodePoints {
        private int[] a = new int[16];
        private int n;

        void add(int[] cps) {
            if (n + cps.length > a.length) a = java.util.Arrays.copyOf(a, Math.max(2 * a.length, n + cps.length));
            System.arraycopy(cps, 0, a, n, cps.length);
            n += cps.length;
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    // strings: (fstring|string)+
    @Override
    final Expr strings() {
        int start = mark();
        Boolean bytesMode = null;
        boolean sawFString = false;
        boolean unicode = false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Expr> values = new ArrayList<>();
        Run run = new Run();
        boolean first = true;
        while (at(TokenType.STRING) || at(TokenType.FSTRING_START)) {
            Token t = peek();
            boolean isBytes;
            if (t.type() == TokenType.FSTRING_START) {
                isBytes = false;
                if (bytesMode != null && bytesMode) throw errorAt("cannot mix bytes and nonbytes literals", start);
                bytesMode = false;
                sawFString = true;
                first = false;
                fstring(values, run);
                continue;
            }
            Literals.Parts p = Literals.split(t.string());
            isBytes = p.bytes();
            if (first) unicode = p.unicode();
            first = false;
            if (bytesMode != null && bytesMode != isBytes) {
                throw errorAt("cannot mix bytes and nonbytes literals", start);
            }
            bytesMode = isBytes;
            int idx = mark();
            try {
                if (isBytes) {
                    bytes.writeBytes(Literals.decodeBytes(p.body(), p.raw(), escapeWarning(idx)));
                } else {
                    int[] cps = Literals.decodeStr(p.body(), p.raw(), escapeWarning(idx));
                    if (cps.length > 0 || run.open) {
                        if (!run.open) run.kind = t.string().charAt(0) == 'u' ? "u" : null;
                        run.add(cps, line(idx), col(idx), endLineOf(idx), endColOf(idx));
                    }
                }
            } catch (IllegalArgumentException ex) {
                throw error(ex.getMessage(), t);
            }
            advance();
        }
        if (bytesMode) {
            return new Ast.Constant(Literals.bytes(bytes.toByteArray()), null, line(start), col(start), endLine(), endCol());
        }
        if (!sawFString) {
            return new Ast.Constant(Literals.str(run.text.toArray()), unicode ? "u" : null,
                    line(start), col(start), endLine(), endCol());
        }
        flush(values, run);
        return new Ast.JoinedStr(values, line(start), col(start), endLine(), endCol());
    }

    private void flush(List<Expr> values, Run run) {
        if (run.open && run.text.size() > 0) {
            values.add(new Ast.Constant(Literals.str(run.text.toArray()), run.kind,
                    run.line, run.col, run.endLine, run.endCol));
        }
        run.text.clear();
        run.open = false;
        run.kind = null;
    }

    /** CPython's SyntaxWarning for an invalid escape in the string token at {@code idx}, reported at the token. */
    private java.util.function.Consumer<String> escapeWarning(int idx) {
        return m -> CompileWarnings.warn(escape(idx, m));
    }

    private CompileWarnings.Warning escape(int idx, String message) {
        return new CompileWarnings.Warning("SyntaxWarning", message, line(idx), col(idx), endLineOf(idx), endColOf(idx));
    }

    /** The index of the FSTRING_END closing the f-string that the token at {@code from} is in. */
    private int fstringEnd(int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            TokenType type = tokens.get(i).type();
            if (type == TokenType.FSTRING_START) depth++;
            else if (type == TokenType.FSTRING_END && depth-- == 0) return i;
        }
        return from;
    }

    private void addMiddle(Token t, boolean raw, Run run, List<CompileWarnings.Warning> deferTo) {
        int idx = mark();
        int[] cps;
        try {
            cps = Literals.decodeStr(t.string(), raw, deferTo == null ? escapeWarning(idx) : m -> deferTo.add(escape(idx, m)));
        } catch (IllegalArgumentException ex) {
            // CPython decodes the middles once the whole f-string is read: the error is at its FSTRING_END
            throw error(ex.getMessage(), tokens.get(fstringEnd(idx)));
        }
        advance();
        if (cps.length == 0) return;
        // a middle ending in a doubled brace stops after its first brace; CPython's position covers both
        int endCol = endColOf(idx);
        String s = t.string();
        if (!s.isEmpty() && t.end() < sourceCps.length) {
            char last = s.charAt(s.length() - 1);
            if ((last == '{' || last == '}') && sourceCps[t.end()] == last) endCol++;
        }
        run.add(cps, line(idx), col(idx), endLineOf(idx), endCol);
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    private void fstring(List<Expr> values, Run run) {
        Token startTok = advance();
        boolean raw = startTok.string().toLowerCase().contains("r");
        // CPython decodes the f-string's own literal parts once it is read, after those of its format specs
        List<CompileWarnings.Warning> deferred = new ArrayList<>();
        while (!at(TokenType.FSTRING_END)) {
            if (at(TokenType.FSTRING_MIDDLE)) {
                addMiddle(peek(), raw, run, deferred);
            } else if (at(TokenType.LBRACE)) {
                replacementField(values, run, raw);
            } else {
                throw syntaxError();
            }
        }
        deferred.forEach(CompileWarnings::warn);
        advance();
    }

    // fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
    private void replacementField(List<Expr> values, Run outer, boolean raw) {
        enter();
        try {
            int start = mark();
            Token open = expect(TokenType.LBRACE);
            if (at(TokenType.RBRACE) || at(TokenType.EQUAL) || at(TokenType.EXCLAMATION) || at(TokenType.COLON)) {
                throw error("f-string: valid expression required before '" + peek().string() + "'", peek());
            }
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            if (invalidRules && !at(TokenType.EQUAL) && !at(TokenType.EXCLAMATION) && !at(TokenType.COLON)
                    && !at(TokenType.RBRACE)) {
                throw error("f-string: expecting '=', or '!', or ':', or '}'", peek());
            }
            boolean debug = false;
            if (at(TokenType.EQUAL)) {
                advance();
                debug = true;
                if (invalidRules && !at(TokenType.EXCLAMATION) && !at(TokenType.COLON) && !at(TokenType.RBRACE)) {
                    throw error("f-string: expecting '!', or ':', or '}'", peek());
                }
                Token next = peek();
                int[] text = sourceWithoutComments(open.end(), next.start());
                outer.add(text, open.endLine(), colAfter(start), next.startLine(), col(mark()));
            }
            flush(values, outer);
            int conversion = -1;
            if (at(TokenType.EXCLAMATION)) {
                Token bang = advance();
                Token c = peek();
                if (c.start() != bang.end()) {
                    throw errorTokens("f-string: conversion type must come right after the exclamanation mark",
                            mark() - 1, mark());
                }
                if (c.type() != TokenType.NAME) throw error("f-string: missing conversion character", c);
                conversion = switch (c.string()) {
                    case "s" -> 's';
                    case "r" -> 'r';
                    case "a" -> 'a';
                    default -> throw error("f-string: invalid conversion character '" + c.string()
                            + "': expected 's', 'r', or 'a'", c);
                };
                advance();
            }
            Expr spec = null;
            if (at(TokenType.COLON)) {
                int specStart = mark();
                advance();
                List<Expr> specValues = new ArrayList<>();
                Run run = new Run();
                while (!at(TokenType.RBRACE)) {
                    if (at(TokenType.FSTRING_MIDDLE)) {
                        addMiddle(peek(), raw, run, null);
                    } else if (at(TokenType.LBRACE)) {
                        replacementField(specValues, run, raw);
                    } else {
                        throw invalidRules ? error("f-string: expecting '}', or format specs", peek()) : syntaxError();
                    }
                }
                flush(specValues, run);
                spec = new Ast.JoinedStr(specValues, line(specStart), col(specStart), endLine(), endCol());
            }
            expect(TokenType.RBRACE);
            if (debug && conversion == -1 && spec == null) conversion = 'r';
            values.add(new Ast.FormattedValue(value, conversion, spec, line(start), col(start), endLine(), endCol()));
        } finally {
            leave();
        }
    }

    private int colAfter(int tokenIndex) {
        return endColOf(tokenIndex);
    }
}
