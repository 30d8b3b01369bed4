package dev.jpy.toolchain.optimize;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.AstDump;
import dev.jpy.toolchain.compile.CodegenGoldens;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.parse.Parser;
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
 * The AST optimizer against CPython 3.13's {@code ast.dump(ast.parse(src, optimize=1))}: the recorded
 * goldens of fixtures/codegen/golden (24 fixtures and the snippets), and the whole Lib when a local
 * CPython 3.13 is installed.
 */
class AstOptimizerTest {
    static String optimizedDump(String src, String file) {
        Ast.Module m = Parser.parseModule(src, file);
        return AstDump.dump(AstOptimizer.optimize(m, 1, dev.jpy.toolchain.symtable.Future.parse(m, file, 0).annotations()));
    }

    @Test
    void goldensMatchCPython() throws Exception {
        List<String> failures = new ArrayList<>();
        List<JsonObject> gs = CodegenGoldens.all();
        for (JsonObject g : gs) {
            String got = optimizedDump(CodegenGoldens.source(g), g.get("filename").getAsString());
            if (!got.equals(g.get("ast_opt").getAsString())) failures.add(g.get("name").getAsString() + ": " + firstDiff(g.get("ast_opt").getAsString(), got));
        }
        System.out.println("ast optimizer goldens: " + (gs.size() - failures.size()) + " of " + gs.size() + " identical");
        assertTrue(gs.size() >= 48);
        assertEquals("", String.join("\n", failures));
    }

    @Test
    void stdlibOptimizesLikeCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) {
            System.out.println("SKIPPED ast optimizer stdlib corpus: no CPython 3.13 found");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no CPython 3.13");
        }
        Path python = LocalPythons.executable(install.get(), 3, 13);
        Path lib = install.get().resolve("lib/python3.13");
        Path script = Path.of(AstOptimizerTest.class.getResource("opt_hashes.py").toURI());
        ProcessBuilder pb = new ProcessBuilder(python.toString(), script.toString(), lib.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process proc = pb.start();
        int total = 0, identical = 0;
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                total++;
                String got;
                try {
                    String src = SourceDecoder.decode(Files.readAllBytes(lib.resolve(f[0])), f[0]).text();
                    got = sha(optimizedDump(src, f[0]));
                } catch (ParseException | SourceDecoder.DecodeException e) {
                    got = "ERROR";
                }
                if (got.equals(f[1])) identical++;
                else mismatches.add(f[0]);
            }
        }
        assertEquals(0, proc.waitFor());
        System.out.println("ast optimizer Python 3.13 Lib: " + identical + " of " + total + " files identical");
        for (String m : mismatches.subList(0, Math.min(20, mismatches.size()))) System.out.println("  MISMATCH " + m);
        if (System.getProperty("jpy.opt.diff") != null) {
            for (String m : mismatches.subList(0, Math.min(3, mismatches.size()))) {
                String src = SourceDecoder.decode(Files.readAllBytes(lib.resolve(m)), m).text();
                Files.writeString(Path.of(System.getProperty("jpy.opt.diff"), m.replace('/', '_') + ".txt"), optimizedDump(src, m));
            }
        }
        assertTrue(total > 1000);
        assertTrue(identical >= total - 5, identical + " of " + total);
    }

    static String firstDiff(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return "\n  want ..." + want.substring(from, Math.min(want.length(), i + 80))
                + "\n  got  ..." + got.substring(from, Math.min(got.length(), i + 80));
    }

    static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
