package dev.jpy.toolchain.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.AstWalk;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compile-stage snippets of fixtures/invalid: where CPython's error comes from symtable.c or
 * future.c, jpy's symbol table must raise the same message at the same lineno, offset, end_lineno and
 * end_offset; where it comes from code generation, the symbol table must raise nothing (the error is
 * codegen's to report). The late-{@code __future__} error, which CPython raises in codegen, is checked
 * through {@link Future#checkLateImport}, the helper codegen calls.
 */
class SymtableInvalidTest {
    /** Messages raised by CPython 3.13's symtable.c and future.c (the rest of compile-stage errors are codegen's). */
    private static final Pattern SYMTABLE_MESSAGES = Pattern.compile(String.join("|",
            "name '.*' is (parameter and|nonlocal and) (global|nonlocal)",
            "name '.*' is (assigned to before|used prior to) (global|nonlocal) declaration",
            "annotated name '.*' can't be (global|nonlocal)",
            "nonlocal declaration not allowed at module level",
            "no binding for nonlocal '.*' found",
            "nonlocal binding not allowed for type parameter '.*'",
            "duplicate (argument '.*' in function definition|type parameter '.*')",
            "import \\* only allowed at module level",
            "'yield' inside (list|set|dict) comprehension|'yield' inside generator expression",
            "assignment expression .*",
            "comprehension inner loop cannot rebind .*",
            ".* cannot be used within .*",
            "not a chance",
            "future feature .* is not defined",
            "from __future__ imports must occur at the beginning of the file"));

    @Test
    void compileStageSnippets() throws Exception {
        Path dir = Goldens.fixtures().resolve("invalid");
        List<Path> goldens;
        try (Stream<Path> s = Files.list(dir.resolve("golden"))) {
            goldens = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int compileStage = 0;
        int matched = 0;
        List<String> forCodegen = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path g : goldens) {
            JsonObject j = JsonParser.parseString(Files.readString(g, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!"compile".equals(j.get("stage").getAsString())) {
                continue;
            }
            compileStage++;
            String file = j.get("file").getAsString();
            String msg = j.get("msg").getAsString();
            String want = msg + " " + range(j.get("lineno"), j.get("offset"), j.get("end_lineno"), j.get("end_offset"));
            String src = SourceDecoder.decode(Files.readAllBytes(dir.resolve(file)), file).text();
            String got;
            try {
                Ast.Module mod = Parser.parseModule(src, file);
                SymbolTable st = SymbolTable.build(mod, file, 0);
                // codegen's check, which Future provides: a __future__ import after the leading ones
                AstWalk.walk(mod, n -> {
                    if (n instanceof Ast.ImportFrom i) {
                        st.future().checkLateImport(i, file);
                    }
                });
                got = null;
            } catch (PySyntaxError e) {
                got = e.msg() + " " + e.lineno() + ":" + e.offset() + "-" + e.endLineno() + ":"
                        + (e.endOffset() < 0 ? "None" : e.endOffset());
            }
            boolean fromSymtable = SYMTABLE_MESSAGES.matcher(msg).matches();
            if (got == null && !fromSymtable) {
                forCodegen.add(file + ": " + msg);
            } else if (want.equals(got)) {
                matched++;
            } else {
                failures.add(file + ": want '" + want + "' got '" + got + "'");
            }
        }
        System.out.println("symtable invalid snippets: " + matched + " of " + compileStage
                + " compile-stage errors matched; " + forCodegen.size() + " left for codegen");
        forCodegen.forEach(f -> System.out.println("  CODEGEN " + f));
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertTrue(compileStage > 50, "compile-stage snippets: " + compileStage);
        assertTrue(matched >= 30, "matched " + matched);
        assertEquals(List.of(), failures);
    }

    private static String range(JsonElement l, JsonElement o, JsonElement el, JsonElement eo) {
        return str(l) + ":" + str(o) + "-" + str(el) + ":" + str(eo);
    }

    private static String str(JsonElement e) {
        return e == null || e.isJsonNull() ? "None" : e.getAsString();
    }
}
