package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.ast.AstDump;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixtures {@code fixtures/src/*.py} parse to exactly {@code fixtures/golden/NAME/ast-attrs.txt}.
 * Fixtures using syntax the parser does not support yet would be listed in {@link #UNSUPPORTED}
 * (currently none: all 24 match); the test fails if the list is not exactly the fixtures that raise a
 * "not supported" error, or if any other fixture differs from CPython.
 */
class ParseFixtureTest {
    static final List<String> UNSUPPORTED = List.of();

    @Test
    void fixturesMatchCPython() throws Exception {
        Path fx = Goldens.fixtures();
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(fx.resolve("golden"))) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("ast-attrs.txt"))).map(d -> d.getFileName().toString())
                    .sorted().forEach(names::add);
        }
        assertEquals(24, names.size(), "fixtures with ast-attrs.txt: " + names);
        List<String> failures = new ArrayList<>();
        TreeMap<String, String> unsupported = new TreeMap<>();
        int identical = 0;
        for (String name : names) {
            byte[] raw = Files.readAllBytes(fx.resolve("src/" + name + ".py"));
            String src = SourceDecoder.decode(raw, "src/" + name + ".py").text();
            String gold = Files.readString(fx.resolve("golden/" + name + "/ast-attrs.txt")).stripTrailing();
            String got;
            try {
                got = AstDump.dump(Parser.parseModule(src, "src/" + name + ".py"), true, 1);
            } catch (ParseException e) {
                if (e.getMessage().contains("not supported by this parser yet")) {
                    unsupported.put(name, e.getMessage());
                    continue;
                }
                got = "EXCEPTION " + e;
            }
            if (gold.equals(got)) identical++;
            else failures.add(name + ": " + ParseGoldenTest.firstDiff(gold, got));
        }
        System.out.println("parse fixtures: " + identical + " of " + names.size() + " identical; unsupported: " + unsupported);
        assertEquals("", String.join("\n", failures));
        assertEquals(UNSUPPORTED, List.copyOf(unsupported.keySet()));
    }
}
