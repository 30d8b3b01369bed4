package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy tokenize} end to end: CPython's recorded output, and one-line errors with exit 1. */
class TokenizeCommandTest {
    @TempDir Path tmp;

    record Result(int code, String out, String err) {}

    static Result jpy(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static Path fixtures() {
        return Path.of(System.getProperty("jpy.fixtures", "../fixtures"));
    }

    @Test
    void outputEqualsCPythonGolden() throws Exception {
        for (String name : new String[] {"fstrings", "latin1"}) {
            Path src = fixtures().resolve("src/" + name + ".py");
            Result r = jpy("tokenize", src.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/tokens.txt")), r.out());
            Result e = jpy("tokenize", "-e", src.toString());
            assertEquals(0, e.code(), e.err());
            assertEquals(Files.readString(fixtures().resolve("golden/" + name + "/tokens-e.txt")), e.out());
            assertEquals(e.out(), jpy("tokenize", "--exact", src.toString()).out());
        }
    }

    @Test
    void missingFileIsOneLineAndExit1() {
        Path missing = tmp.resolve("nope.py");
        Result r = jpy("tokenize", missing.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("", r.out());
        assertEquals("jpy: " + missing + ": No such file or directory\n", r.err());
    }

    @Test
    void tokenizerErrorIsCPythonsLineAndExit1() throws Exception {
        Path bad = tmp.resolve("bad.py");
        Files.writeString(bad, "x = 1\ns = 'abc\n");
        Result r = jpy("tokenize", bad.toString());
        assertEquals(ExitCode.FAILURE, r.code());
        assertEquals("", r.out());
        assertEquals("jpy: " + bad + ":2:5: error: unterminated string literal (detected at line 2)\n", r.err());

        Files.writeString(bad, "if x:\n    a\n  b\n");
        Result d = jpy("tokenize", "-e", bad.toString());
        assertEquals(ExitCode.FAILURE, d.code());
        assertEquals("jpy: " + bad + ":3:4: error: unindent does not match any outer indentation level\n", d.err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        Result r = jpy("tokenize");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("jpy: Missing required parameter"), r.err());
    }
}
