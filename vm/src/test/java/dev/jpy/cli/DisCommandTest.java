package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpy dis}: the recorded {@code python3.13 -m dis} listings of fixtures jpy already compiles right. */
class DisCommandTest {
    @TempDir Path tmp;

    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", "");
    }

    @ParameterizedTest
    @CsvSource({"fstrings,dis.txt,", "fstrings,dis-C.txt,-C", "fstrings,dis-O.txt,-O", "strings_methods,dis-CO.txt,-C -O",
            "docstring_only,dis.txt,"})
    void sameListingAsCPython(String name, String golden, String flags) throws IOException {
        // the listings name the file as fixtures/record.py compiled it: src/NAME.py, relative to fixtures/
        Path src = Cli.fixtures().resolve("src").resolve(name + ".py");
        Path local = Files.createDirectories(tmp.resolve("src")).resolve(name + ".py");
        Files.copy(src, local);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("dis"));
        if (flags != null) args.addAll(java.util.List.of(flags.split(" ")));
        args.add("src/" + name + ".py");
        Cli.Result r = Cli.jpy(args.stream().map(a -> a.startsWith("src/") ? tmp.resolve(a).toString() : a).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String want = Files.readString(Cli.fixtures().resolve("golden").resolve(name).resolve(golden), StandardCharsets.UTF_8);
        assertEquals(noAddresses(want), noAddresses(r.out()).replace(tmp.resolve("src") + "/", "src/"));
    }

    @Test
    void syntaxErrorIsPrintedAsCPythonPrintsIt() throws IOException {
        Path bad = tmp.resolve("bad.py");
        Files.writeString(bad, "x = 1\nreturn x\n");
        Cli.Result r = Cli.jpy("dis", bad.toString());
        assertEquals(1, r.code());
        assertEquals("  File \"" + bad + "\", line 2\n    return x\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n", r.err());
    }
}
