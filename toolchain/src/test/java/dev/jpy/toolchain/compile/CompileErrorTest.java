package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compile-stage snippets of fixtures/invalid (errors CPython raises after parsing: symbol table
 * and code generator) through {@link Compiler#compile}: each must raise a {@link PySyntaxError}; the
 * test counts how many carry CPython's message, and its message and position.
 */
class CompileErrorTest {
    /** Lower bounds (see the printed counts). */
    static final int MIN_SAME_MESSAGE = 94, MIN_SAME_POSITION = 94;

    @Test
    void compileStageErrorsMatchCPython() throws Exception {
        Path inv = Goldens.fixtures().resolve("invalid");
        int total = 0, raised = 0, sameMsg = 0, samePos = 0;
        List<String> notes = new ArrayList<>();
        try (Stream<Path> s = Files.list(inv.resolve("golden"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                JsonObject g = JsonParser.parseString(Files.readString(p)).getAsJsonObject();
                if (!"compile".equals(g.get("stage").getAsString())) continue;
                total++;
                String file = g.get("file").getAsString();
                String src = SourceDecoder.decode(Files.readAllBytes(inv.resolve(file)), file).text();
                String name = file.substring(file.lastIndexOf('/') + 1);
                try {
                    Compiler.compile(src, file, 0);
                    notes.add(name + ": no error (want " + g.get("msg").getAsString() + ")");
                } catch (UnsupportedOperationException | ParseException e) {
                    notes.add(name + ": " + e.getMessage());
                } catch (PySyntaxError e) {
                    raised++;
                    if (!e.msg().equals(g.get("msg").getAsString())) {
                        notes.add(name + ": message " + e.msg() + " (want " + g.get("msg").getAsString() + ")");
                        continue;
                    }
                    sameMsg++;
                    String want = pos(g.get("lineno")) + ":" + pos(g.get("offset")) + "-" + pos(g.get("end_lineno")) + ":" + pos(g.get("end_offset"));
                    // jpy marks a missing end offset with -1 (see PySyntaxError), the golden's null reads as 0
                    String got = e.lineno() + ":" + e.offset() + "-" + e.endLineno() + ":" + Math.max(0, e.endOffset());
                    if (want.equals(got)) samePos++;
                    else notes.add(name + ": position " + got + " (want " + want + ")");
                }
            }
        }
        System.out.println("compile-stage errors: " + raised + " of " + total + " raised, " + sameMsg + " with CPython's message, "
                + samePos + " also at its position");
        notes.forEach(n -> System.out.println("  " + n));
        assertTrue(total >= 90);
        assertTrue(sameMsg >= MIN_SAME_MESSAGE, sameMsg + " same message");
        assertTrue(samePos >= MIN_SAME_POSITION, samePos + " same position");
    }

    private static String pos(JsonElement e) { return e == null || e.isJsonNull() ? "0" : e.getAsString(); }
}
