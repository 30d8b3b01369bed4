package dev.jpy.toolchain.tokenize;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.corpus.LocalPythons;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of CPython 3.13's Lib (site-packages excluded): one CPython process prints the sha256
 * of {@code python -m tokenize} and {@code -e} output per file (errors included, as the CLI prints
 * them); jpy computes the same and the counts of identical files are printed and checked.
 */
class TokenizeStdlibTest {
    /** Measured with 3.13.0: every file of Lib (1726, 3 of them encoding errors) is identical. */
    private static final double MIN_IDENTICAL_FRACTION = 1.0;

    @Test
    void stdlibTokenizesLikeCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED tokenize stdlib corpus: no CPython 3.13 found");
            return;
        }
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path lib = install.get().resolve("lib/python3.13");
        Comparison c = compareTree(python, lib);
        System.out.println("tokenize Python 3.13 Lib: " + c.identical + " of " + c.total + " files identical ("
                + c.errorsInBoth + " of them are tokenizer errors in both)");
        c.printMismatches(python, lib);
        assertTrue(c.total > 1000, "expected the whole Lib, got " + c.total + " files");
        assertEquals(List.of(), c.cpythonCrashes, "CPython crashed on Lib files");
        assertTrue(c.identical >= MIN_IDENTICAL_FRACTION * c.total,
                c.identical + " of " + c.total + " identical; first mismatches: " + c.firstMismatches());
    }

    /**
     * Exploration aid: {@code -Djpy.tokenize.corpus=DIR} compares every .py under DIR the same way
     * (prints the count; asserts nothing about it).
     */
    @Test
    void extraCorpusFromSystemProperty() throws Exception {
        String dir = System.getProperty("jpy.tokenize.corpus");
        Optional<Path> install = LocalPythons.install(3, 13);
        if (dir == null || install.isEmpty()) {
            System.out.println("SKIPPED tokenize extra corpus: set -Djpy.tokenize.corpus=DIR (needs CPython 3.13)");
            return;
        }
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path root = Path.of(dir).toAbsolutePath();
        Comparison c = compareTree(python, root);
        System.out.println("tokenize " + root + ": " + c.identical + " of " + c.total + " files identical ("
                + c.errorsInBoth + " of them are tokenizer errors in both); CPython crashed on "
                + c.cpythonCrashes.size() + ", " + c.mismatches.size() + " differ");
        c.printMismatches(python, root);
    }

    static final class Comparison {
        int total, identical, errorsInBoth;
        final List<String> mismatches = new ArrayList<>();
        /** Files on which CPython itself crashed (SystemError, a codec error: the CLI prints a traceback). */
        final List<String> cpythonCrashes = new ArrayList<>();

        List<String> firstMismatches() {
            return mismatches.subList(0, Math.min(10, mismatches.size()));
        }

        void printMismatches(Path python, Path root) throws Exception {
            int show = Integer.getInteger("jpy.tokenize.show", 10);
            for (String rel : mismatches.subList(0, Math.min(show, mismatches.size()))) {
                System.out.println("  MISMATCH " + rel + ": " + firstDifference(python, root, rel));
            }
        }
    }

    /** Hashes every .py under root (site-packages/ excluded) with CPython and with jpy. */
    static Comparison compareTree(Path python, Path root) throws Exception {
        Path script = Path.of(TokenizeStdlibTest.class.getResource("tokenize_hashes.py").toURI());
        List<String> javaFiles = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(r -> !r.startsWith("site-packages/")).forEach(javaFiles::add);
        }
        Process proc = new ProcessBuilder(python.toString(), script.toString(), root.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Comparison c = new Comparison();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                String rel = f[0];
                seen.add(rel);
                c.total++;
                byte[] src = Files.readAllBytes(root.resolve(rel));
                Tokenize.Outcome plain = Tokenize.run(src, rel, false);
                Tokenize.Outcome exact = Tokenize.run(src, rel, true);
                if (sha(text(plain)).equals(f[1]) && sha(text(exact)).equals(f[2])) {
                    c.identical++;
                    if (!plain.ok()) c.errorsInBoth++;
                } else if (f[3].equals("crash")) {
                    c.cpythonCrashes.add(rel);
                } else {
                    c.mismatches.add(rel);
                }
            }
        }
        assertEquals(0, proc.waitFor(), "hash script failed");
        javaFiles.sort(null);
        List<String> sortedSeen = new ArrayList<>(seen);
        sortedSeen.sort(null);
        assertEquals(javaFiles, sortedSeen, "CPython and jpy list different files");
        return c;
    }

    private static String text(Tokenize.Outcome o) {
        return (o.ok() ? o.output() : "") + o.warnings() + (o.ok() ? "" : o.error() + "\n");
    }

    private static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reruns CPython's CLI on the one file (plain, then -e) and shows the first differing line. */
    private static String firstDifference(Path python, Path lib, String rel) throws Exception {
        byte[] src = Files.readAllBytes(lib.resolve(rel));
        for (boolean e : new boolean[] {false, true}) {
            List<String> cmd = new ArrayList<>(List.of(python.toString(), "-m", "tokenize"));
            if (e) cmd.add("-e");
            cmd.add(rel);
            Process p = new ProcessBuilder(cmd).directory(lib.toFile()).redirectErrorStream(true).start();
            String want = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            String got = text(Tokenize.run(src, rel, e));
            if (!want.equals(got)) return (e ? "(-e) " : "") + TokenizeFixtureTest.firstDiff(want, got);
        }
        return "(outputs equal when rerun)";
    }
}
