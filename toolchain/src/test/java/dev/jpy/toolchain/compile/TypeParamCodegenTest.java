package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.toolchain.errors.PySyntaxError;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PEP 695 / PEP 696 code generation (generic functions, classes and type aliases) against the
 * {@code tparams_*} snippets of fixtures/codegen/snippets.txt, recorded from CPython 3.13 by
 * fixtures/codegen/record_codegen.py: every unit's instruction sequence, every final code object field
 * by field, and CPython's SyntaxError for a non-default type parameter after a default one.
 */
class TypeParamCodegenTest {
    private static List<JsonObject> goldens() throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject g : CodegenGoldens.all()) if (g.get("name").getAsString().startsWith("tparams_")) out.add(g);
        assertTrue(out.size() >= 5, "tparams_ goldens missing: re-run fixtures/codegen/record_codegen.py");
        return out;
    }

    @Test
    void everyUnitMatchesCPythonsCodegen() throws Exception {
        int checked = 0;
        for (JsonObject g : goldens()) {
            if (!g.has("codegen")) continue;
            String name = g.get("name").getAsString();
            Codegen.Unit got = Compiler.codegen(CodegenGoldens.source(g), g.get("filename").getAsString(), 0);
            checked += compareTree(g.getAsJsonObject("codegen"), got, name, true);
        }
        assertTrue(checked > 60, "units checked " + checked);
    }

    /** Compares a golden unit and its nested units with ours; returns how many units were compared. */
    private static int compareTree(JsonObject want, Codegen.Unit got, String where, boolean module) {
        String d = CodegenGoldenTest.compare(want, got, where, module);
        assertNull(d, where + ": " + d);
        JsonArray nested = want.getAsJsonArray("nested");
        assertEquals(nested.size(), got.nested().size(), where + ": nested units");
        int n = 1;
        for (int i = 0; i < nested.size(); i++) {
            n += compareTree(nested.get(i).getAsJsonObject(), got.nested().get(i), where + "/" + got.nested().get(i).metadata().qualname(), false);
        }
        return n;
    }

    @Test
    void codeObjectsEqualCPythons() throws Exception {
        int checked = 0;
        for (JsonObject g : goldens()) {
            if (!g.has("marshal")) continue;
            String name = g.get("name").getAsString();
            PyCode want = (PyCode) MarshalReader.read(HexFormat.of().parseHex(g.get("marshal").getAsString()), 0, MarshalDialect.PY311);
            PyCode got = Compiler.compile(CodegenGoldens.source(g), name + ".py", 0);
            checked += compareCode(want, got, name);
        }
        assertTrue(checked > 60, "code objects checked " + checked);
    }

    private static int compareCode(PyCode want, PyCode got, String where) {
        String qual = where + ":" + want.qualname().value();
        assertNull(CompileFixtureTest.fieldDiff(want, got), qual);
        List<PyCode> w = nested(want), o = nested(got);
        assertEquals(w.size(), o.size(), qual + ": nested code objects");
        int n = 1;
        for (int i = 0; i < w.size(); i++) n += compareCode(w.get(i), o.get(i), where);
        return n;
    }

    private static List<PyCode> nested(PyCode c) {
        List<PyCode> out = new ArrayList<>();
        for (PyObj o : c.consts().items()) if (o instanceof PyCode k) out.add(k);
        return out;
    }

    @Test
    void nonDefaultAfterDefaultIsCPythonsSyntaxError() throws Exception {
        int checked = 0;
        for (JsonObject g : goldens()) {
            if (!g.has("error")) continue;
            JsonArray e = g.getAsJsonArray("error");
            PySyntaxError err = assertThrows(PySyntaxError.class,
                    () -> Compiler.compile(CodegenGoldens.source(g), g.get("filename").getAsString(), 0));
            String want = e.get(1).getAsString() + " @" + e.get(2) + ":" + e.get(3) + "-" + e.get(4) + ":" + e.get(5);
            String got = err.msg() + " @" + err.lineno() + ":" + err.offset() + "-" + err.endLineno() + ":" + err.endOffset();
            assertEquals(want, got, g.get("name").getAsString());
            checked++;
        }
        assertEquals(2, checked);
    }
}
