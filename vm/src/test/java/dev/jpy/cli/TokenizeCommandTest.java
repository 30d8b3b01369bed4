package dev.jpy.cli;

import static dev.jpy.cli.Cli.fixtures;
import static dev.jpy.cli.Cli.jpy;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy tokenize} end to end: CPython's recorded output, and its one-line errors with exit 1. */
class TokenizeCommandTest {
    @TempDir Path tmp;


    @Test
    void outputEqualsCPythonGolden() throws Exception {
        for (String name : new String[] {"fstrings", "latin1"}) {
            Path src = fixtures().resolve("src/" + name + ".py");
            Cli.Result r = jpy("tokenize", src.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/tokens.txt")), r.out());
            Cli.Result e = jpy("tokenize", "-e", src.toString());
            assertEquals(0, e.code(), e.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/tokens-e.txt")), e.out());
            assertEquals(e.out(), jpy("tokenize", "--exact", src.toString()).out());
        }
    }

    @Test
    void missingFileIsOneLineAndExit1() {
        Path missing = tmp.resolve("nope.py");
        Cli.Result r = jpy("tokenize", missing.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("", r.out());
        assertEquals("jpy: " + missing + ": No such file or directory\n", r.err());
    }

    @Test
    void tokenizerErrorIsCPythonsLineAndExit1() throws Exception {
        Path bad = tmp.resolve("bad.py");
        Files.writeString(bad, "x = 1\ns = 'abc\n");
        Cli.Result r = jpy("tokenize", bad.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("", r.out());
        assertEquals(bad + ":2:5: error: unterminated string literal (detected at line 2)\n", r.err());

        Files.writeString(bad, "if x:\n    a\n  b\n");
        Cli.Result d = jpy("tokenize", "-e", bad.toString());
        assertEquals(ExitCode.FAILURE, d.code());
        assertEquals(bad + ":3:4: error: unindent does not match any outer indentation level\n", d.err());
    }

    @Test
    void noFileReadsStandardInput() {
        Cli.Result r = Cli.jpyWithStdin("x\n", "tokenize");
        assertEquals(ExitCode.OK, r.code(), r.err());
        // python3.13 -m tokenize < x.py: no ENCODING line
        assertEquals("""
                1,0-1,1:            NAME           'x'           \s
                1,1-1,2:            NEWLINE        '\\n'          \s
                2,0-2,0:            ENDMARKER      ''            \s
                """, r.out());
    }
}
