package dev.jpy.marshal;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Access to the goldens recorded from CPython 3.13 into fixtures/ (no Python needed at test time). */
public final class Goldens {
    private Goldens() {}

    /** The fixtures directory (system property jpy.fixtures, set by the build). */
    public static Path fixtures() {
        String p = System.getProperty("jpy.fixtures");
        if (p != null) return Path.of(p);
        Path here = Path.of("").toAbsolutePath();
        for (Path d = here; d != null; d = d.getParent()) if (Files.isDirectory(d.resolve("fixtures/golden"))) return d.resolve("fixtures");
        throw new IllegalStateException("fixtures/ not found; set -Djpy.fixtures");
    }

    public static Path golden(String name) {
        return fixtures().resolve("golden").resolve(name);
    }

    public static JsonElement json(String name) throws IOException {
        return JsonParser.parseString(Files.readString(golden(name), StandardCharsets.UTF_8));
    }
}
