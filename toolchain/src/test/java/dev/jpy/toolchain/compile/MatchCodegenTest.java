package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code match} statements against CPython 3.13 (the {@code match_*} snippets of
 * fixtures/codegen/snippets.txt, goldens recorded by fixtures/codegen/record_codegen.py): every unit
 * generated instruction for instruction as {@code _testinternalcapi.compiler_codegen} does, and every
 * pattern error raised with CPython's message and position.
 */
class MatchCodegenTest {
    @Test
    void matchCodegenEqualsCPython() throws Exception {
        List<String> diffs = new ArrayList<>();
        int checked = 0;
        for (JsonObject g : CodegenGoldens.all()) {
            String name = g.get("name").getAsString();
            if (!name.startsWith("match_") || !g.has("codegen")) continue;
            checked++;
            JsonObject want = g.getAsJsonObject("codegen");
            Codegen.Unit got = Compiler.codegen(CodegenGoldens.source(g), g.get("filename").getAsString(), 0);
            String d = CodegenGoldenTest.compare(want, got, name, true);
            if (d == null) d = CodegenGoldenTest.firstNestedDiff(want, got);
            if (d != null) diffs.add(name + ": " + d);
        }
        assertTrue(checked >= 10, checked + " match snippets");
        assertEquals(List.of(), diffs);
    }

    @Test
    void patternErrorsEqualCPython() throws Exception {
        List<String> diffs = new ArrayList<>();
        int checked = 0;
        for (JsonObject g : CodegenGoldens.all()) {
            String name = g.get("name").getAsString();
            if (!name.startsWith("match_") || !g.has("error")) continue;
            checked++;
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
        assertTrue(checked >= 15, checked + " match error snippets");
        assertEquals(List.of(), diffs);
    }
}
