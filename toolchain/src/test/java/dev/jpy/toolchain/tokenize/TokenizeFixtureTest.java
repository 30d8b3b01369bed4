package dev.jpy.toolchain.tokenize;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.Goldens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** jpy's tokenize output equals CPython 3.13's recorded {@code tokens.txt} / {@code tokens-e.txt} for every fixture. */
class TokenizeFixtureTest {

    static List<String> fixtureNames() throws Exception {
        Path golden = Goldens.fixtures().resolve("golden");
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(golden)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("tokens.txt"))).map(d -> d.getFileName().toString())
                    .sorted().forEach(names::add);
        }
        return names;
    }

    @Test
    void everyFixtureMatchesCPython() throws Exception {
        List<String> names = fixtureNames();
        assertEquals(24, names.size(), "fixtures with tokens.txt: " + names);
        Path fx = Goldens.fixtures();
        int identical = 0;
        List<String> failures = new ArrayList<>();
        for (String name : names) {
            byte[] src = Files.readAllBytes(fx.resolve("src/" + name + ".py"));
            for (boolean exact : new boolean[] {false, true}) {
                String gold = Files.readString(fx.resolve("golden/" + name + (exact ? "/tokens-e.txt" : "/tokens.txt")));
                Tokenize.Outcome o = Tokenize.run(src, "src/" + name + ".py", exact);
                String got = o.ok() ? o.output() : o.error() + "\n";
                if (gold.equals(got)) identical++;
                else failures.add(name + (exact ? " -e" : "") + ": " + firstDiff(gold, got));
            }
        }
        System.out.println("tokenize fixtures: " + identical + " of " + 2 * names.size() + " outputs identical");
        assertEquals(List.of(), failures);
    }

    static String firstDiff(String want, String got) {
        String[] a = want.split("\n", -1), b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<none>", y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) return "line " + (i + 1) + "\n  cpython: " + x + "\n  jpy:     " + y;
        }
        return "same";
    }
}
