package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.tokenize.Token;
import dev.jpy.toolchain.tokenize.TokenType;
import dev.jpy.toolchain.tokenize.TokenizeException;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The errors CPython's tokenizer raises in parser mode but not in the lenient mode {@code tokenize} uses
 * (our {@link dev.jpy.toolchain.tokenize.Tokenizer}'s): unmatched and mismatched brackets, malformed number
 * endings; and the parser's wording and position of the tokenizer errors both modes raise
 * (Parser/pegen_errors.c {@code _Pypegen_tokenizer_error}). Fed every token in order by {@link ParserCore}.
 */
final class TokenizerErrors {
    private final int lineCount;
    /** Open brackets; each one's {@code fieldOpener} says whether it opens an f-string replacement field. */
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    /** For each open f-string: the bracket depth at its start. */
    private final Deque<Integer> fstrings = new ArrayDeque<>();
    private Token previous;

    private record Bracket(Token token, boolean fieldOpener) {}

    TokenizerErrors(int lineCount) {
        this.lineCount = lineCount;
    }

    /** Checks one token as the parser-mode tokenizer would when producing it. */
    void check(Token t) {
        Token prev = previous;
        previous = t;
        switch (t.type()) {
            case FSTRING_START -> fstrings.push(brackets.size());
            case FSTRING_END -> { if (!fstrings.isEmpty()) fstrings.pop(); }
            case LPAR, LSQB, LBRACE -> brackets.push(new Bracket(t,
                    t.type() == TokenType.LBRACE && !fstrings.isEmpty() && brackets.size() == fstrings.peek()));
            case RPAR, RSQB, RBRACE -> closing(t);
            case NAME -> { if (prev != null && prev.type() == TokenType.NUMBER && prev.end() == t.start()) numberEnd(prev, t); }
            default -> { }
        }
    }

    private void closing(Token t) {
        char c = t.string().charAt(0);
        if (brackets.isEmpty()) throw new ParseException("unmatched '" + c + "'", t.startLine(), t.startCol() + 1);
        Bracket open = brackets.pop();
        char o = open.token().string().charAt(0);
        if ((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}')) return;
        if (open.fieldOpener()) {
            throw new ParseException("f-string: unmatched '" + c + "'", t.startLine(), t.startCol() + 1);
        }
        String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'";
        if (open.token().startLine() != t.startLine()) msg += " on line " + open.token().startLine();
        throw new ParseException(msg, t.startLine(), t.startCol() + 1);
    }

    /** verify_end_of_number: a number directly followed by an ASCII identifier character. */
    private static void numberEnd(Token number, Token name) {
        String s = name.string();
        if (s.charAt(0) >= 128) return;
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "or", "not"}) {
            if (s.startsWith(kw)) return; // only a SyntaxWarning in CPython
        }
        String n = number.string().toLowerCase(java.util.Locale.ROOT);
        String kind = n.startsWith("0x") ? "hexadecimal" : n.startsWith("0o") ? "octal" : n.startsWith("0b") ? "binary"
                : n.endsWith("j") ? "imaginary" : "decimal";
        throw new ParseException("invalid " + kind + " literal", name.startLine(), name.startCol());
    }

    /** The last token checked, if its line is {@code line}. */
    private int lastEndColOn(int line) {
        return previous != null && previous.endLine() == line ? previous.endCol() : 0;
    }

    /**
     * A tokenizer error as the parser reports it; null for end of file inside brackets, which
     * {@link #unclosed(ParserCore)} reports depending on where the parser fails.
     */
    ParseException translate(TokenizeException e, String[] lines) {
        String m = e.getMessage();
        int line = e.line();
        return switch (m) {
            case "EOF in multi-line string" -> new ParseException(
                    "unterminated triple-quoted string literal (detected at line " + lineCount + ")", line, e.column());
            case "unexpected EOF in multi-line statement" -> brackets.isEmpty()
                    ? new ParseException("SyntaxError", "unexpected EOF while parsing", line, e.column(), line, -1, null)
                    : null;
            case "unindent does not match any outer indentation level" ->
                    new ParseException("IndentationError", m, line, e.column(), line, -1, null);
            case "inconsistent use of tabs and spaces in indentation" ->
                    new ParseException("TabError", m, line, 1, line, 0, null);
            case "too many levels of indentation" -> new ParseException("IndentationError", m, line, 1, line, 0, null);
            case "unexpected character after line continuation character" -> {
                // CPython: the column just after the character that follows the backslash
                String text = line <= lines.length ? lines[line - 1] : "";
                int[] cps = text.codePoints().toArray();
                int b = lastEndColOn(line);
                while (b < cps.length && cps[b] != '\\') b++;
                yield new ParseException("SyntaxError", m, line, b + 2, line, 0, null);
            }
            default -> new ParseException(m, line, e.column());
        };
    }

    /**
     * The errors CPython's tokenizer reports through its state alone, with no exception set (E_DEDENT,
     * E_TABSPACE, E_TOODEEP, E_LINECONT): the parser raises them when it gets to them, and the scan of
     * the rest of the source after a syntax error passes over them.
     */
    static boolean raisedWhenReached(TokenizeException e) {
        return switch (e.getMessage()) {
            case "unindent does not match any outer indentation level", "inconsistent use of tabs and spaces in indentation",
                 "too many levels of indentation", "unexpected character after line continuation character" -> true;
            default -> false;
        };
    }

    /** The innermost bracket still open at end of file, or null. */
    Token innermostOpen() {
        return brackets.isEmpty() ? null : brackets.peek().token();
    }
}
