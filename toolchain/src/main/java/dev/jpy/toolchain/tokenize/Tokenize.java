package dev.jpy.toolchain.tokenize;

import java.util.List;

/** What {@code python3.13 -m tokenize [-e] FILE} does with a file's bytes: its stdout, or its one error line. */
public final class Tokenize {
    private Tokenize() {}

    /**
     * {@code output} (exit 0) or {@code error}, the stderr line without its newline (exit 1), or for
     * {@link #runText} both: the tokens printed before the error, then the error; {@code warnings} is what
     * CPython writes to stderr before that (SyntaxWarning lines), maybe empty.
     */
    public record Outcome(String output, String error, String warnings) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Outcome run(byte[] source, String filename, boolean exact) {
        SourceDecoder.Decoded d;
        try {
            d = SourceDecoder.decode(source, filename);
        } catch (SourceDecoder.DecodeException e) {
            return new Outcome(null, filename + ": error: " + e.getMessage(), "");
        }
        Tokenizer tokenizer = new Tokenizer(d.text());
        List<Token> tokens;
        try {
            tokens = tokenizer.all();
        } catch (TokenizeException e) {
            return new Outcome(null, filename + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage(),
                    warnings(tokenizer));
        }
        return new Outcome(TokenizeFormatter.format(d.encoding(), tokens, exact), null, warnings(tokenizer));
    }

    /**
     * What {@code python3.13 -m tokenize} does with no file: it reads standard input as text (line ends
     * kept as they are, no coding cookie, no ENCODING token) and prints each token as it comes, so the tokens
     * before an error are printed too.
     */
    public static Outcome runText(String text, String filename, boolean exact) {
        Tokenizer tokenizer = new Tokenizer(text);
        List<Token> tokens = new java.util.ArrayList<>();
        try {
            for (Token t; (t = tokenizer.next()) != null; ) tokens.add(t);
        } catch (TokenizeException e) {
            return new Outcome(TokenizeFormatter.format(null, tokens, exact),
                    filename + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage(), warnings(tokenizer));
        }
        return new Outcome(TokenizeFormatter.format(null, tokens, exact), null, warnings(tokenizer));
    }

    private static String warnings(Tokenizer t) {
        if (t.warnings().isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Tokenizer.Warning w : t.warnings()) {
            sb.append("<string>:").append(w.line()).append(": SyntaxWarning: ").append(w.message()).append('\n');
        }
        return sb.toString();
    }
}
