package dev.jpy.toolchain.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.corpus.LocalPythons;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every .py file of CPython 3.13's Lib (site-packages excluded): one CPython process prints the sha256
 * of its symbol-table dump (fixtures/symtable/symtable_dump.py) per file; jpy dumps the same bytes and
 * must give the same hash. Files CPython's parser rejects are counted apart. Skipped (with a printed
 * message) when no CPython 3.13 is installed.
 */
class SymtableStdlibTest {
    @Test
    void stdlibSymtablesMatchCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED symtable stdlib corpus: no CPython 3.13 found");
        }
        assumeTrue(install.isPresent(), "no CPython 3.13");
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path lib = install.get().resolve("lib/python3.13");
        Path script = Goldens.fixtures().resolve("symtable/symtable_dump.py");
        Process proc = new ProcessBuilder(python.toString(), script.toString(), "--hashes", lib.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int total = 0;
        int identical = 0;
        int errorsInBoth = 0;
        int parseRejected = 0;
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                total++;
                String dump = SymtableDump.dump(Files.readAllBytes(lib.resolve(f[0])), f[0]);
                if (dump.startsWith("PARSE ")) {
                    parseRejected++;
                    continue;
                }
                if (SymtableDump.sha(dump).equals(f[1])) {
                    identical++;
                    if (dump.startsWith("ERROR")) {
                        errorsInBoth++;
                    }
                } else {
                    mismatches.add(f[0]);
                }
            }
        }
        assertEquals(0, proc.waitFor(), "dump script failed");
        System.out.println("symtable Python 3.13 Lib: " + identical + " of " + (total - parseRejected)
                + " files identical (" + errorsInBoth + " rejected by both; " + parseRejected
                + " not parsed, left out)");
        for (String m : mismatches.subList(0, Math.min(20, mismatches.size()))) {
            System.out.println("  MISMATCH " + m);
        }
        assertTrue(total > 1000, "expected the whole Lib, got " + total + " files");
        assertEquals(List.of(), mismatches);
    }
}
