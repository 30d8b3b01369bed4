package dev.jpy.toolchain.tokenize;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Edge cases and errors: jpy's tokenize output (stdout, or the one stderr line, and the exit status)
 * equals what CPython 3.13 printed, recorded by {@code record_cases.py} into {@code cases/NAME.expected}.
 */
class TokenizeCasesTest {

    @Test
    void everyRecordedCaseMatchesCPython() throws Exception {
        Path dir = Path.of(TokenizeCasesTest.class.getResource("cases").toURI());
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(sources.size() >= 40, "cases found: " + sources.size());
        List<String> failures = new ArrayList<>();
        int errors = 0;
        for (Path src : sources) {
            String name = src.getFileName().toString().replace(".py", "");
            String want = Files.readString(dir.resolve(name + ".expected"), StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(src);
            StringBuilder got = new StringBuilder();
            for (boolean exact : new boolean[] {false, true}) {
                Tokenize.Outcome o = Tokenize.run(bytes, "cases/" + name + ".py", exact);
                got.append("== tokenize").append(exact ? " -e" : "").append(": exit ").append(o.ok() ? 0 : 1).append('\n');
                got.append(o.ok() ? o.output() : "").append(o.warnings()).append(o.ok() ? "" : o.error() + "\n");
                if (!o.ok() && !exact) errors++;
            }
            if (!want.contentEquals(got)) failures.add(name + ": " + TokenizeFixtureTest.firstDiff(want, got.toString()));
        }
        System.out.println("tokenize cases: " + (sources.size() - failures.size()) + " of " + sources.size()
                + " identical (" + errors + " expected errors)");
        assertEquals(List.of(), failures);
    }

    @Test
    void tokensCarryExactTypesAndPositions() {
        List<Token> t = Tokenizer.tokenize("é = f'{x!r}'\n");
        assertEquals(List.of(TokenType.NAME, TokenType.EQUAL, TokenType.FSTRING_START, TokenType.LBRACE, TokenType.NAME,
                TokenType.EXCLAMATION, TokenType.NAME, TokenType.RBRACE, TokenType.FSTRING_END, TokenType.NEWLINE,
                TokenType.ENDMARKER), t.stream().map(Token::type).toList());
        Token eq = t.get(1);
        assertEquals(TokenType.OP, eq.genericType());
        assertEquals(List.of(1, 2, 1, 3), List.of(eq.startLine(), eq.startCol(), eq.endLine(), eq.endCol()));
        assertEquals("é = f'{x!r}'\n", new Tokenizer("é = f'{x!r}'\n").lineText(1));
    }

    @Test
    void errorsCarryCPythonsLocation() {
        TokenizeException e = assertThrows(TokenizeException.class, () -> Tokenizer.tokenize("if x:\n    a\n  b\n"));
        assertEquals("unindent does not match any outer indentation level", e.getMessage());
        assertEquals(3, e.line());
        assertEquals(4, e.column());
    }
}
