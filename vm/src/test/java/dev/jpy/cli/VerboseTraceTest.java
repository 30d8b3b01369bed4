package dev.jpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jpy run -v} against {@code python3.13 -v} (fixtures/imports/verbose.out.json, recorded by
 * {@code record_verbose.py}): the lines about the program's own modules over three runs of the {@code packages} tree
 * (no cache, every .pyc reused, one submodule edited), in the same order and words.
 */
class VerboseTraceTest {
    private static final List<String> MODULES = List.of("pkg", "pkg.sub", "pkg.sub2", "pkg.inner", "pkg.inner.deep");

    @TempDir Path tmp;

    @Test
    void traceLinesAsCPython() throws Exception {
        Path work = tmp.resolve("packages");
        Path src = Cli.fixtures().resolve("imports/packages");
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.toList()) {
                Path dest = work.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else {
                    Files.copy(p, dest);
                    Files.setLastModifiedTime(dest, FileTime.fromMillis(1_600_000_000_000L));
                }
            }
        }
        JsonArray golden = JsonParser.parseString(Files.readString(Cli.fixtures().resolve("imports/verbose.out.json"))).getAsJsonArray();
        for (JsonElement run : golden) {
            String step = run.getAsJsonObject().get("step").getAsString();
            if (step.equals("edited")) {
                Path sub = work.resolve("pkg/sub.py");
                Files.writeString(sub, Files.readString(sub) + "EDITED = True\n");
                Files.setLastModifiedTime(sub, FileTime.fromMillis(1_600_000_100_000L));
            }
            List<String> expected = new ArrayList<>();
            run.getAsJsonObject().get("trace").getAsJsonArray().forEach(e -> expected.add(e.getAsString()));
            assertEquals(expected, trace(work), step);
        }
    }

    private static List<String> trace(Path work) throws IOException {
        RunCommand rc = new RunCommand();
        new picocli.CommandLine(rc).parseArgs("-v", "main.py");
        rc.env = Map.of();
        rc.cwd = work;
        StringWriter out = new StringWriter(), err = new StringWriter();
        rc.execute(new PrintWriter(out, true), new PrintWriter(err, true));
        String dir = work.toString();
        List<String> kept = new ArrayList<>();
        for (String line : err.toString().split("\n")) {
            boolean mentions = line.contains(dir) || MODULES.stream().anyMatch(m -> line.contains("'" + m + "'"));
            if (!mentions || line.startsWith("# cleanup") || line.startsWith("# destroy")) continue;
            kept.add(line.replaceAll(" at 0x[0-9a-f]+", " at 0x?").replace(dir, "{dir}"));
        }
        return kept;
    }
}
