package dev.jpy.toolchain.tokenize;

/**
 * One token. {@code type} is the exact type (operators are LPAR, PLUS, ...; an unknown operator
 * character is OP). Lines are 1-based, columns 0-based in code points, as in CPython's tokenize;
 * {@code start}/{@code end} are code-point offsets into {@link Tokenizer#source()}.
 */
public record Token(TokenType type, String string, int startLine, int startCol, int endLine, int endCol,
        int start, int end) {

    /** The type {@code tokenize.TokenInfo.type} reports: OP for every operator. */
    public TokenType genericType() {
        return type.isOperator() ? TokenType.OP : type;
    }
}
