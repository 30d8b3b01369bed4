package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.util.ArrayList;
import java.util.List;
import dev.jpy.marshal.corpus.LocalPythons;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code match} statements against CPython 3.13 (the {@code match_*} snippets of
 * fixtures/codegen/snippets.txt, goldens recorded by fixtures/codegen/record_codegen.py): every unit
 * generated instruction for instruction as {@code _testinternalcapi.compiler_codegen} does, and every
 * pattern error raised with CPython's message and position; with a local CPython 3.13, also the final
 * code objects (flow graph and assembler included) of those snippets against its {@code compile()}.
 */
class MatchCodegenTest {
    /** The goldens of the match_* snippets that have generated code (or, when {@code errors}, an error). */
    private static List<JsonObject> snippets(boolean errors) throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject g : CodegenGoldens.all()) {
            if (g.get("name").getAsString().startsWith("match_") && g.has(errors ? "error" : "codegen")) out.add(g);
        }
        assertTrue(out.size() >= (errors ? 15 : 10), out.size() + " match snippets");
        return out;
    }

    @Test
    void matchCodegenEqualsCPython() throws Exception {
        List<String> diffs = new ArrayList<>();
        for (JsonObject g : snippets(false)) {
            String name = g.get("name").getAsString();
            JsonObject want = g.getAsJsonObject("codegen");
            Codegen.Unit got = Compiler.codegen(CodegenGoldens.source(g), g.get("filename").getAsString(), 0);
            String d = CodegenGoldenTest.compare(want, got, name, true);
            if (d == null) d = CodegenGoldenTest.firstNestedDiff(want, got);
            if (d != null) diffs.add(name + ": " + d);
        }
        assertEquals(List.of(), diffs);
    }

    @Test
    void patternErrorsEqualCPython() throws Exception {
        List<String> diffs = new ArrayList<>();
        for (JsonObject g : snippets(true)) {
            String name = g.get("name").getAsString();
            JsonArray e = g.getAsJsonArray("error");
            String want = e.get(1).getAsString() + " @" + e.get(2) + ":" + e.get(3) + "-" + e.get(4) + ":" + e.get(5);
            try {
                Compiler.compile(CodegenGoldens.source(g), g.get("filename").getAsString(), 0);
                diffs.add(name + ": no error, want " + want);
            } catch (PySyntaxError x) {
                String got = x.msg() + " @" + x.lineno() + ":" + x.offset() + "-" + x.endLineno() + ":" + x.endOffset();
                if (!got.equals(want)) diffs.add(name + ": " + got + ", want " + want);
            }
        }
        assertEquals(List.of(), diffs);
    }

    /**
     * Differences outside match code, tolerated here: an {@code except E as e} handler inside
     * try/finally gets another exception table in jpy, with or without a match in it.
     */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.of("match_mixed_functions", "g: co_exceptiontable");

    @Test
    void matchCodeObjectsEqualLocalCPython() throws Exception {
        Optional<Path> install = LocalPythons.install(3, 13);
        if (install.isEmpty()) System.out.println("SKIPPED match code objects: no CPython 3.13 under " + LocalPythons.pyenvRoot());
        Assumptions.assumeTrue(install.isPresent(), "no local CPython 3.13");
        String python = LocalPythons.executable(install.get(), 3, 13).toString();
        List<String> diffs = new ArrayList<>();
        for (JsonObject g : snippets(false)) {
            String name = g.get("name").getAsString();
            String src = CodegenGoldens.source(g), file = g.get("filename").getAsString();
            Process p = new ProcessBuilder(python, "-c",
                    "import marshal,sys; sys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.read(), sys.argv[1], 'exec')))", file)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var w = p.getOutputStream()) { w.write(src.getBytes(StandardCharsets.UTF_8)); }
            PyCode want = (PyCode) MarshalReader.read(p.getInputStream().readAllBytes(), 0, MarshalDialect.PY311);
            assertEquals(0, p.waitFor(), name + ": CPython failed");
            String d = firstDiff(want, Compiler.compile(src, file, 0));
            if (d != null && !d.equals(KNOWN.get(name))) diffs.add(name + ": " + d);
        }
        assertEquals(List.of(), diffs);
    }

    /** The first field that differs in a code object or (by position) the ones nested in it. */
    private static String firstDiff(PyCode want, PyCode got) {
        String d = CompileFixtureTest.fieldDiff(want, got);
        if (d != null) return want.qualname().value() + ": " + d;
        List<PyObj> wk = want.consts().items().stream().filter(x -> x instanceof PyCode).toList();
        List<PyObj> gk = got.consts().items().stream().filter(x -> x instanceof PyCode).toList();
        if (wk.size() != gk.size()) return want.qualname().value() + ": nested count " + wk.size() + " vs " + gk.size();
        for (int i = 0; i < wk.size(); i++) {
            d = firstDiff((PyCode) wk.get(i), (PyCode) gk.get(i));
            if (d != null) return d;
        }
        return null;
    }
}
