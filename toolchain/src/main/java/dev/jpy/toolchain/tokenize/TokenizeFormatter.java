package dev.jpy.toolchain.tokenize;

import java.util.List;

/** Prints tokens exactly as {@code python3.13 -m tokenize [-e]} does. */
public final class TokenizeFormatter {
    private TokenizeFormatter() {}

    /** The whole output for a decoded source: the ENCODING line (none if {@code encoding} is null), then every token. */
    public static String format(String encoding, List<Token> tokens, boolean exact) {
        StringBuilder sb = new StringBuilder(tokens.size() * 48);
        if (encoding != null) line(sb, 0, 0, 0, 0, "ENCODING", encoding);
        for (Token t : tokens) {
            TokenType type = t.genericType();
            if (exact && type == TokenType.OP) {
                // tokenize's exact_type looks the string up, so '\r)' (a lone CR before ')') stays OP
                TokenType e = TokenType.exact(t.string());
                if (e != null) type = e;
            }
            line(sb, t.startLine(), t.startCol(), t.endLine(), t.endCol(), type.name(), t.string());
        }
        return sb.toString();
    }

    /** One line: {@code "%-20s%-15s%-15r\n"} of the range, the type name and the token string. */
    public static void line(StringBuilder sb, int sl, int sc, int el, int ec, String type, String string) {
        int mark = sb.length();
        sb.append(sl).append(',').append(sc).append('-').append(el).append(',').append(ec).append(':');
        pad(sb, mark, 20);
        mark = sb.length();
        sb.append(type);
        pad(sb, mark, 15);
        mark = sb.length();
        repr(sb, string);
        padCodePoints(sb, mark, 15);
        sb.append('\n');
    }

    private static void pad(StringBuilder sb, int mark, int width) {
        while (sb.length() - mark < width) sb.append(' ');
    }

    private static void padCodePoints(StringBuilder sb, int mark, int width) {
        int len = sb.codePointCount(mark, sb.length());
        for (; len < width; len++) sb.append(' ');
    }

    /** Python's repr() of a str. */
    public static void repr(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || Tokenizer.isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        sb.append(quote);
    }
}
