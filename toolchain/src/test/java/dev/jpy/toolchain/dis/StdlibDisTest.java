package dev.jpy.toolchain.dis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycFile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code jpy dump --dis} against CPython 3.13's {@code dis.dis(marshal.loads(data[16:]))} for every
 * .pyc of the local 3.13 stdlib. One Python process prints a digest per file; jpy's listing must have
 * the same digest. Skips, saying so, where CPython 3.13 is not installed.
 */
class StdlibDisTest {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    @Test
    void everyStdlibPycDisassemblesLikeCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED stdlib dis comparison: no CPython 3.13 under " + LocalPythons.pyenvRoot());
        assumeTrue(install.isPresent(), "no local CPython 3.13");
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path script = Files.createTempFile("dis_digests", ".py");
        try (InputStream s = StdlibDisTest.class.getResourceAsStream("dis_digests.py")) {
            Files.write(script, s.readAllBytes());
        }
        Path lib = install.get().resolve("lib/python3.13");
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), lib.toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        int files = 0;
        List<String> failures = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                files++;
                String ours;
                try {
                    ours = jpyListing(Path.of(f[0]));
                } catch (Exception e) {
                    failures.add(f[0] + ": " + e);
                    continue;
                }
                String digest = HexFormat.of().formatHex(sha.digest(ours.getBytes(StandardCharsets.UTF_8)));
                if (!digest.equals(f[1])) failures.add(f[0] + ": " + firstDifference(python, script, f[0], ours));
            }
        }
        assertEquals(0, p.waitFor(), "the CPython side failed");
        Files.deleteIfExists(script);
        System.out.printf("dis Python 3.13 stdlib: %d of %d .pyc files disassemble exactly as CPython's dis%n",
                files - failures.size(), files);
        failures.stream().limit(10).forEach(s -> System.out.println("  " + s));
        assertEquals(true, files > 0, "CPython listed no .pyc files");
        assertEquals(List.of(), failures.stream().limit(10).toList());
    }

    static String jpyListing(Path pyc) throws Exception {
        PycFile f = PycFile.parse(Files.readAllBytes(pyc));
        String text = Disassembler.dis((PyCode) f.code(), Disassembler.Options.DEFAULT, o -> 0);
        return ADDRESS.matcher(text).replaceAll(" at 0x?");
    }

    /** Runs CPython on one file and reports the first line that differs. */
    private static String firstDifference(Path python, Path script, String file, String ours) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), "--full", "", file);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String theirs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String[] a = theirs.split("\n", -1);
        String[] b = ours.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) return "line " + (i + 1) + ": CPython [" + x + "] jpy [" + y + "]";
        }
        return "same text, different digest";
    }
}
