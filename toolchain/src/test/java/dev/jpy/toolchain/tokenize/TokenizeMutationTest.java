package dev.jpy.toolchain.tokenize;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.corpus.LocalPythons;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error paths and odd layouts: stdlib files cut and mutated (seeded, so the same every run) with
 * quotes, brackets, backslashes, f-string pieces, CRs and bad numbers; CPython 3.13 and jpy must
 * print the same (tokens or the error line) for every one.
 */
class TokenizeMutationTest {
    private static final int FILES = 2000;
    private static final String[] PIECES = {"\"", "'", "{", "}", "(", ")", "[", "]", "\\", "\n", "\t", " ", "#", "f", "r",
        "\r", "=", ":", "!", "0", "x", "_", ".", "e", "j", "\"\"\"", "'''", "f'", "f\"{", "\f", "\u00e9", "{{", "}}",
        "\\N{", "\r\n", "\u2028", "1_", "0o", "0b9", "1e", "$", "\\\n", "rf'{", "f'''{x:", "!r}", ":{", "\u20ac"};

    @TempDir Path tmp;

    @Test
    void mutatedStdlibFilesTokenizeLikeCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED tokenize mutation corpus: no CPython 3.13 found");
            return;
        }
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path lib = install.get().resolve("lib/python3.13");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(lib)) {
            walk.filter(p -> p.toString().endsWith(".py") && !lib.relativize(p).startsWith("site-packages"))
                    .sorted().forEach(files::add);
        }
        Random rnd = new Random(20261122);
        int made = 0;
        while (made < FILES) {
            String s = new String(Files.readAllBytes(files.get(rnd.nextInt(files.size()))), StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') >= 0 || s.indexOf('\0') >= 0) continue; // not UTF-8; NUL crashes 3.13.0's tokenize
            if (s.length() > 3000) {
                int a = rnd.nextInt(s.length() - 2000);
                s = s.substring(a, a + 2000);
                if (Character.isLowSurrogate(s.charAt(0))) s = s.substring(1);
                if (Character.isHighSurrogate(s.charAt(s.length() - 1))) s = s.substring(0, s.length() - 1);
            }
            int edits = 1 + rnd.nextInt(4);
            for (int i = 0; i < edits && !s.isEmpty(); i++) {
                int at = rnd.nextInt(s.length());
                if (Character.isLowSurrogate(s.charAt(at))) at--;
                switch (rnd.nextInt(5)) {
                    case 0 -> s = s.substring(0, at);
                    case 1 -> s = s.substring(0, at) + s.substring(at + Character.charCount(s.codePointAt(at)));
                    default -> s = s.substring(0, at) + PIECES[rnd.nextInt(PIECES.length)] + s.substring(at);
                }
            }
            Files.writeString(tmp.resolve(String.format("m%04d.py", made++)), s, StandardCharsets.UTF_8);
        }
        TokenizeStdlibTest.Comparison c = TokenizeStdlibTest.compareTree(python, tmp);
        System.out.println("tokenize mutated Lib files: " + c.identical + " of " + c.total + " identical ("
                + c.errorsInBoth + " of them are tokenizer errors in both)");
        c.printMismatches(python, tmp);
        assertEquals(FILES, c.total);
        assertEquals(List.of(), c.mismatches);
    }
}
