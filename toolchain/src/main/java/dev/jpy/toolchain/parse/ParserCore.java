package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;
import dev.jpy.toolchain.tokenize.TokenizeException;
import dev.jpy.toolchain.tokenize.Tokenizer;
import dev.jpy.toolchain.tokenize.Utf8Errors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The token stream the parser rules work on: the tokenizer's output without COMMENT and NL tokens,
 * with a mark/reset position for PEG backtracking, UTF-8 byte columns for AST positions, and the
 * helpers every rule uses. The rule classes extend it in a chain (expressions, arguments, targets,
 * statements), each holding one area of CPython's Grammar/python.gram.
 */
abstract class ParserCore {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");
    static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");
    /**
     * Nesting limit standing in for CPython's parser stack limit (MAXSTACK 6000 rule levels): a unary or
     * {@code not} operator and a conditional-expression level count 1, a lambda 2, a unary chain 1 more;
     * calibrated so that {@code '-'*5968+'1'}, {@code 'not '*5969+'x'}, {@code 'lambda: '*2984+'1'} and
     * 5969 nested conditional expressions at statement level parse and one more does not, as in 3.13.0.
     * Inside other constructs the cut-off is only approximately CPython's.
     */
    static final int MAX_DEPTH = 5970;
    static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";

    final List<Token> tokens;
    /** The source as code points: token {@code start}/{@code end} index it. */
    final int[] sourceCps;
    private final List<int[]> commentSpans;
    /** The innermost bracket left open when the source ended inside brackets, else null. */
    private final Token unclosedAtEof;
    /** Source lines (split at '\n'), for CPython's byte-to-character conversion of error columns. */
    private final String[] lines;
    private int[] startByte;
    private int[] endByte;
    int pos;
    /** CPython's call_invalid_rules: the second pass after a failed parse, with the invalid_* rules on. */
    boolean invalidRules;
    /** String input of the eval and single modes: CPython's tokenizer adds no newline to its last line. */
    private boolean noImpliedNewline;
    /** Bracket nesting level after each token (CPython's token level), built for the second pass. */
    private int[] levels;
    /** Furthest token index looked at: where "invalid syntax" is reported. */
    int furthest;
    /** Furthest token index ever looked at, in any pass or backtracked attempt (CPython's tokens filled). */
    private int filled;
    /** A tokenizer error CPython's parser meets only when it asks for the token at {@link #deferredAt}. */
    private ParseException deferred;
    private int deferredAt = Integer.MAX_VALUE;
    int depth;
    /** {@code # type: ignore} comments seen ({@code Module.type_ignores}), with type comments on. */
    final List<Ast.TypeIgnoreKind> typeIgnores = new ArrayList<>();

    ParserCore(String source, boolean typeComments) {
        if (source.indexOf('\0') >= 0) throw new ParseException("source code string cannot contain null bytes", 0, 0);
        // CPython's parser input has its newlines translated: a lone CR ends a line (CR LF the tokenizer handles)
        if (source.indexOf('\r') >= 0) source = source.replaceAll("\r(?!\n)", "\n");
        sourceCps = source.codePoints().toArray();
        lines = source.split("\n", -1);
        TokenizerErrors checks = new TokenizerErrors(source.endsWith("\n") ? lines.length - 1 : lines.length);
        Tokenizer tokenizer = new Tokenizer(source, typeComments);
        tokens = new ArrayList<>();
        List<int[]> comments = new ArrayList<>();
        Token unclosed = null;
        for (Token t; ; ) {
            try {
                t = tokenizer.next();
            } catch (TokenizeException e) {
                ParseException pe = checks.translate(e, lines);
                if (pe != null && !TokenizerErrors.raisedWhenReached(e)) throw pe;
                if (pe != null) {
                    // reported only if the parser gets to this token (see settle)
                    deferred = pe;
                    deferredAt = tokens.size();
                } else {
                    // end of file inside brackets: reported where the parser fails (see finish)
                    unclosed = checks.innermostOpen();
                }
                tokens.add(new Token(TokenType.ENDMARKER, "", e.line(), 0, e.line(), 0, sourceCps.length, sourceCps.length));
                break;
            }
            if (t == null) break;
            checks.check(t);
            if (t.type() == TokenType.COMMENT) comments.add(new int[] {t.start(), t.end()});
            if (t.type() == TokenType.COMMENT || t.type() == TokenType.NL || t.type() == TokenType.ENCODING) continue;
            if (t.type() == TokenType.TYPE_IGNORE) {
                typeIgnores.add(new Ast.TypeIgnore(t.startLine(), t.string()));
                continue;
            }
            if ((t.type() == TokenType.ERRORTOKEN || t.type() == TokenType.OP) && !isPrintableAscii(t.string())) {
                throw characterError(t);
            }
            if (t.type() == TokenType.NUMBER) checkNumber(t);
            if (t.type() == TokenType.NAME && !isAscii(t.string())) {
                byte[] undecodable = SourceEscapes.undecodable(t.string());
                if (undecodable != null) {
                    // verify_identifier: the tokenizer's position, the end of the name, in bytes
                    throw raise("SyntaxError", "(unicode error) " + Utf8Errors.message(undecodable, 0, undecodable.length),
                            t.startLine(), byteCol(lines, t.endLine(), t.endCol()), t.startLine(), -1);
                }
                t = normalizeName(t);
            }
            tokens.add(t);
        }
        unclosedAtEof = unclosed;
        commentSpans = comments;
        bytePositions();
    }

    private void bytePositions() {
        startByte = new int[tokens.size()];
        endByte = new int[tokens.size()];
        boolean[] ascii = new boolean[lines.length]; // on a pure-ASCII line a code point column is the byte column
        for (int i = 0; i < lines.length; i++) ascii[i] = isAscii(lines[i]);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            startByte[i] = byteCol(lines, ascii, t.startLine(), t.startCol());
            endByte[i] = byteCol(lines, ascii, t.endLine(), t.endCol());
        }
    }

    private static int byteCol(String[] lines, boolean[] ascii, int line, int cpCol) {
        return line >= 1 && line <= lines.length && ascii[line - 1] ? cpCol : byteCol(lines, line, cpCol);
    }

    /**
     * For the string input of the eval and single modes, which CPython's tokenizer does not end with a
     * newline. A last line of only blanks is then an INDENT. The NEWLINE that closes an unterminated
     * last line goes (eval) or, in single mode, becomes the NEWLINE CPython's parser makes of the first
     * ENDMARKER (at its position). Returns whether that NEWLINE came right before ENDMARKER (the input
     * ended mid-line, not indented); otherwise CPython's single mode sees one NEWLINE more at the end.
     */
    final boolean unterminatedStringEnd(boolean single) {
        noImpliedNewline = true;
        int end = tokens.size() - 1;
        if (end < 0 || tokens.get(end).type() != TokenType.ENDMARKER) return false;
        Token em = tokens.get(end);
        int width = 0;
        while (width < sourceCps.length && (sourceCps[sourceCps.length - 1 - width] == ' '
                || sourceCps[sourceCps.length - 1 - width] == '\t')) {
            width++;
        }
        if (width > 0 && (width == sourceCps.length || sourceCps[sourceCps.length - 1 - width] == '\n')) {
            int line = lines.length;
            tokens.add(end, new Token(TokenType.INDENT, "", line, 0, line, width, sourceCps.length - width, sourceCps.length));
            bytePositions();
            return false;
        }
        int i = end - 1;
        while (i >= 0 && tokens.get(i).type() == TokenType.DEDENT) i--;
        if (i < 0 || tokens.get(i).type() != TokenType.NEWLINE || !tokens.get(i).string().isEmpty()) return false;
        if (single) {
            tokens.set(i, new Token(TokenType.NEWLINE, "", em.startLine(), em.startCol(), em.endLine(), em.endCol(),
                    em.start(), em.end()));
        } else {
            tokens.remove(i);
        }
        bytePositions();
        return i == end - 1;
    }

    /** An ERRORTOKEN / unknown OP: CPython's "invalid character" messages. */
    private static ParseException characterError(Token t) {
        String s = t.string();
        if (s.isEmpty()) return new ParseException("invalid syntax", t.startLine(), t.startCol() + 1);
        return new ParseException(characterMessage(s.codePointAt(0)), t.startLine(), t.startCol() + 1);
    }

    private static String characterMessage(int c) {
        boolean printable = !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && !Character.isWhitespace(c) && Character.getType(c) != Character.UNASSIGNED
                && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.SURROGATE
                && Character.getType(c) != Character.LINE_SEPARATOR && Character.getType(c) != Character.PARAGRAPH_SEPARATOR
                && Character.getType(c) != Character.SPACE_SEPARATOR;
        return printable ? String.format("invalid character '%s' (U+%04X)", Character.toString(c), c)
                : String.format("invalid non-printable character U+%04X", c);
    }

    /** Decimal integers with leading zeros ({@code 012}) are tokenized but rejected by the parser. */
    private static void checkNumber(Token t) {
        String s = t.string().replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0' && s.chars().allMatch(Character::isDigit) && s.chars().anyMatch(ch -> ch != '0')) {
            int zeros = 0;
            while (t.string().charAt(zeros) == '0' || t.string().charAt(zeros) == '_') zeros++;
            throw new ParseException("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", t.startLine(), t.startCol() + 1,
                    t.startLine(), t.startCol() + 1 + zeros, null);
        }
    }

    /** One printable ASCII character that is no operator ('$', '?', '`'): CPython's parser says "invalid syntax" there. */
    private static boolean isPrintableAscii(String s) {
        return s.length() == 1 && s.charAt(0) > ' ' && s.charAt(0) < 127;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** PEP 3131: check a non-ASCII identifier and NFKC-normalize it, as CPython's parser does. */
    private static Token normalizeName(Token t) {
        String s = t.string();
        int col = t.startCol();
        for (int i = 0, k = 0; i < s.length(); i += Character.charCount(s.codePointAt(i)), k++) {
            int c = s.codePointAt(i);
            boolean ok = k == 0 ? (c == '_' || Character.isUnicodeIdentifierStart(c))
                    : Character.isUnicodeIdentifierPart(c)
                            && (Character.getType(c) != Character.FORMAT || c == 0x200C || c == 0x200D);
            if (!ok) throw new ParseException(characterMessage(c), t.startLine(), col + k + 1);
        }
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        return new Token(t.type(), n, t.startLine(), t.startCol(), t.endLine(), t.endCol(), t.start(), t.end());
    }

    /** Source text between two code point offsets with comments left out (f-string debug text). */
    final int[] sourceWithoutComments(int from, int to) {
        int[] out = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            boolean inComment = false;
            for (int[] c : commentSpans) {
                if (i >= c[0] && i < c[1]) {
                    inComment = true;
                    break;
                }
            }
            if (!inComment) out[n++] = sourceCps[i];
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int byteCol(String[] lines, int line, int cpCol) {
        if (line < 1 || line > lines.length) return cpCol;
        String l = lines[line - 1];
        int cps = l.codePointCount(0, l.length());
        if (cpCol > cps) return cpCol - cps + l.getBytes(StandardCharsets.UTF_8).length;
        return l.substring(0, l.offsetByCodePoints(0, cpCol)).getBytes(StandardCharsets.UTF_8).length;
    }

    // ---- token access ----

    final Token peek() {
        if (pos > furthest) furthest = pos;
        if (pos > filled) filled = pos;
        return tokens.get(Math.min(pos, tokens.size() - 1));
    }

    final Token peek(int ahead) {
        int i = Math.min(pos + ahead, tokens.size() - 1);
        if (i > furthest) furthest = i;
        if (i > filled) filled = i;
        return tokens.get(i);
    }

    /**
     * Runs a whole parse. CPython's tokenizer runs as the parser asks for tokens, so an indentation error
     * (or a bad line continuation) further on is raised only if the parse gets to it: a parse that fails
     * before keeps its own error (say "unexpected indent" before a bad dedent), as the check of the rest
     * of the source after a syntax error does not report these errors either.
     */
    final <T> T settle(java.util.function.Supplier<T> parse) {
        T result;
        try {
            result = parse.get();
        } catch (ParseException e) {
            throw deferred != null && filled >= deferredAt ? deferred : e;
        }
        if (deferred != null) throw deferred;
        return result;
    }

    final Token advance() {
        Token t = peek();
        if (pos < tokens.size() - 1) pos++;
        return t;
    }

    final boolean at(TokenType type) {
        return peek().type() == type;
    }

    final boolean atAhead(int ahead, TokenType type) {
        return peek(ahead).type() == type;
    }

    /** The current token is the keyword (or soft keyword) {@code kw}. */
    final boolean atKeyword(String kw) {
        Token t = peek();
        return t.type() == TokenType.NAME && t.string().equals(kw);
    }

    /** Token {@code i} is the keyword {@code kw}. */
    final boolean atKeywordIndex(int i, String kw) {
        Token t = tokens.get(i);
        return t.type() == TokenType.NAME && t.string().equals(kw);
    }

    final boolean atKeywordAhead(int ahead, String kw) {
        Token t = peek(ahead);
        return t.type() == TokenType.NAME && t.string().equals(kw);
    }

    /** A NAME token that is not a hard keyword. */
    final boolean atName() {
        Token t = peek();
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.string());
    }

    final boolean accept(TokenType type) {
        if (at(type)) {
            advance();
            return true;
        }
        return false;
    }

    final boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            advance();
            return true;
        }
        return false;
    }

    final Token expect(TokenType type) {
        if (!at(type)) throw syntaxError();
        return advance();
    }

    final void expectKeyword(String kw) {
        if (!acceptKeyword(kw)) throw syntaxError();
    }

    final String expectName() {
        if (!atName()) throw syntaxError();
        return advance().string();
    }

    // ---- positions (CPython's EXTRA: first token of the rule .. last non-whitespace token consumed) ----

    final int mark() {
        return pos;
    }

    final void reset(int mark) {
        pos = mark;
    }

    final int line(int tokenIndex) {
        return tokens.get(tokenIndex).startLine();
    }

    final int col(int tokenIndex) {
        return startByte[tokenIndex];
    }

    private int lastIndex() {
        int i = pos - 1;
        while (i > 0) {
            TokenType t = tokens.get(i).type();
            if (t != TokenType.NEWLINE && t != TokenType.INDENT && t != TokenType.DEDENT && t != TokenType.ENDMARKER) break;
            i--;
        }
        return Math.max(i, 0);
    }

    final int endLine() {
        return tokens.get(lastIndex()).endLine();
    }

    final int endCol() {
        return endByte[lastIndex()];
    }

    /** End line / byte column of a given token. */
    final int endLineOf(int tokenIndex) {
        return tokens.get(tokenIndex).endLine();
    }

    final int endColOf(int tokenIndex) {
        return endByte[tokenIndex];
    }

    // ---- errors ----

    /**
     * CPython's generic error (_PyPegen_set_syntax_error) at the furthest token looked at: "invalid syntax"
     * spanning it, or an IndentationError if that token is an INDENT or DEDENT.
     */
    final ParseException syntaxError() {
        Token t = tokens.get(Math.min(furthest, tokens.size() - 1));
        if (t.type() == TokenType.INDENT || t.type() == TokenType.DEDENT) {
            // CPython's INDENT/DEDENT tokens have no column: the tokenizer's position (no +1), no end
            int col = t.type() == TokenType.INDENT ? byteCol(lines, t.endLine(), t.endCol()) : 0;
            return raise("IndentationError", t.type() == TokenType.INDENT ? "unexpected indent" : "unexpected unindent",
                    t.startLine(), col, t.endLine(), -1);
        }
        // CPython's DEDENT/ENDMARKER at end of file: on the last line, no column (-1 + 1)
        ParseException e = trailing(t) ? raise("SyntaxError", "invalid syntax", lastLine(), 0, lastLine(), 0)
                : error("invalid syntax", t);
        e.generic = true;
        return e;
    }

    /** A DEDENT, ENDMARKER or (single mode's) final NEWLINE after the last line of the source. */
    private boolean trailing(Token t) {
        return (t.type() == TokenType.ENDMARKER || t.type() == TokenType.DEDENT || t.type() == TokenType.NEWLINE)
                && t.startLine() > lastLine();
    }

    /** The last line of the source (a final newline ends it, and starts no line). */
    final int lastLine() {
        return Math.max(1, lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length);
    }

    /** Runs {@code rule} from the current position with the invalid_* rules off; null (position restored) if it fails. */
    final <T> T tryWithoutInvalid(java.util.function.Supplier<T> rule) {
        int m = pos, f = furthest, d = depth;
        boolean inv = invalidRules;
        invalidRules = false;
        try {
            return rule.get();
        } catch (ParseException e) {
            if (!e.generic) throw e;
            pos = m;
            furthest = f;
            depth = d;
            return null;
        } finally {
            invalidRules = inv;
        }
    }

    /** The bracket nesting level after token {@code i}. */
    final int level(int i) {
        if (levels == null) {
            levels = new int[tokens.size()];
            int l = 0;
            for (int k = 0; k < levels.length; k++) {
                switch (tokens.get(k).type()) {
                    case LPAR, LSQB, LBRACE -> l++;
                    case RPAR, RSQB, RBRACE -> l = Math.max(0, l - 1);
                    default -> { }
                }
                levels[k] = l;
            }
        }
        return levels[Math.max(0, Math.min(i, levels.length - 1))];
    }

    /** From the start of node {@code a} to the end of token {@code b}. */
    final ParseException errorNodeToToken(String message, dev.jpy.toolchain.ast.Node a, int b) {
        return raise("SyntaxError", message, (Integer) a.attribute(0), (Integer) a.attribute(1) + 1,
                endLineOf(b), endColOf(b) + 1);
    }

    /** From the start of token {@code a} to the end of node {@code b}. */
    final ParseException errorTokenToNode(String message, int a, dev.jpy.toolchain.ast.Node b) {
        return raise("SyntaxError", message, line(a), col(a) + 1, (Integer) b.attribute(2), (Integer) b.attribute(3) + 1);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM token {@code a}: to where the tokenizer is (the end of the furthest token read). */
    final ParseException errorStartingFrom(String message, int a) {
        int f = Math.min(furthest, tokens.size() - 1);
        return raise("SyntaxError", message, line(a), col(a) + 1, endLineOf(f), endColOf(f));
    }

    /** The parse reached the end of a source that ended inside brackets: the tokenizer's error, no second pass. */
    final boolean reachedUnclosedEof() {
        return unclosedAtEof != null && furthest >= tokens.size() - 1;
    }

    /** The type of the token after the current one, without counting it as looked at. */
    final TokenType nextType() {
        return tokens.get(Math.min(pos + 1, tokens.size() - 1)).type();
    }

    /** From the start of token {@code a} to the end of token {@code b}. */
    final ParseException errorTokens(String message, int a, int b) {
        return raise("SyntaxError", message, line(a), col(a) + 1, endLineOf(b), endColOf(b) + 1);
    }

    /**
     * The invalid_*_stmt rules' "expected an indented block after ..." for the statement whose keyword is
     * token {@code keyword}, raised at the token after the NEWLINE (at end of file: after the NEWLINE).
     */
    final ParseException expectedIndentedBlock(int keyword) {
        Token kw = tokens.get(keyword);
        String what = switch (kw.string()) {
            case "def" -> "function definition";
            case "class" -> "class definition";
            default -> "'" + kw.string() + "' statement";
        };
        String msg = "expected an indented block after " + what + " on line " + kw.startLine();
        Token t = peek();
        if (t.type() == TokenType.ENDMARKER && pos > 0) {
            Token nl = tokens.get(pos - 1);
            return raise("IndentationError", msg, nl.startLine(), byteCol(lines, nl.endLine(), nl.endCol()),
                    nl.startLine(), -1);
        }
        ParseException e = error(msg, t);
        return new ParseException("IndentationError", msg, e.lineno(), e.offset(), e.endLineno(), e.endOffset(), e.text());
    }

    /**
     * The error to report for a failed parse: when the source ended inside brackets, CPython reports
     * "'(' was never closed" if the parser got to the end, or failed on a line after the bracket's.
     */
    final ParseException finish(ParseException e) {
        Token b = unclosedAtEof;
        int last = Math.min(furthest, tokens.size() - 1);
        if (b == null || (last < tokens.size() - 1 && tokens.get(last).startLine() <= b.startLine())) return e;
        return raise("SyntaxError", "'" + b.string() + "' was never closed", b.startLine(),
                byteCol(lines, b.startLine(), b.startCol()) + 1, b.startLine(), 0);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token: the token's span. */
    final ParseException error(String message, Token t) {
        if (trailing(t)) {
            // RAISE_SYNTAX_ERROR on a token without column: the tokenizer's position, the end of the last line
            int line = lastLine();
            // (after the newline the exec mode adds to an unterminated last line, or that line's own)
            int col = lines[line - 1].getBytes(StandardCharsets.UTF_8).length + (unterminatedString() ? 0 : 1);
            return raise("SyntaxError", message, line, col, line, -1);
        }
        return raise("SyntaxError", message, t.startLine(), byteCol(lines, t.startLine(), t.startCol()) + 1,
                t.endLine(), byteCol(lines, t.endLine(), t.endCol()) + 1);
    }

    /** String input of the eval or single mode whose last line has no newline (none is added to it). */
    private boolean unterminatedString() {
        return noImpliedNewline && (sourceCps.length == 0 || sourceCps[sourceCps.length - 1] != '\n');
    }

    /**
     * A forced token ({@code &&'x'}) missing: the span of the token found. In single mode with no final
     * newline, that is the NEWLINE CPython makes of the ENDMARKER, which has no column: offsets 0.
     */
    final ParseException forcedError(String message, Token t) {
        if (trailing(t) && unterminatedString()) {
            return raise("SyntaxError", message, lastLine(), 0, lastLine(), 0);
        }
        return error(message, t);
    }

    final ParseException errorAt(String message, int tokenIndex) {
        return error(message, tokens.get(tokenIndex));
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of node {@code a} to the end of node {@code b}. */
    final ParseException errorRange(String message, dev.jpy.toolchain.ast.Node a, dev.jpy.toolchain.ast.Node b) {
        return raise("SyntaxError", message, (Integer) a.attribute(0), (Integer) a.attribute(1) + 1,
                (Integer) b.attribute(2), (Integer) b.attribute(3) + 1);
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a node. */
    final ParseException errorNode(String message, dev.jpy.toolchain.ast.Node a) {
        return errorRange(message, a, a);
    }

    /** From the start of token {@code from} to the end of the last token consumed. */
    final ParseException errorFromToken(String message, int from) {
        return raise("SyntaxError", message, line(from), col(from) + 1, endLine(), endCol() + 1);
    }

    /**
     * _PyPegen_raise_error_known_location: byte columns (1-based, as CPython passes them) turned into
     * character offsets against the error line, the end one against the start line too, as CPython does.
     */
    final ParseException raise(String pyClass, String message, int line, int byteCol, int endLine, int endByteCol) {
        String text = line >= 1 && line <= lines.length ? SourceEscapes.replaced(lines[line - 1]) : "";
        int offset = charOffset(text, byteCol);
        int endOffset = endByteCol > 0 ? charOffset(text, endByteCol) : endByteCol;
        return new ParseException(pyClass, message, line, offset, endLine, endOffset, text);
    }

    /**
     * _PyPegen_byte_offset_to_character_offset on the line as CPython reads it (with its newline; an
     * undecodable byte read as U+FFFD, while {@link #byteCol} counts it as the one byte it is).
     */
    private static int charOffset(String lineText, int byteOffset) {
        byte[] b = (lineText + "\n\0").getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(byteOffset, 0), b.length);
        String d = new String(b, 0, n, StandardCharsets.UTF_8);
        return d.codePointCount(0, d.length());
    }

    final void enter() {
        if (++depth > MAX_DEPTH) throw tooComplex();
    }

    /** CPython raises MemoryError with this message (no position); we raise it as a ParseException at line 0. */
    final ParseException tooComplex() {
        return new ParseException("MemoryError", TOO_COMPLEX, 0, 0, 0, 0, null);
    }

    final void leave() {
        depth--;
    }
}
