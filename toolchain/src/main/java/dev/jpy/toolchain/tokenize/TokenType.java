package dev.jpy.toolchain.tokenize;

import java.util.HashMap;
import java.util.Map;

/** The token types of CPython 3.13's {@code token} module, in its order, including the exact operator types. */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"),
    STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"),
    LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
    CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="),
    STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="), EXCLAMATION("!"),
    OP, TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, COMMENT, NL,
    ERRORTOKEN, ENCODING;

    /** The operator text of an exact operator type, else null. */
    public final String text;

    TokenType() {
        this(null);
    }

    TokenType(String text) {
        this.text = text;
    }

    private static final Map<String, TokenType> EXACT = new HashMap<>();

    static {
        for (TokenType t : values()) if (t.text != null) EXACT.put(t.text, t);
    }

    /** True for LPAR..EXCLAMATION: the types that {@code tokenize} reports as OP. */
    public boolean isOperator() {
        return text != null;
    }

    /** The exact type of an operator's text (like {@code token.EXACT_TOKEN_TYPES}), or null if none. */
    public static TokenType exact(String op) {
        return EXACT.get(op);
    }
}
