package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * A bad escape in an f-string's literal part is reported at the FSTRING_END of that f-string; the expected
 * values are CPython 3.13.0's {@code compile(SOURCE, 'f', 'exec')} (e.msg, e.lineno, e.offset, e.end_lineno,
 * e.end_offset).
 */
class FStringMiddleErrorTest {
    private static final String NAME = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";

    private static String error(String src) {
        try {
            Parser.parse(src, "f", "exec", false);
            return "ok";
        } catch (ParseException e) {
            return e.getMessage() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " " + e.endOffset();
        }
    }

    @Test
    void errorIsAtTheClosingQuote() {
        assertEquals(NAME + "0-7: unknown Unicode character name 1 18 1 19", error("x = f'\\N{NOPE}{x}'"));
        assertEquals(NAME + "2-9: unknown Unicode character name 1 25 1 26", error("x = f'ab\\N{NOPE}cd {x} y'"));
        assertEquals(NAME + "0-7: unknown Unicode character name 1 15 1 16", error("x = f'\\N{NOPE}' f'{y}'"));
        assertEquals(NAME + "1-8: unknown Unicode character name 3 4 3 7", error("x = f'''\n\\N{NOPE}\n{x}'''"));
        assertEquals(NAME + "1-3: truncated \\xXX escape 1 14 1 15", error("x = f'a\\x1{x}'"));
        assertEquals(NAME + "1-8: unknown Unicode character name 1 17 1 18", error("x = (f'a\\N{NOPE}' + 1)"));
    }

    @Test
    void lambdaAndYieldFromInReplacementFields() {
        String lambda = "f-string: lambda expressions are not allowed without parentheses";
        assertEquals(lambda + " 1 4 1 11", error("f'{lambda: 1}'"));
        assertEquals(lambda + " 1 4 1 17", error("f'{lambda x, *y: 1!r}'"));
        assertEquals(lambda + " 1 7 1 16", error("f'{x:{lambda x: 1}}'"));
        assertEquals("invalid syntax 1 19 1 20", error("x = lambda x: {y} 1"));
        String expecting = "f-string: expecting '=', or '!', or ':', or '}'";
        assertEquals(expecting + " 1 10 1 14", error("f'{yield from}'"));
        assertEquals(expecting + " 1 19 1 23", error("def f(): f'{yield from}'"));
        assertEquals("invalid syntax. Perhaps you forgot a comma? 1 15 1 18", error("f'{yield from x y}'"));
    }
}
