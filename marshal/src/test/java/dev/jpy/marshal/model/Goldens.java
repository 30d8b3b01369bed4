package dev.jpy.marshal.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the goldens recorded from CPython 3.13 under {@code fixtures/golden/} (the directory named
 * by the system property {@code jpy.fixtures}). A missing file fails the test that wants it: a
 * golden test that skips silently would hide a broken implementation.
 */
public final class Goldens {
    private Goldens() {}

    /** {@code $jpy.fixtures/golden/NAME}. */
    public static Path file(String name) {
        String dir = System.getProperty("jpy.fixtures");
        if (dir == null) fail("system property jpy.fixtures is not set (the fixtures directory)");
        Path p = Path.of(dir, "golden", name);
        if (!Files.isRegularFile(p)) {
            fail("golden file " + p + " is missing: record it with fixtures/record.py under CPython 3.13");
        }
        return p;
    }

    /** The records of a golden JSON array, none of them missing. */
    public static List<JsonObject> records(String name) {
        Path p = file(name);
        JsonArray arr;
        try {
            arr = JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8)).getAsJsonArray();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p, e);
        }
        List<JsonObject> out = new ArrayList<>(arr.size());
        for (JsonElement e : arr) out.add(e.getAsJsonObject());
        assertTrue(out.size() > 0, name + " holds no records");
        return out;
    }

    /** The bytes of a hex string. */
    public static byte[] unhex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
        return b;
    }

    /** Lower-case hex of bytes. */
    public static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
        return sb.toString();
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
