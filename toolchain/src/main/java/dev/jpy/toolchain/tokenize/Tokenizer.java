package dev.jpy.toolchain.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.13's tokenizer (Parser/lexer), in the mode {@code tokenize} uses it: with COMMENT and NL
 * tokens, lenient about unmatched brackets and malformed number endings. Works on an int array of
 * code points, so columns are code points as {@code tokenize} reports them.
 *
 * <p>Use {@link #tokenize(String)} for a whole decoded source, or {@link #next()} to pull tokens one by
 * one (the last is ENDMARKER; after it {@code next()} returns null). Errors are {@link TokenizeException}.
 */
public final class Tokenizer {
    private static final int EOF = -1;
    private static final int TABSIZE = 8;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAX_EXPR_NESTING = 3;
    private static final int MAXFSTRINGLEVEL = 150;

    private final String source;
    private final int[] s;
    private final int n;
    private final boolean implicitNewline;
    /** {@code ast.parse(type_comments=True)}: {@code # type: ...} comments become TYPE_COMMENT / TYPE_IGNORE. */
    private final boolean typeComments;
    private final int[] lineStarts;
    private final int lineCount;
    private int lineHint;

    private int pos;
    private int tokStart;
    /** CPython's line buffer: lines are loaded up to {@code inp}; the buffer starts at {@code bufStart}. */
    private int inp;
    private int bufStart;
    /** True while CPython's tok->start is NULL (between tokens): only then does loading a line reset the buffer. */
    private boolean startNull = true;
    private boolean atbol = true;
    private boolean done;
    private boolean eofSeen;
    private int level;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean commentNewline;

    private final List<Warning> warnings = new ArrayList<>();

    /** A SyntaxWarning the tokenizer raised (CPython prints {@code <string>:LINE: SyntaxWarning: MESSAGE}). */
    public record Warning(int line, String message) {}

    /** f-string state: index 0 is the plain regular mode. */
    private final List<Mode> modes = new ArrayList<>();

    private static final class Mode {
        boolean fstring; // current kind: FSTRING (true) or REGULAR
        int quote;
        int quoteSize;
        boolean raw;
        int curlyDepth;
        int exprStartDepth = -1;
        boolean inFormatSpec;
        boolean debug;
        int start;
        int lineStart;
        int line;
    }

    /** A tokenizer over decoded source text (as {@code tokenize.generate_tokens} sees it). */
    public Tokenizer(String source) {
        this(source, false);
    }

    /**
     * A tokenizer that, with {@code typeComments}, turns a comment starting {@code # type: } into a
     * TYPE_COMMENT token (the text after the prefix) or, for {@code # type: ignore...}, a TYPE_IGNORE token
     * (the text after {@code ignore}; on a line of its own it takes the newline too), as the parser's
     * tokenizer does for {@code ast.parse(type_comments=True)}.
     */
    public Tokenizer(String source, boolean typeComments) {
        this.typeComments = typeComments;
        this.source = source;
        int[] cps = CodePointArray.of(source);
        boolean implicit = cps.length > 0 && cps[cps.length - 1] != '\n';
        if (implicit) {
            cps = java.util.Arrays.copyOf(cps, cps.length + 1);
            cps[cps.length - 1] = '\n';
        }
        this.s = cps;
        this.n = cps.length;
        this.implicitNewline = implicit;
        int count = 0;
        for (int c : cps) if (c == '\n') count++;
        lineStarts = new int[count + 1];
        int k = 1;
        for (int i = 0; i < n; i++) if (s[i] == '\n') lineStarts[k++] = i + 1;
        lineCount = count;
        modes.add(new Mode());
    }

    /** The warnings raised so far, in order (only invalid escapes before braces in f-strings). */
    public List<Warning> warnings() {
        return warnings;
    }

    /** The source text given. */
    public String source() {
        return source;
    }

    /** All tokens of a decoded source, ENDMARKER last (no ENCODING token). */
    public static List<Token> tokenize(String source) {
        return new Tokenizer(source).all();
    }

    /** The remaining tokens, through ENDMARKER. */
    public List<Token> all() {
        Tokenizer t = this;
        List<Token> out = new ArrayList<>();
        for (Token tok; (tok = t.next()) != null; ) out.add(tok);
        return out;
    }

    /** The physical line (with its newline) holding the code point offset, 1-based. */
    public int lineOf(int index) {
        int h = lineHint;
        if (h < lineStarts.length && lineStarts[h] <= index && (h + 1 >= lineStarts.length || index < lineStarts[h + 1])) {
            return h + 1;
        }
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= index) lo = mid; else hi = mid - 1;
        }
        lineHint = lo;
        return lo + 1;
    }

    /** The text of physical line {@code line} (1-based), with its newline. */
    public String lineText(int line) {
        if (line < 1 || line > lineCount) return "";
        int a = lineStarts[line - 1];
        int b = line < lineCount ? lineStarts[line] : n - (implicitNewline ? 1 : 0);
        return new String(s, a, b - a);
    }

    private int lineStartOf(int index) {
        return lineStarts[lineOf(index) - 1];
    }

    // ---- character cursor ----

    private int nextc() {
        if (pos >= inp && !underflow()) {
            eofSeen = true;
            return EOF;
        }
        return s[pos++];
    }

    /** Loads the next line, like tok_underflow_readline: the buffer restarts only between tokens, outside f-strings. */
    private boolean underflow() {
        if (startNull && modes.size() == 1) bufStart = inp;
        if (inp >= n) return false;
        int line = lineOf(inp);
        inp = line < lineStarts.length ? lineStarts[line] : n;
        return true;
    }

    private void backup(int c) {
        if (c != EOF) pos--;
    }

    // ---- token construction ----

    private Token make(TokenType type, int start, int end) {
        int sl = lineOf(start);
        int sc = start - lineStarts[sl - 1];
        int el, ec;
        if (end == start) {
            el = sl;
            ec = sc;
        } else {
            el = lineOf(end);
            ec = end - lineStarts[el - 1];
        }
        return new Token(type, new String(s, start, end - start), sl, sc, el, ec, start, end);
    }

    private Token makeNewline(TokenType type, int start, int end) {
        // end is just after '\n': the C tokenizer has not loaded the next line yet
        int sl = lineOf(start);
        int sc = start - lineStarts[sl - 1];
        int nl = end - 1;
        int el = lineOf(nl);
        int ec = nl - lineStarts[el - 1] + 1;
        boolean implicit = implicitNewline && nl == n - 1;
        String str;
        if (type == TokenType.NEWLINE) {
            // with the implicit newline tokenize keeps the raw text before it: '' or a lone '\r'
            str = implicit ? new String(s, start, nl - start) : s[start] == '\r' ? "\r\n" : "\n";
        } else {
            str = implicit ? "" : new String(s, start, end - start);
        }
        return new Token(type, str, sl, sc, el, ec, start, end);
    }

    private Token trailing(TokenType type) {
        int line = lineCount + 1;
        return new Token(type, "", line, 0, line, 0, n, n);
    }

    // ---- errors ----

    /** An error located like _PyTokenizer_syntaxerror: the line of {@code at}, the column of {@code at}. */
    private TokenizeException error(String msg, int line, int at) {
        int ls = lineStarts[Math.min(line, lineStarts.length) - 1];
        return new TokenizeException(msg, line, Math.max(0, at - ls));
    }

    private TokenizeException errorAtCursor(String msg) {
        int line = lineOf(Math.max(0, Math.min(pos, n) - 1));
        return error(msg, line, pos);
    }

    /**
     * Errors CPython reports with cur = inp (indentation, line continuation, EOF in a statement): the
     * line is the last one loaded, the column the length of the line buffer, which may hold several lines.
     */
    /** E_EOF: like {@link #errorWholeLine} but CPython gives this column in UTF-8 bytes. */
    private TokenizeException unexpectedEof() {
        int line = inp == 0 ? 1 : lineOf(inp - 1);
        int bytes = 0;
        for (int i = bufStart; i < inp; i++) {
            int c = s[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return new TokenizeException("unexpected EOF in multi-line statement", line, bytes);
    }

    private TokenizeException errorWholeLine(String msg) {
        int line = inp == 0 ? 1 : lineOf(inp - 1);
        return new TokenizeException(msg, line, inp - bufStart);
    }

    // ---- the tokenizer ----

    /** The next token, or null after ENDMARKER. */
    public Token next() {
        if (done) return null;
        Mode m = modes.get(modes.size() - 1);
        Token t = m.fstring ? fstringMode(m) : normalMode(m);
        if (t.type() == TokenType.ENDMARKER) done = true;
        return t;
    }

    /**
     * The comment from {@code tokStart} to {@code pos} as a TYPE_COMMENT or TYPE_IGNORE token, or null if
     * it does not start with {@code # type: } (each space of the prefix standing for any run of spaces
     * and tabs). An ignore is {@code ignore} followed by the end or a non-alphanumeric ASCII character.
     */
    private Token typeComment(boolean blankline) {
        int p = tokStart;
        for (char want : "# type: ".toCharArray()) {
            if (want == ' ') { // (CPython's bound is one past the comment: a run may be empty at its end)
                while (p < pos && (s[p] == ' ' || s[p] == '\t')) p++;
            } else if (p < pos && s[p] == want) {
                p++;
            } else {
                return null;
            }
        }
        int ignoreEnd = p + 6;
        boolean ignore = ignoreEnd <= pos && new String(s, p, 6).equals("ignore")
                && !(ignoreEnd < pos && (s[ignoreEnd] >= 128 || Character.isLetterOrDigit(s[ignoreEnd])));
        if (!ignore) return make(TokenType.TYPE_COMMENT, p, pos);
        if (blankline) {
            int c = nextc();
            if (c == '\r') c = nextc();
            atbol = true;
        }
        return make(TokenType.TYPE_IGNORE, ignoreEnd, pos);
    }

    private static boolean isIdStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isIdChar(int c) {
        return isIdStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isXDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private int continuationLine() {
        int c = nextc();
        if (c == '\r') c = nextc(); // a backslash before CR LF continues the line too
        if (c != '\n') throw errorWholeLine("unexpected character after line continuation character");
        c = nextc();
        if (c == EOF) throw unexpectedEof();
        backup(c);
        return c;
    }

    private Token normalMode(Mode cur) {
        boolean blankline = false;
        startNull = true;
        if (atbol) {
            int col = 0, altcol = 0, contLineCol = 0;
            atbol = false;
            int c;
            for (;;) {
                c = nextc();
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol = altcol + 1;
                } else if (c == '\f') {
                    col = altcol = 0;
                } else if (c == '\\') {
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    continuationLine();
                } else {
                    break;
                }
            }
            backup(c);
            if (c == '#' || c == '\n' || c == '\r') {
                blankline = true;
            }
            if (!blankline && level == 0) {
                col = contLineCol != 0 ? contLineCol : col;
                altcol = contLineCol != 0 ? contLineCol : altcol;
                if (col == indstack[indent]) {
                    if (altcol != altindstack[indent]) throw tabError();
                } else if (col > indstack[indent]) {
                    if (indent + 1 >= MAXINDENT) throw errorWholeLine("too many levels of indentation");
                    if (altcol <= altindstack[indent]) throw tabError();
                    pendin++;
                    indstack[++indent] = col;
                    altindstack[indent] = altcol;
                } else {
                    while (indent > 0 && col < indstack[indent]) {
                        pendin--;
                        indent--;
                    }
                    if (col != indstack[indent]) {
                        throw errorWholeLine("unindent does not match any outer indentation level");
                    }
                    if (altcol != altindstack[indent]) throw tabError();
                }
            }
        }

        if (pendin != 0) {
            if (pendin < 0) {
                pendin++;
                if (eofSeen) return trailing(TokenType.DEDENT);
                return make(TokenType.DEDENT, pos, pos);
            } else {
                pendin--;
                // the text runs from CPython's buffer start: after a backslash continuation in the
                // indentation that is an earlier line, and tokenize then reports the start column as -1
                int ls = lineStartOf(pos);
                if (bufStart >= ls) return make(TokenType.INDENT, ls, pos);
                int line = lineOf(pos);
                return new Token(TokenType.INDENT, new String(s, bufStart, pos - bufStart), line, -1, line, pos - ls,
                        bufStart, pos);
            }
        }

        int c;
        for (;;) { // again:
            startNull = true;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            startNull = false;
            tokStart = c == EOF ? pos : pos - 1;

            if (c == '#') {
                while (c != EOF && c != '\n' && c != '\r') c = nextc();
                backup(c);
                if (typeComments) {
                    Token tc = typeComment(blankline);
                    if (tc != null) return tc;
                }
                commentNewline = blankline;
                return make(TokenType.COMMENT, tokStart, pos);
            }
            if (c == EOF) {
                if (level > 0) throw unexpectedEof();
                return trailing(TokenType.ENDMARKER);
            }
            if (isIdStart(c)) {
                boolean sawB = false, sawR = false, sawU = false, sawF = false;
                for (;;) {
                    if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                    else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                    else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                    else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                    else break;
                    c = nextc();
                    if (c == '"' || c == '\'') {
                        if (sawF) return fstringStart(c);
                        return string(c);
                    }
                }
                while (isIdChar(c)) c = nextc();
                backup(c);
                return make(TokenType.NAME, tokStart, pos);
            }
            if (c == '\r') c = nextc();
            if (c == '\n') {
                atbol = true;
                if (blankline || level > 0) {
                    commentNewline = false;
                    return makeNewline(TokenType.NL, tokStart, pos);
                }
                if (commentNewline) {
                    commentNewline = false;
                    return makeNewline(TokenType.NL, tokStart, pos);
                }
                return makeNewline(TokenType.NEWLINE, tokStart, pos);
            }
            if (c == '.') {
                c = nextc();
                if (isDigit(c)) return fraction(c);
                if (c == '.') {
                    c = nextc();
                    if (c == '.') return make(TokenType.ELLIPSIS, tokStart, pos);
                    backup(c);
                    backup('.');
                } else {
                    backup(c);
                }
                return make(TokenType.DOT, tokStart, pos);
            }
            if (isDigit(c)) return number(c);
            if (c == '\'' || c == '"') return string(c);
            if (c == '\\') {
                c = nextc();
                if (c == '\r') c = nextc();
                if (c != '\n') throw errorWholeLine("unexpected character after line continuation character");
                c = nextc();
                if (c == EOF) throw unexpectedEof();
                backup(c);
                continue; // again
            }
            break;
        }

        // punctuation inside f-string expressions
        boolean isPunct = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunct && modes.size() > 1 && cur.exprStartDepth >= 0) {
            int cursor = cur.curlyDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == cur.exprStartDepth) {
                cur.fstring = true;
                cur.inFormatSpec = true;
                return make(TokenType.COLON, tokStart, pos);
            }
        }

        // two- and three-character operators
        {
            int c2 = nextc();
            TokenType t2 = twoChars(c, c2);
            if (t2 != null) {
                int c3 = nextc();
                TokenType t3 = threeChars(c, c2, c3);
                if (t3 != null) t2 = t3;
                else backup(c3);
                return make(t2, tokStart, pos);
            }
            backup(c2);
        }

        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) throw errorAtCursor("too many nested parentheses");
                level++;
                if (modes.size() > 1) cur.curlyDepth++;
            }
            case ')', ']', '}' -> {
                if (modes.size() > 1 && cur.curlyDepth == 0 && c == '}') {
                    throw errorAtCursor("f-string: single '}' is not allowed");
                }
                if (level > 0) level--;
                if (modes.size() > 1) {
                    cur.curlyDepth--;
                    if (cur.curlyDepth < 0) throw errorAtCursor("f-string: unmatched '" + (char) c + "'");
                    if (c == '}' && cur.curlyDepth == cur.exprStartDepth) {
                        cur.exprStartDepth--;
                        cur.fstring = true;
                        cur.inFormatSpec = false;
                        cur.debug = false;
                    }
                }
            }
            default -> { }
        }
        if (!isPrintable(c)) {
            throw errorAtCursor(String.format("invalid non-printable character U+%04X", c));
        }
        if (c == '=' && cur.exprStartDepth >= 0) cur.debug = true;
        TokenType one = oneChar(c);
        return make(one, tokStart, pos);
    }

    private TokenizeException tabError() {
        return errorWholeLine("inconsistent use of tabs and spaces in indentation");
    }


    // ---- numbers ----

    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw errorAtCursor("invalid decimal literal");
            }
        }
        return c;
    }

    private Token number(int c) {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isXDigit(c)) {
                        backup(c);
                        throw errorAtCursor("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) throw errorAtCursor("invalid digit '" + (char) c + "' in octal literal");
                        backup(c);
                        throw errorAtCursor("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) throw errorAtCursor("invalid digit '" + (char) c + "' in octal literal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) throw errorAtCursor("invalid digit '" + (char) c + "' in binary literal");
                        backup(c);
                        throw errorAtCursor("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) throw errorAtCursor("invalid digit '" + (char) c + "' in binary literal");
            } else {
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw errorAtCursor("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                if (isDigit(c)) c = decimalTail();
                if (c == '.') {
                    c = nextc();
                    return fraction(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    c = nextc();
                }
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(c);
            }
            if (c == 'e' || c == 'E') return exponent(c);
            if (c == 'j' || c == 'J') c = nextc();
        }
        backup(c);
        return make(TokenType.NUMBER, tokStart, pos);
    }

    private Token fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') c = nextc();
        backup(c);
        return make(TokenType.NUMBER, tokStart, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw errorAtCursor("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            backup(e);
            return make(TokenType.NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') c = nextc();
        backup(c);
        return make(TokenType.NUMBER, tokStart, pos);
    }

    // ---- strings ----

    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) backup(c);
        int startLine = lineOf(tokStart);
        boolean escapedQuote = false;
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = c == EOF ? lineCount : lineOf(pos - 1);
                if (modes.size() > 1) {
                    Mode top = modes.get(modes.size() - 1);
                    if (top.quote == quote && top.quoteSize == quoteSize) {
                        throw error("f-string: expecting '}'", startLine, tokStart + 1);
                    }
                }
                if (quoteSize == 3) {
                    throw error("EOF in multi-line string", startLine, tokStart + 1);
                }
                throw error("unterminated string literal (detected at line " + detected + ")"
                        + (escapedQuote ? "; perhaps you escaped the end quote?" : ""), startLine, tokStart + 1);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    c = nextc();
                    if (c == quote) escapedQuote = true;
                    if (c == '\r') nextc();
                }
            }
        }
        return make(TokenType.STRING, tokStart, pos);
    }

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        int after = nextc();
        if (after == quote) {
            int after2 = nextc();
            if (after2 == quote) {
                quoteSize = 3;
            } else {
                backup(after2);
                backup(after);
            }
        }
        if (after != quote) backup(after);
        if (modes.size() >= MAXFSTRINGLEVEL) throw errorAtCursor("too many nested f-strings");
        Mode m = new Mode();
        m.fstring = true;
        m.quote = quote;
        m.quoteSize = quoteSize;
        m.start = tokStart;
        m.line = lineOf(tokStart);
        int first = s[tokStart];
        m.raw = first == 'r' || first == 'R' || s[tokStart + 1] == 'r' || s[tokStart + 1] == 'R';
        modes.add(m);
        return make(TokenType.FSTRING_START, tokStart, pos);
    }

    private Token fstringMode(Mode cur) {
        tokStart = pos;
        startNull = false;
        int startChar = nextc();
        if (startChar == '{') {
            int peek = nextc();
            backup(peek);
            backup(startChar);
            if (peek != '{') {
                cur.exprStartDepth++;
                if (cur.exprStartDepth >= MAX_EXPR_NESTING) throw errorAtCursor("f-string: expressions nested too deeply");
                cur.fstring = false;
                return normalMode(cur);
            }
        } else {
            backup(startChar);
        }
        boolean atEnd = true;
        for (int i = 0; i < cur.quoteSize; i++) {
            int q = nextc();
            if (q != cur.quote) {
                backup(q); // quotes matched so far stay consumed, as in CPython
                atEnd = false;
                break;
            }
        }
        if (atEnd) {
            modes.remove(modes.size() - 1);
            return make(TokenType.FSTRING_END, tokStart, pos);
        }

        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != cur.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = cur.inFormatSpec && cur.exprStartDepth >= 0;
            if (c == EOF || (cur.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    // 3.13.0 ends the format spec here even in a single-quoted f-string (later
                    // releases report "newlines are not allowed in format specifiers ...")
                    backup(c);
                    cur.fstring = false;
                    cur.inFormatSpec = false;
                    return make(TokenType.FSTRING_MIDDLE, tokStart, pos);
                }
                int detected = c == EOF ? lineCount : lineOf(pos - 1);
                if (cur.quoteSize == 3) {
                    throw error("unterminated triple-quoted f-string literal (detected at line " + detected + ")",
                            cur.line, cur.start + 1);
                }
                throw error("unterminated f-string literal (detected at line " + detected + ")", cur.line, cur.start + 1);
            }
            if (c == cur.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    cur.exprStartDepth++;
                    if (cur.exprStartDepth >= MAX_EXPR_NESTING) throw errorAtCursor("f-string: expressions nested too deeply");
                    cur.fstring = false;
                    cur.inFormatSpec = false;
                    return make(TokenType.FSTRING_MIDDLE, tokStart, pos);
                }
                return make(TokenType.FSTRING_MIDDLE, tokStart, pos - 1);
            } else if (c == '}') {
                if (unicodeEscape) return make(TokenType.FSTRING_MIDDLE, tokStart, pos);
                int peek = nextc();
                if (peek == '}' && !inFormatSpec && cur.curlyDepth == 0) {
                    return make(TokenType.FSTRING_MIDDLE, tokStart, pos - 1);
                }
                backup(peek);
                backup(c);
                cur.fstring = false;
                cur.inFormatSpec = false;
                return make(TokenType.FSTRING_MIDDLE, tokStart, pos);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '\r') peek = nextc();
                if (peek == '{' || peek == '}') {
                    if (!cur.raw) {
                        warnings.add(new Warning(lineOf(pos - 1), "invalid escape sequence '\\" + (char) peek + "'"));
                    }
                    backup(peek);
                    continue;
                }
                if (!cur.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') unicodeEscape = true;
                    else backup(peek);
                }
            }
        }
        pos -= cur.quoteSize;
        return make(TokenType.FSTRING_MIDDLE, tokStart, pos);
    }

    // ---- operator tables ----

    private static TokenType oneChar(int c) {
        return switch (c) {
            case '!' -> TokenType.EXCLAMATION;
            case '%' -> TokenType.PERCENT;
            case '&' -> TokenType.AMPER;
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '*' -> TokenType.STAR;
            case '+' -> TokenType.PLUS;
            case ',' -> TokenType.COMMA;
            case '-' -> TokenType.MINUS;
            case '.' -> TokenType.DOT;
            case '/' -> TokenType.SLASH;
            case ':' -> TokenType.COLON;
            case ';' -> TokenType.SEMI;
            case '<' -> TokenType.LESS;
            case '=' -> TokenType.EQUAL;
            case '>' -> TokenType.GREATER;
            case '@' -> TokenType.AT;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '^' -> TokenType.CIRCUMFLEX;
            case '{' -> TokenType.LBRACE;
            case '|' -> TokenType.VBAR;
            case '}' -> TokenType.RBRACE;
            case '~' -> TokenType.TILDE;
            default -> TokenType.OP;
        };
    }

    private static TokenType twoChars(int c1, int c2) {
        switch (c1) {
            case '!': if (c2 == '=') return TokenType.NOTEQUAL; break;
            case '%': if (c2 == '=') return TokenType.PERCENTEQUAL; break;
            case '&': if (c2 == '=') return TokenType.AMPEREQUAL; break;
            case '*':
                if (c2 == '*') return TokenType.DOUBLESTAR;
                if (c2 == '=') return TokenType.STAREQUAL;
                break;
            case '+': if (c2 == '=') return TokenType.PLUSEQUAL; break;
            case '-':
                if (c2 == '=') return TokenType.MINEQUAL;
                if (c2 == '>') return TokenType.RARROW;
                break;
            case '/':
                if (c2 == '/') return TokenType.DOUBLESLASH;
                if (c2 == '=') return TokenType.SLASHEQUAL;
                break;
            case ':': if (c2 == '=') return TokenType.COLONEQUAL; break;
            case '<':
                if (c2 == '<') return TokenType.LEFTSHIFT;
                if (c2 == '=') return TokenType.LESSEQUAL;
                if (c2 == '>') return TokenType.OP; // '<>': NOTEQUAL in C, not an exact type in tokenize
                break;
            case '=': if (c2 == '=') return TokenType.EQEQUAL; break;
            case '>':
                if (c2 == '=') return TokenType.GREATEREQUAL;
                if (c2 == '>') return TokenType.RIGHTSHIFT;
                break;
            case '@': if (c2 == '=') return TokenType.ATEQUAL; break;
            case '^': if (c2 == '=') return TokenType.CIRCUMFLEXEQUAL; break;
            case '|': if (c2 == '=') return TokenType.VBAREQUAL; break;
            default: break;
        }
        return null;
    }

    private static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=') return null;
        if (c1 == '*' && c2 == '*') return TokenType.DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TokenType.DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TokenType.LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TokenType.RIGHTSHIFTEQUAL;
        return null;
    }

    /** Python's str.isprintable() for one code point. */
    static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
