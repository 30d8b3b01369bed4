package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * Deep nesting ends in CPython's "Parser stack overflowed" error (a MemoryError there, a ParseException
 * here), never in a StackOverflowError, at the lengths CPython 3.13.0 accepts / rejects at statement level.
 */
class ParseDepthTest {
    private static void accepts(String src) {
        assertDoesNotThrow(() -> Parser.parseModule(src, "<unknown>"));
    }

    private static void tooComplex(String src) {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseModule(src, "<unknown>"));
        assertEquals("Parser stack overflowed - Python source too complex to parse", e.getMessage());
    }

    @Test
    void unaryMinus() {
        accepts("-".repeat(5968) + "1");
        tooComplex("-".repeat(5969) + "1");
    }

    @Test
    void not() {
        accepts("not ".repeat(5969) + "x");
        tooComplex("not ".repeat(5970) + "x");
    }

    @Test
    void lambda() {
        accepts("lambda: ".repeat(2984) + "1");
        tooComplex("lambda: ".repeat(2985) + "1");
    }

    @Test
    void conditional() {
        accepts("x if y else ".repeat(5969) + "z");
        tooComplex("x if y else ".repeat(5970) + "z");
    }

    @Test
    void tooManyParentheses() {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseModule("(".repeat(201) + ")".repeat(201), "<unknown>"));
        assertEquals("too many nested parentheses", e.getMessage());
    }

    @Test
    void astConstructionLimitOnlyForAstParse() {
        // python3.13 runs a file with 9999 terms ('a+'*9998 + 'a'); ast.parse of it fails converting the tree
        String src = "x = " + "a+".repeat(9998) + "a\n";
        assertDoesNotThrow(() -> Parser.parseModule(src, "<unknown>"));
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse(src, "<unknown>", "exec", false));
        assertEquals("RecursionError", e.pyClass());
        assertEquals("maximum recursion depth exceeded during ast construction", e.getMessage());
    }
}
