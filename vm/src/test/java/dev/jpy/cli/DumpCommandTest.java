package dev.jpy.cli;

import static dev.jpy.cli.Cli.fixtures;
import static dev.jpy.cli.Cli.jpy;
import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy dump} end to end through the command line: output, exit status, one-line errors. */
class DumpCommandTest {
    @TempDir Path tmp;


    private Path file(String name, String hex) throws Exception {
        Path p = tmp.resolve(name);
        Files.write(p, HexFormat.of().parseHex(hex.replace(" ", "")));
        return p;
    }

    /** Exit 1 and exactly one line naming the file, the offset where given, and the problem. */
    private static void assertOneLineError(Cli.Result r, Path file, String... parts) {
        assertEquals(ExitCode.FAILURE, r.code(), r.err());
        assertEquals("", r.out());
        String[] lines = r.err().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("jpy: " + file), lines[0]);
        for (String p : parts) assertTrue(lines[0].contains(p), lines[0] + " lacks " + p);
    }

    @Test
    void disMatchesCPythonGolden() throws Exception {
        Path dir = fixtures().resolve("golden/functions");
        Cli.Result r = jpy("dump", "--dis", dir.resolve("functions.cpython-313.pyc").toString());
        assertEquals(0, r.code(), r.err());
        String gold = Files.readString(dir.resolve("dis.txt"));
        assertEquals(gold.replaceAll(" at 0x[0-9a-f]+", " at 0x?"), r.out().replaceAll(" at 0x[0-9a-f]+", " at 0x?"));
        Cli.Result co = jpy("dump", "--dis", "-C", "-O", dir.resolve("functions.cpython-313.pyc").toString());
        assertEquals(Files.readString(dir.resolve("dis-CO.txt")).replaceAll(" at 0x[0-9a-f]+", ""), co.out().replaceAll(" at 0x[0-9a-f]+", ""));
    }

    @Test
    void fullDumpShowsHeaderFieldsTablesAndDisassembly() {
        Cli.Result r = jpy("dump", fixtures().resolve("legacy/hello.3.13.pyc").toString());
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"Magic:             3571 (f3 0d 0d 0a), Python 3.13", "Flags:             0x00000003 (checked-hash)",
                "Source hash:", "Code object <module> (\"hello.py\", line 1)", "Code object greet (\"hello.py\", line 5)",
                "Positional-only:", "Constants:", "Location table (", "Locals (name, kind):", "0: name (local)", "Disassembly:",
                "LOAD_GLOBAL", "RETURN_VALUE"}) {
            assertTrue(r.out().contains(s), "missing " + s + "\n" + r.out());
        }
    }

    @Test
    void jsonHasTheSameContent() {
        Cli.Result r = jpy("dump", "--json", fixtures().resolve("legacy/hello.3.13.pyc").toString());
        assertEquals(0, r.code(), r.err());
        JsonObject j = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(3571, j.getAsJsonObject("header").get("magic").getAsInt());
        assertEquals("checked-hash", j.getAsJsonObject("header").get("invalidation").getAsString());
        JsonObject code = j.getAsJsonObject("code");
        assertEquals("<module>", code.get("name").getAsString());
        assertTrue(code.getAsJsonArray("instructions").size() > 10);
        assertEquals("RESUME", code.getAsJsonArray("instructions").get(0).getAsJsonObject().get("opname").getAsString());
        assertTrue(code.getAsJsonArray("consts").asList().stream().anyMatch(c -> c.getAsJsonObject().get("type").getAsString().equals("code")));
    }

    @Test
    void olderVersionsShowFieldsAndRawInstructions() {
        for (String v : new String[] {"2.7", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11", "3.12"}) {
            Cli.Result r = jpy("dump", fixtures().resolve("legacy/hello." + v + ".pyc").toString());
            assertEquals(0, r.code(), v + ": " + r.err());
            assertTrue(r.out().contains("Python " + v + "\n"), v);
            assertTrue(r.out().contains("Raw instructions (Python " + v + " opcode numbers)"), v);
            assertTrue(r.out().contains("Code object greet"), v);
            Cli.Result dis = jpy("dump", "--dis", fixtures().resolve("legacy/hello." + v + ".pyc").toString());
            assertEquals(ExitCode.FAILURE, dis.code());
            assertTrue(dis.err().contains("disassembly of Python " + v + " code is not supported yet"), dis.err());
            assertEquals(0, jpy("dump", "--json", fixtures().resolve("legacy/hello." + v + ".pyc").toString()).code(), v);
        }
    }

    @Test
    void badInputGetsOneLineErrors() throws Exception {
        Path missing = tmp.resolve("missing.pyc");
        assertOneLineError(jpy("dump", missing.toString()), missing, "No such file or directory");
        assertOneLineError(jpy("dump", tmp.toString()), tmp, "Is a directory");
        Path empty = file("empty.pyc", "");
        assertOneLineError(jpy("dump", empty.toString()), empty, "at byte 0", "too short");
        Path text = tmp.resolve("text.pyc");
        Files.writeString(text, "print('hello')\n");
        assertOneLineError(jpy("dump", text.toString()), text, "at byte 2", "not a .pyc file");
        Path unknown = file("unknown.pyc", "2b0e0d0a 00000000 00000000 00000000 e3");
        assertOneLineError(jpy("dump", unknown.toString()), unknown, "at byte 0", "unknown magic number 3627", "Python 3.14");
        Path truncated = file("truncated.pyc", "f30d0d0a 0000");
        assertOneLineError(jpy("dump", truncated.toString()), truncated, "truncated header");
        Path flags = file("flags.pyc", "f30d0d0a 08000000 00000000 00000000 4e");
        assertOneLineError(jpy("dump", flags.toString()), flags, "at byte 4", "invalid flags");
        Path noBody = file("nobody.pyc", "f30d0d0a 00000000 00000000 00000000");
        assertOneLineError(jpy("dump", noBody.toString()), noBody, "at byte 16", "no code object");
        Path crafted = file("crafted.pyc", "f30d0d0a 00000000 00000000 00000000 a8 02000000 4e 3c 01000000 72 00000000");
        assertOneLineError(jpy("dump", crafted.toString()), crafted, "at byte 27", "still being read");
        Path absurd = file("absurd.pyc", "f30d0d0a 00000000 00000000 00000000 28 ffffff7f 4e");
        assertOneLineError(jpy("dump", absurd.toString()), absurd, "at byte 21", "2147483647 items");
        Path unknownType = file("type.pyc", "f30d0d0a 00000000 00000000 00000000 29 01 01");
        assertOneLineError(jpy("dump", unknownType.toString()), unknownType, "at byte 18", "unknown type code 0x01");
        byte[] deep = new byte[16 + 2 * 5000 + 1];
        System.arraycopy(HexFormat.of().parseHex("f30d0d0a000000000000000000000000"), 0, deep, 0, 16);
        for (int i = 0; i < 5000; i++) {
            deep[16 + 2 * i] = ')';
            deep[17 + 2 * i] = 1;
        }
        deep[deep.length - 1] = 'N';
        Path deepFile = tmp.resolve("deep.pyc");
        Files.write(deepFile, deep);
        assertOneLineError(jpy("dump", deepFile.toString()), deepFile, "at byte 4016", "nesting deeper than 2000 levels");
    }

    @Test
    void aValidHeaderOnAMalformedLineTableIsAnErrorNotACrash() throws Exception {
        // a 3.13 module code object whose line table is one byte without the entry-start bit
        String code = "e3" + "00000000".repeat(5) + "73 02000000 9500" + "29 00" + "29 00" + "29 00" + "73 00000000"
                + "7a 01 78" + "7a 01 6d" + "7a 01 6d" + "01000000" + "73 01000000 01" + "73 00000000";
        Path bad = file("badlines.pyc", "f30d0d0a 00000000 00000000 00000000" + code);
        assertOneLineError(jpy("dump", bad.toString()), bad, "location entry");
        assertOneLineError(jpy("dump", "--dis", bad.toString()), bad, "location entry");
    }

    @Test
    void usageErrors() {
        Cli.Result r = jpy("dump");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("jpy: Missing required parameter"), r.err());
        assertEquals(ExitCode.USAGE, jpy("dump", "--nope", "x.pyc").code());
        assertEquals(ExitCode.USAGE, jpy("dump", "--dis", "--json", fixtures().resolve("legacy/hello.3.13.pyc").toString()).code());
        assertEquals(ExitCode.USAGE, jpy("frobnicate").code());
        assertEquals(0, jpy("--help").code());
    }
}
