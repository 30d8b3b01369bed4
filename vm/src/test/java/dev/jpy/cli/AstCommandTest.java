package dev.jpy.cli;

import static dev.jpy.cli.Cli.fixtures;
import static dev.jpy.cli.Cli.jpy;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy ast} end to end against what {@code python3.13 -m ast} printed for the fixtures. */
class AstCommandTest {
    @TempDir Path tmp;

    @Test
    void everyFixtureMatchesPythonDashMAst() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.list(fixtures().resolve("src"))) {
            sources = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(sources.size() >= 20);
        for (Path src : sources) {
            String name = src.getFileName().toString().replace(".py", "");
            Cli.Result r = jpy("ast", src.toString());
            assertEquals(0, r.code(), name + ": " + r.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/ast.txt")), r.out(), name);
            Cli.Result a = jpy("ast", "-a", "-i", "1", src.toString());
            assertEquals(0, a.code(), name + ": " + a.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/ast-attrs.txt")).stripTrailing(),
                    a.out().stripTrailing(), name + " -a -i 1");
        }
    }

    @Test
    void evalModeAndNoIndent() throws Exception {
        Path f = tmp.resolve("e.py");
        Files.writeString(f, "a + 1\n");
        Cli.Result r = jpy("ast", "-m", "eval", "-i", "0", f.toString());
        assertEquals(0, r.code(), r.err());
        // python3.13 -m ast -m eval -i 0 e.py
        assertEquals("Expression(\nbody=BinOp(\nleft=Name(id='a', ctx=Load()),\nop=Add(),\nright=Constant(value=1)))\n", r.out());
    }

    @Test
    void syntaxErrorsArePrintedAsCPythonPrintsThem() throws Exception {
        Path f = tmp.resolve("bad.py");
        Files.writeString(f, "def f(x):\n    return x +\n");
        Cli.Result r = jpy("ast", f.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("", r.out());
        // python3.13 -m ast bad.py, after its traceback frames
        assertEquals("  File \"" + f + "\", line 2\n    return x +\n              ^\nSyntaxError: invalid syntax\n", r.err());
        for (String mode : new String[] {"exec", "single", "eval", "func_type"}) {
            Cli.Result m = jpy("ast", "-m", mode, f.toString());
            assertEquals(ExitCode.FAILURE, m.code(), mode);
            assertTrue(m.err().startsWith("  File \"" + f + "\", line "), m.err());
            assertTrue(m.err().endsWith("\nSyntaxError: invalid syntax\n"), m.err());
        }
    }

    @Test
    void badModeAndMissingFileAreOneLine() {
        Cli.Result r = jpy("ast", "-m", "nope", "x.py");
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("jpy: ast: argument -m/--mode: invalid choice: 'nope' (choose from 'exec', 'single', 'eval', 'func_type')\n",
                r.err());
        Cli.Result m = jpy("ast", tmp.resolve("missing.py").toString());
        assertEquals(ExitCode.FAILURE, m.code());
        assertEquals("jpy: " + tmp.resolve("missing.py") + ": No such file or directory\n", m.err());
    }

    @Test
    void typeCommentsAreKeptUnlessTurnedOff() throws Exception {
        Path f = tmp.resolve("t.py");
        Files.writeString(f, "x = []  # type: List[int]\n");
        assertTrue(jpy("ast", f.toString()).out().contains("type_comment='List[int]'"));
        assertFalse(jpy("ast", "--no-type-comments", f.toString()).out().contains("type_comment"));
    }
}
