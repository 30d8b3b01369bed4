package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpy ast} / {@code jpy tokenize} / {@code jpy dis} against what {@code python3.13 -m ast} /
 * {@code -m tokenize} / {@code -m dis} printed ({@code cli_goldens.json}, recorded by {@code record_cli.py}):
 * standard input, the four modes, type comments on by default, syntax errors printed the CPython way and
 * sources compile() cannot decode. Exit status, stdout and stderr must all be equal; for {@code -m ast}
 * and {@code -m dis} errors the traceback frames before CPython's SyntaxError are left out, jpy prints
 * only the error. {@link #KNOWN} lists the cases that still differ, with the reason.
 */
class CliGoldensTest {
    @TempDir Path tmp;

    private static final Map<String, String> KNOWN = Map.of();

    @Test
    void everyCaseMatchesCPython() throws Exception {
        JsonElement all;
        try (InputStream in = CliGoldensTest.class.getResourceAsStream("cli_goldens.json")) {
            all = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        int same = 0, total = 0;
        List<String> failures = new ArrayList<>();
        for (JsonElement e : all.getAsJsonArray()) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            Path dir = Files.createDirectories(tmp.resolve(name));
            for (var f : c.getAsJsonObject("files").entrySet()) {
                Files.write(dir.resolve(f.getKey()), surrogateEscaped(f.getValue().getAsString()));
            }
            List<String> args = new ArrayList<>(List.of(c.get("tool").getAsString()));
            for (JsonElement a : c.getAsJsonArray("args")) {
                String s = a.getAsString();
                args.add(c.getAsJsonObject("files").has(s) ? dir.resolve(s).toString() : s);
            }
            String stdin = c.get("stdin").isJsonNull() ? "" : c.get("stdin").getAsString();
            Cli.Result r = Cli.jpyWithStdin(stdin, args.toArray(String[]::new));
            String got = r.code() + "\n" + r.out() + "\n---\n" + r.err().replace(dir + "/", "");
            String want = c.get("returncode").getAsInt() + "\n" + c.get("stdout").getAsString() + "\n---\n"
                    + c.get("stderr").getAsString();
            total++;
            boolean ok = got.equals(want);
            if (ok) same++;
            if (ok == KNOWN.containsKey(name)) {
                failures.add(name + (ok ? ": now agrees with CPython; drop it from KNOWN" : "\n--- python3.13\n" + want + "\n--- jpy\n" + got));
            }
        }
        System.out.println("CLI goldens: " + same + " of " + total + " identical to python3.13 -m ast / -m tokenize / -m dis ("
                + KNOWN.size() + " known to differ)");
        assertTrue(total >= 34, "cases: " + total);
        assertEquals("", String.join("\n\n", failures));
    }

    /** UTF-8, except that a lone surrogate U+DC80..U+DCFF is the byte it escapes (Python's surrogateescape). */
    private static byte[] surrogateEscaped(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xDC80 && cp <= 0xDCFF) out.write(cp - 0xDC00);
            else out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
