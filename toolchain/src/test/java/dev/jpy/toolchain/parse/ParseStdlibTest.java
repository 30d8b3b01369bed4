package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.toolchain.ast.AstDump;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of CPython 3.13's Lib (site-packages excluded): one CPython process prints the sha256
 * of {@code ast.dump(ast.parse(src), include_attributes=True, indent=1)} per file ("ERROR" if CPython
 * rejects it); jpy parses the same bytes and must produce the same hash (or a ParseException).
 * Skipped when no CPython 3.13 is installed.
 */
class ParseStdlibTest {
    /** Lower bound on identical files; see the printed count for the current number. */
    private static final double MIN_IDENTICAL_FRACTION = 1.0; // measured with 3.13.0: 1726 of 1726 (4 rejected by both)

    @Test
    void stdlibParsesLikeCPython() throws Exception {
        compareWithCPython(false);
    }

    /** The same with {@code type_comments=True}, as {@code python3.13 -m ast} (and so {@code jpy ast}) parses. */
    @Test
    void stdlibParsesLikeCPythonWithTypeComments() throws Exception {
        compareWithCPython(true);
    }

    private void compareWithCPython(boolean typeComments) throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED parse stdlib corpus: no CPython 3.13 found");
            return;
        }
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path lib = install.get().resolve("lib/python3.13");
        Path script = Path.of(ParseStdlibTest.class.getResource("ast_hashes.py").toURI());
        Process proc = new ProcessBuilder(python.toString(), script.toString(), lib.toString(),
                typeComments ? "type_comments" : "plain")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int total = 0, identical = 0, errorsInBoth = 0;
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                total++;
                String got;
                try {
                    byte[] raw = Files.readAllBytes(lib.resolve(f[0]));
                    String src = SourceDecoder.decode(raw, f[0]).text();
                    got = sha(AstDump.dump(Parser.parseModule(src, f[0], typeComments), true, 1));
                } catch (ParseException | SourceDecoder.DecodeException e) {
                    got = "ERROR";
                } catch (RuntimeException | StackOverflowError e) {
                    got = "CRASH " + e;
                }
                if (got.equals(f[1])) {
                    identical++;
                    if (got.equals("ERROR")) errorsInBoth++;
                } else {
                    mismatches.add(f[0] + (got.startsWith("CRASH") || got.equals("ERROR") ? " (" + got + ")" : ""));
                }
            }
        }
        assertEquals(0, proc.waitFor(), "hash script failed");
        System.out.println("parse Python 3.13 Lib" + (typeComments ? " (type_comments=True)" : "") + ": " + identical + " of " + total + " files identical ("
                + errorsInBoth + " rejected by both)");
        for (String m : mismatches.subList(0, Math.min(20, mismatches.size()))) System.out.println("  MISMATCH " + m);
        assertTrue(total > 1000, "expected the whole Lib, got " + total + " files");
        assertTrue(identical >= MIN_IDENTICAL_FRACTION * total, identical + " of " + total + " identical");
    }

    /** Exploration aid: {@code -Djpy.parse.file=PATH} prints the first difference from CPython for one file. */
    @Test
    void oneFileFromSystemProperty() throws Exception {
        String file = System.getProperty("jpy.parse.file");
        Optional<Path> install = LocalPythons.install(3, 13);
        if (file == null || install.isEmpty()) return;
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Process p = new ProcessBuilder(python.toString(), "-c",
                "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True, indent=1))", file)
                .redirectErrorStream(true).start();
        String want = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        p.waitFor();
        String got;
        try {
            String src = SourceDecoder.decode(Files.readAllBytes(Path.of(file)), file).text();
            got = AstDump.dump(Parser.parseModule(src, file), true, 1);
        } catch (ParseException e) {
            got = "EXCEPTION " + e;
        }
        System.out.println("DIFF " + file + ": " + ParseGoldenTest.firstDiff(want, got));
    }

    private static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
