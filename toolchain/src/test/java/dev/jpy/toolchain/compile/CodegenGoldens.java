package dev.jpy.toolchain.compile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The compiler goldens of fixtures/codegen/golden (see fixtures/codegen/record_codegen.py). */
public final class CodegenGoldens {
    private CodegenGoldens() { }

    /** Source text of a golden record: the snippet, or the fixture file it names. */
    public static String source(JsonObject g) throws Exception {
        if (g.has("src")) return g.get("src").getAsString();
        String file = g.get("filename").getAsString();
        return SourceDecoder.decode(Files.readAllBytes(Goldens.fixtures().resolve(file)), file).text();
    }

    public static List<JsonObject> all() throws Exception {
        List<JsonObject> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Goldens.fixtures().resolve("codegen/golden"))) {
            for (Path p : s.sorted().toList()) out.add(JsonParser.parseString(Files.readString(p)).getAsJsonObject());
        }
        return out;
    }
}
