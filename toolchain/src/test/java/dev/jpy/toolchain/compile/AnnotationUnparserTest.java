package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.parse.Parser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link AnnotationUnparser} against the strings CPython 3.13 stored in {@code __annotations__} under
 * {@code from __future__ import annotations}, recorded by record_annotations.py (hand-written
 * expressions of every kind, generated precedence pairs, every distinct annotation of the Lib files
 * with the future import); and the compiler putting those strings among the constants.
 */
class AnnotationUnparserTest {
    static List<JsonObject> cases() throws Exception {
        try (InputStream in = AnnotationUnparserTest.class.getResourceAsStream("annotations.json.gz")) {
            assertNotNull(in, "annotations.json.gz (record_annotations.py)");
            List<JsonObject> out = new ArrayList<>();
            for (JsonElement e : JsonParser.parseReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)).getAsJsonArray()) {
                out.add(e.getAsJsonObject());
            }
            return out;
        }
    }

    /** The one annotation of a recorded program (see record_annotations.py for the shapes). */
    static Ast.Expr annotation(Ast.Module m, String ctx) {
        Ast.Stmt s = m.body().get(1);
        if (ctx.equals("module")) return ((Ast.AnnAssign) s).annotation();
        if (ctx.equals("async")) s = ((Ast.AsyncFunctionDef) s).body().get(0);
        Ast.FunctionDef f = (Ast.FunctionDef) s;
        return switch (ctx) {
            case "return" -> f.returns();
            case "star" -> f.args().vararg().annotation();
            default -> f.args().args().get(0).annotation();
        };
    }

    @Test
    void unparsesLikeCPython() throws Exception {
        List<JsonObject> cases = cases();
        List<String> failures = new ArrayList<>();
        int lib = 0;
        for (JsonObject c : cases) {
            String src = c.get("src").getAsString(), want = c.get("expected").getAsString();
            if (c.get("origin").getAsString().startsWith("Lib/")) lib++;
            String got;
            try {
                got = AnnotationUnparser.unparse(annotation(Parser.parseModule(src, "<annotation>"), c.get("ctx").getAsString()));
            } catch (RuntimeException e) {
                got = e.toString();
            }
            if (!got.equals(want)) failures.add(c.get("origin").getAsString() + " " + src.substring(src.indexOf('\n') + 1).strip() + "\n    want " + want + "\n    got  " + got);
        }
        System.out.println("annotation unparser: " + (cases.size() - failures.size()) + " of " + cases.size() + " identical (" + lib + " from Lib)");
        assertTrue(cases.size() >= 2000 && lib >= 150, "the recorded cases are all there");
        assertEquals("", String.join("\n", failures));
    }

    @Test
    void compilerStoresTheStrings() throws Exception {
        int checked = 0;
        for (JsonObject c : cases()) {
            String origin = c.get("origin").getAsString();
            if (origin.equals("generated") || origin.equals("random")) continue; // the unparser test has those
            String ctx = c.get("ctx").getAsString(), want = c.get("expected").getAsString();
            PyCode code = Compiler.compile(c.get("src").getAsString(), "<annotation>", 0);
            if (ctx.equals("async")) code = (PyCode) code.consts().items().stream().filter(k -> k instanceof PyCode).findFirst().orElseThrow();
            List<PyObj> consts = new ArrayList<>();
            flatten(code.consts().items(), consts); // the (name, annotation) pairs are folded into a tuple
            assertTrue(consts.contains(PyStr.of(want)), c.get("src").getAsString() + " should hold the constant " + want);
            assertTrue(consts.contains(PyStr.of(ctx.equals("return") ? "return" : "x")));
            checked++;
        }
        assertTrue(checked > 1000, "cases compiled: " + checked);
    }

    private static void flatten(List<PyObj> items, List<PyObj> out) {
        for (PyObj o : items) {
            if (o instanceof PyTuple t) flatten(t.items(), out);
            else out.add(o);
        }
    }
}
