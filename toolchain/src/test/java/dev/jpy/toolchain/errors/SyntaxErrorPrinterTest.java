package dev.jpy.toolchain.errors;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SyntaxErrorPrinter} against what {@code python3.13 X.py} printed for every snippet of
 * {@code fixtures/invalid} ({@code python_run.stderr} of {@code golden/*.json}). Fed twice: with the
 * attributes of the error the run itself raised ({@code run_errors.json}, recorded by
 * {@code record_run_errors.py}), and with the golden's own {@code compile()} attributes wherever those
 * are the same error as the run's (running a file reads it through another tokenizer path, which can
 * report an error at EOF with offset 0, an encoding problem without position, another recursion message).
 */
class SyntaxErrorPrinterTest {
    private static final String[] POSITION_KEYS = {"lineno", "offset", "end_lineno", "end_offset", "text"};

    @Test
    void everyInvalidSnippetPrintsAsPythonRunsIt() throws Exception {
        Path dir = Goldens.fixtures().resolve("invalid");
        JsonObject runErrors = JsonParser.parseString(Files.readString(dir.resolve("run_errors.json"))).getAsJsonObject();
        List<Path> goldens;
        try (Stream<Path> s = Files.list(dir.resolve("golden"))) {
            goldens = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int runSame = 0, compared = 0, same = 0;
        List<String> failures = new ArrayList<>();
        for (Path g : goldens) {
            String name = g.getFileName().toString().replace(".json", "");
            JsonObject o = JsonParser.parseString(Files.readString(g)).getAsJsonObject();
            String want = stderr(o.getAsJsonObject("python_run"));
            JsonObject run = runErrors.getAsJsonObject(name);
            String got = format(run.get("class").getAsString(), run, run.get("filename"));
            if (same(got, o.getAsJsonObject("python_run"))) runSame++;
            else failures.add(name + " (run_errors.json)\n--- python3.13\n" + want + "--- jpy\n" + got);
            if (o.get("error_class").isJsonNull() || !sameError(o, run)) continue;
            compared++;
            got = format(o.get("error_class").getAsString(), o, o.get("lineno").isJsonNull() ? null : o.get("file"));
            if (same(got, o.getAsJsonObject("python_run"))) same++;
            else failures.add(name + " (golden)\n--- python3.13\n" + want + "--- jpy\n" + got);
        }
        System.out.println("SyntaxErrorPrinter: " + runSame + " of " + goldens.size()
                + " python_run goldens identical from the run's own error; " + same + " of " + compared
                + " from the golden's compile() error where that is the same error");
        assertTrue(goldens.size() >= 450 && compared >= 440, goldens.size() + " / " + compared);
        assertEquals("", String.join("\n", failures));
    }

    private static String format(String cls, JsonObject o, JsonElement filename) {
        return SyntaxErrorPrinter.format(cls, o.get("msg").getAsString(),
                filename == null || filename.isJsonNull() ? null : filename.getAsString(),
                integer(o, "lineno"), integer(o, "offset"), integer(o, "end_lineno"), integer(o, "end_offset"),
                o.get("text").isJsonNull() ? null : o.get("text").getAsString());
    }

    /** The recorded stderr; a long one was stored cut, with its full length and SHA-256. */
    private static String stderr(JsonObject run) {
        String s = run.get("stderr").getAsString();
        return run.has("stderr_truncated") ? s + "[cut at " + s.length() + " of " + run.get("stderr_length") + "]" : s;
    }

    private static boolean same(String got, JsonObject run) throws Exception {
        if (!run.has("stderr_truncated")) return got.equals(run.get("stderr").getAsString());
        byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(got.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return got.codePointCount(0, got.length()) == run.get("stderr_length").getAsInt()
                && java.util.HexFormat.of().formatHex(sha).equals(run.get("stderr_sha256").getAsString());
    }

    private static boolean sameError(JsonObject golden, JsonObject run) {
        if (!golden.get("error_class").equals(run.get("class")) || !golden.get("msg").equals(run.get("msg"))) return false;
        for (String k : POSITION_KEYS) if (!golden.get(k).equals(run.get(k))) return false;
        return true;
    }

    @Test
    void pySyntaxErrorWithoutLineHasNoFileLine() {
        PySyntaxError e = new PySyntaxError("SyntaxError", "boom", "x.py", 0, -1, 0, 0, null);
        assertEquals("SyntaxError: boom (x.py)\n", SyntaxErrorPrinter.format(e));
        PySyntaxError t = new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation",
                "x.py", 2, 3, 2, 4, "\t  y = 1\n");
        assertEquals("  File \"x.py\", line 2\n    \t  y = 1\n    \t ^\nTabError: inconsistent use of tabs and spaces in indentation\n",
                SyntaxErrorPrinter.format(t));
    }

    private static Integer integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsInt();
    }
}
