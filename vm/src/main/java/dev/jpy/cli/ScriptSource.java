package dev.jpy.cli;

import dev.jpy.toolchain.tokenize.SourceDecoder;
import dev.jpy.toolchain.tokenize.Utf8Errors;
import java.nio.charset.StandardCharsets;

/**
 * The main script's bytes to text as {@code python3.13 FILE} reads them (its file tokenizer, whose messages differ
 * from {@code compile()}'s): an undeclared file is checked line by line for UTF-8 ("Non-UTF-8 code starting with
 * ..."), a declared encoding that is unknown or does not decode the file is an "encoding problem", and a null
 * byte stops at its line. What reads is then decoded as {@code compile()} does, so errors inside tokens (a bad
 * byte in a string under a UTF-8 BOM or cookie) come from the parser as in CPython.
 */
final class ScriptSource {
    private ScriptSource() {}

    /** What CPython prints on stderr for a source it cannot read; exit status 1. */
    static final class Unreadable extends Exception {
        final String printed;

        Unreadable(String printed) {
            super(printed);
            this.printed = printed;
        }
    }

    /** The text of script {@code path} (absolute, as CPython names it in messages). */
    static String decode(byte[] b, String path) throws Unreadable {
        boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        String enc = SourceDecoder.declaredEncoding(b);
        if (bom && enc != null && !enc.equals("utf-8")) throw new Unreadable("SyntaxError: encoding problem: " + enc + " with BOM\n");
        if (enc != null && !enc.equals("utf-8")) {
            String text;
            try {
                text = SourceDecoder.decode(b, path).text();
            } catch (SourceDecoder.DecodeException e) {
                throw new Unreadable("SyntaxError: encoding problem: " + enc + "\n");
            }
            if (!asciiCompatible(b, text)) throw new Unreadable("SyntaxError: encoding problem: " + enc + "\n");
            checkNulls(text.getBytes(StandardCharsets.UTF_8), path);
            return text;
        }
        boolean checkUtf8 = !bom && enc == null;
        int line = 1;
        for (int i = bom ? 3 : 0; i < b.length; ) {
            int end = i;
            while (end < b.length && b[end] != '\n') end++;
            for (int j = i; j < end; ) {
                int n = Utf8Errors.validLength(b, j);
                if (n == 0 && checkUtf8) {
                    throw new Unreadable(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                            + "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", b[j] & 0xff, path, line));
                }
                if (b[j] == 0) throw nullByte(b, i, j, path, line);
                j += Math.max(n, 1);
            }
            i = end + 1;
            line++;
        }
        return SourceDecoder.decodeForCompile(b, path).text();
    }

    /** A file whose declared codec is not ASCII-compatible (UTF-16, UTF-32) cannot even hold its own cookie. */
    private static boolean asciiCompatible(byte[] b, String text) {
        int n = 0;
        while (n < b.length && n < 16 && b[n] != '\n' && (b[n] & 0x80) == 0) n++;
        return text.startsWith(new String(b, 0, n, StandardCharsets.ISO_8859_1));
    }

    private static void checkNulls(byte[] b, String path) throws Unreadable {
        int line = 1, start = 0;
        for (int j = 0; j < b.length; j++) {
            if (b[j] == 0) throw nullByte(b, start, j, path, line);
            if (b[j] == '\n') {
                line++;
                start = j + 1;
            }
        }
    }

    /** CPython's report of a null byte: the line up to it, without its indentation, and no caret. */
    private static Unreadable nullByte(byte[] b, int lineStart, int at, String path, int line) {
        String text = new String(b, lineStart, at - lineStart, StandardCharsets.UTF_8).stripLeading();
        return new Unreadable("  File \"" + path + "\", line " + line + "\n    " + text + "\nSyntaxError: source code cannot contain null bytes\n");
    }
}
