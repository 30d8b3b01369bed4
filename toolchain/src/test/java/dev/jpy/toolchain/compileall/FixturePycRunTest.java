package dev.jpy.toolchain.compileall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.pyc.PycHeader.Invalidation;
import dev.jpy.toolchain.compile.Compiler;
import dev.jpy.toolchain.dis.Disassembler;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture programs: jpy's {@code jpy dis} listing against CPython's recorded {@code dis} output, and
 * for each program whose listing is identical (its code is right), CPython 3.13 loads the .pyc jpy
 * writes and runs it with exactly the recorded output. Prints the counts.
 */
class FixturePycRunTest {
    @TempDir Path tmp;

    private static String noAddresses(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+", "");
    }

    @Test
    void correctFixturesRunInCPython() throws Exception {
        Path fixtures = Goldens.fixtures();
        List<String> same = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        List<Path> pycs = new ArrayList<>();
        try (Stream<Path> s = Files.list(fixtures.resolve("src"))) {
            for (Path src : s.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                String name = src.getFileName().toString().replace(".py", "");
                Path dis = fixtures.resolve("golden").resolve(name).resolve("dis.txt");
                if (!Files.exists(dis)) continue;
                byte[] bytes = Files.readAllBytes(src);
                PyCode code;
                try {
                    code = Compiler.compile(SourceDecoder.decode(bytes, name).text(), "src/" + name + ".py", 0);
                } catch (RuntimeException e) {
                    differ.add(name + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                    continue;
                }
                // the golden is dis of marshal.loads(pyc): compare jpy's code as its .pyc loads back (a
                // frozenset constant iterates in the order of its marshal data, not the compiler's)
                PyCode loaded = (PyCode) dev.jpy.marshal.io.MarshalReader.read(dev.jpy.marshal.io.MarshalWriter.write(code),
                        0, dev.jpy.marshal.io.MarshalDialect.PY311);
                if (!noAddresses(Disassembler.dis(loaded, Disassembler.Options.DEFAULT))
                        .equals(noAddresses(Files.readString(dis, StandardCharsets.UTF_8)))) {
                    differ.add(name + " (listing differs)");
                    continue;
                }
                same.add(name);
                Path pyc = tmp.resolve(name + ".pyc");
                PycWriter.write(pyc, code, PycWriter.Source.read(src), Invalidation.TIMESTAMP);
                pycs.add(pyc);
            }
        }
        System.out.println("jpy dis identical to python3.13 -m dis for " + same.size() + "/" + (same.size() + differ.size())
                + " fixtures: " + same);
        differ.forEach(d -> System.out.println("  differs: " + d));
        assertTrue(same.contains("empty") && same.contains("docstring_only"), "the simplest fixtures compile right");

        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED running jpy .pyc files: no CPython 3.13 under " + LocalPythons.pyenvRoot());
        assumeTrue(install.isPresent(), "no local CPython 3.13");
        Path python = LocalPythons.executable(install.get(), 3, 13);
        for (Path pyc : pycs) {
            String name = pyc.getFileName().toString().replace(".pyc", "");
            JsonObject want = Goldens.json(name + "/run.json").getAsJsonObject();
            ProcessBuilder pb = new ProcessBuilder(python.toString(), pyc.toString()).directory(fixtures.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            assertEquals(want.get("stdout").getAsString(), out, name + " stdout; stderr: " + err);
            assertEquals(want.get("returncode").getAsInt(), rc, name + " exit status; stderr: " + err);
        }
        System.out.println("CPython 3.13 ran " + pycs.size() + " jpy-written .pyc files with the recorded output");
    }
}
