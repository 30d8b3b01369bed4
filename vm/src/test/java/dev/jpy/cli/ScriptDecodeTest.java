package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpy run FILE.py} on sources that cannot be decoded (bad cookies, invalid UTF-8, null bytes, BOMs) against
 * {@code python3.13 FILE.py} (fixtures/decode/cases.json, recorded by {@code fixtures/decode/record.py}): the same
 * stdout, stderr and exit status.
 */
class ScriptDecodeTest {
    @TempDir Path dir;

    @TestFactory
    Stream<DynamicTest> eachCaseAsCPython() throws Exception {
        var cases = JsonParser.parseString(Files.readString(Cli.fixtures().resolve("decode/cases.json"))).getAsJsonArray();
        Stream.Builder<DynamicTest> tests = Stream.builder();
        for (JsonElement e : cases) {
            JsonObject c = e.getAsJsonObject();
            tests.add(DynamicTest.dynamicTest(c.get("name").getAsString(), () -> check(c)));
        }
        return tests.build();
    }

    private void check(JsonObject c) throws Exception {
        Path py = dir.resolve(c.get("name").getAsString() + ".py");
        Files.write(py, HexFormat.of().parseHex(c.get("source_hex").getAsString()));
        Cli.Result r = Cli.jpy("run", py.toString());
        assertEquals(c.get("stdout").getAsString(), r.out(), "stdout");
        assertEquals(c.get("stderr").getAsString(), r.err().replace(py.toString(), "{path}"), "stderr");
        assertEquals(c.get("returncode").getAsInt(), r.code(), "exit status");
    }
}
