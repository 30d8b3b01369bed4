package dev.jpy.toolchain.tokenize;

import java.util.List;

/** What {@code python3.13 -m tokenize [-e] FILE} does with a file's bytes: its stdout, or its one error line. */
public final class Tokenize {
    private Tokenize() {}

    /**
     * Either {@code output} (exit 0) or {@code error}, the stderr line without its newline (exit 1);
     * {@code warnings} is what CPython writes to stderr before that (SyntaxWarning lines), maybe empty.
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

    private static String warnings(Tokenizer t) {
        if (t.warnings().isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Tokenizer.Warning w : t.warnings()) {
            sb.append("<string>:").append(w.line()).append(": SyntaxWarning: ").append(w.message()).append('\n');
        }
        return sb.toString();
    }
}
