package dev.jpy.toolchain.tokenize;

import java.util.List;

/** What {@code python3.13 -m tokenize [-e] FILE} does with a file's bytes: its stdout, or its one error line. */
public final class Tokenize {
    private Tokenize() {}

    /** Either {@code output} (exit 0) or {@code error}, the stderr line without its newline (exit 1). */
    public record Outcome(String output, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Outcome run(byte[] source, String filename, boolean exact) {
        SourceDecoder.Decoded d;
        try {
            d = SourceDecoder.decode(source, filename);
        } catch (SourceDecoder.DecodeException e) {
            return new Outcome(null, filename + ": error: " + e.getMessage());
        }
        List<Token> tokens;
        try {
            tokens = Tokenizer.tokenize(d.text());
        } catch (TokenizeException e) {
            return new Outcome(null, filename + ":" + e.line() + ":" + e.column() + ": error: " + e.getMessage());
        }
        return new Outcome(TokenizeFormatter.format(d.encoding(), tokens, exact), null);
    }
}
