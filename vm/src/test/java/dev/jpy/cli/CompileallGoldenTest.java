package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the command lines of fixtures/compileall/cases.json (recorded from {@code python3.13 -m
 * compileall} by record_compileall.py) on the same tree with {@code jpy compileall}: the same stdout,
 * exit status and .pyc files after each step.
 */
class CompileallGoldenTest {
    @TempDir Path tmp;

    @Test
    void sameOutputStatusAndFilesAsCPython() throws IOException {
        JsonObject golden = JsonParser.parseString(Files.readString(
                Cli.fixtures().resolve("compileall/cases.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        String root = tmp.toRealPath().toString();
        for (Map.Entry<String, JsonElement> f : golden.getAsJsonObject("tree").entrySet()) {
            Path p = tmp.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue().getAsString().replace("{root}", root));
        }
        for (Map.Entry<String, JsonElement> f : golden.getAsJsonObject("binary_tree").entrySet()) {
            Path p = tmp.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, java.util.HexFormat.of().parseHex(f.getValue().getAsString()));
        }
        int n = 0;
        for (JsonElement e : golden.getAsJsonArray("cases")) {
            JsonObject c = e.getAsJsonObject();
            List<String> args = new ArrayList<>(List.of("compileall"));
            c.getAsJsonArray("args").forEach(a -> args.add(a.getAsString().replace("{root}", root)));
            Cli.Result r = Cli.jpy(args.toArray(String[]::new));
            String what = "case " + n++ + " " + args + "\nstderr: " + r.err();
            assertEquals(c.get("stdout").getAsString(), r.out().replace(root, "{root}"), what);
            assertEquals(c.get("rc").getAsInt(), r.code(), what);
            List<String> want = new ArrayList<>();
            c.getAsJsonArray("pycs").forEach(p -> want.add(p.getAsString()));
            assertEquals(want, pycs(tmp), what);
        }
    }

    private static List<String> pycs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".pyc")).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
