package dev.jpy.marshal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyObj;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The goldens recorded from CPython 3.13 under {@code fixtures/golden/} (system property
 * {@code jpy.fixtures}, set by the build). A missing file fails the test that wants it: a golden
 * test that skipped silently would hide a broken implementation.
 */
public final class Goldens {
    private Goldens() {}

    /** The fixtures directory. */
    public static Path fixtures() {
        String p = System.getProperty("jpy.fixtures");
        if (p != null) return Path.of(p);
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("fixtures/golden"))) return d.resolve("fixtures");
        }
        return fail("fixtures/ not found; set -Djpy.fixtures");
    }

    /** {@code fixtures/golden/NAME}, which must exist. */
    public static Path golden(String name) {
        Path p = fixtures().resolve("golden").resolve(name);
        if (!Files.exists(p)) fail("golden file " + p + " is missing: record it with fixtures/record.py under CPython 3.13");
        return p;
    }

    public static JsonElement json(String name) throws IOException {
        return JsonParser.parseString(Files.readString(golden(name), StandardCharsets.UTF_8));
    }

    /** The records of a golden JSON array, none of them missing. */
    public static List<JsonObject> records(String name) {
        JsonArray arr;
        try {
            arr = json(name).getAsJsonArray();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + name, e);
        }
        List<JsonObject> out = new ArrayList<>(arr.size());
        for (JsonElement e : arr) out.add(e.getAsJsonObject());
        assertTrue(out.size() > 0, name + " holds no records");
        return out;
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** The object that a golden's {@code marshal_hex} holds. */
    public static PyObj object(JsonObject record) {
        return MarshalReader.read(unhex(record.get("marshal_hex").getAsString()), 0, MarshalDialect.PY311);
    }

    /** A short, printable form of a text for failure messages. */
    public static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
    }
}
