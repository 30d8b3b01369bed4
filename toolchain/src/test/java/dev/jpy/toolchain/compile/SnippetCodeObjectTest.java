package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The final code objects of every snippet of fixtures/codegen/snippets.txt that CPython compiles,
 * field by field (co_linetable included) against the {@code marshal} of its golden, recorded by
 * fixtures/codegen/record_codegen.py: this covers what the flow-graph passes and the assembler do after
 * code generation, which the codegen goldens do not see.
 */
class SnippetCodeObjectTest {
    @Test
    void everySnippetCompilesToCPythonsCodeObjects() throws Exception {
        int snippets = 0, objects = 0, same = 0;
        List<String> failures = new ArrayList<>();
        for (JsonObject g : CodegenGoldens.all()) {
            if (!g.has("marshal")) continue;
            String name = g.get("name").getAsString();
            PyCode want = (PyCode) MarshalReader.read(HexFormat.of().parseHex(g.get("marshal").getAsString()), 0, MarshalDialect.PY311);
            PyCode got = Compiler.compile(CodegenGoldens.source(g), name + ".py", 0);
            snippets++;
            int[] n = new int[2];
            compare(want, got, name, n, failures);
            objects += n[0];
            same += n[1];
        }
        System.out.printf("snippet code objects equal: %d of %d (%d snippets)%n", same, objects, snippets);
        failures.stream().limit(10).forEach(System.out::println);
        assertTrue(snippets >= 45, "snippet goldens with marshal: " + snippets);
        assertEquals(objects, same, "snippet code objects differing from CPython's");
    }

    /** Counts code objects ({@code n[0]}) and equal ones ({@code n[1]}), pairing nested ones by position. */
    private static void compare(PyCode want, PyCode got, String where, int[] n, List<String> failures) {
        n[0]++;
        String qual = where + ":" + want.qualname().value();
        String diff = CompileFixtureTest.fieldDiff(want, got);
        if (diff == null) n[1]++;
        else failures.add(qual + ": " + diff);
        List<PyCode> w = nested(want), o = nested(got);
        for (int i = 0; i < w.size(); i++) {
            if (i < o.size()) compare(w.get(i), o.get(i), where, n, failures);
            else {
                n[0]++;
                failures.add(qual + ": nested code object " + i + " missing");
            }
        }
    }

    private static List<PyCode> nested(PyCode c) {
        List<PyCode> out = new ArrayList<>();
        for (PyObj o : c.consts().items()) if (o instanceof PyCode k) out.add(k);
        return out;
    }
}
