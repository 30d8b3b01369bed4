package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Compiler#compile(String, String, String, int)} in the 'single' (interactive) and 'eval' modes
 * against CPython 3.13's {@code compile(src, 'x', mode)}, recorded by record_compile_modes.py into
 * compile_modes.txt: every code object field by field, or the syntax error's class, message and range.
 */
class CompileModesTest {
    private record Case(String mode, String source, String expected) { }

    @Test
    void singleAndEvalModesCompileLikeCPython() throws Exception {
        List<Case> cases = cases();
        int same = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String problem = check(c);
            if (problem == null) same++;
            else failures.add("[" + c.mode() + "] " + c.source().replace("\n", "\\n") + ": " + problem);
        }
        System.out.println("compile modes: " + same + " of " + cases.size() + " cases identical");
        failures.forEach(f -> System.out.println("  " + f));
        assertTrue(cases.size() > 100, "too few recorded cases: " + cases.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void badModesGiveCPythonsValueErrorMessages() {
        assertEquals("compile() mode must be 'exec', 'eval' or 'single'",
                assertThrows(IllegalArgumentException.class, () -> Compiler.compile("1", "x", "bogus", 0)).getMessage());
        assertEquals("compile() mode 'func_type' requires flag PyCF_ONLY_AST",
                assertThrows(IllegalArgumentException.class, () -> Compiler.compile("() -> int", "x", "func_type", 0)).getMessage());
    }

    private static String check(Case c) {
        PyCode got;
        try {
            got = Compiler.compile(c.source(), "x", c.mode(), 0);
        } catch (PySyntaxError e) {
            String err = "ERROR " + e.pyClass() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|"
                    + e.endLineno() + "|" + e.endOffset();
            return err.equals(c.expected()) ? null : "expected " + c.expected() + ", got " + err;
        } catch (RuntimeException e) {
            return "expected " + brief(c.expected()) + ", got " + e;
        }
        if (c.expected().startsWith("ERROR ")) return "expected " + c.expected() + ", got a code object";
        PyCode want = (PyCode) MarshalReader.read(HexFormat.of().parseHex(c.expected()), 0, MarshalDialect.PY311);
        return CompileFixtureTest.diff(want, got, "<module>", new int[2]);
    }

    private static String brief(String expected) {
        return expected.startsWith("ERROR ") ? expected : "a code object";
    }

    private static List<Case> cases() throws Exception {
        String text;
        try (InputStream in = CompileModesTest.class.getResourceAsStream("compile_modes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("#case ")) continue;
            String[] head = lines[i].split(" ", -1);
            String src = new String(Base64.getDecoder().decode(head[2]), StandardCharsets.UTF_8);
            out.add(new Case(head[1], src, lines[i + 1]));
            if (!lines[i + 2].equals("#end")) throw new IllegalStateException("malformed case at line " + (i + 1));
        }
        return out;
    }
}
