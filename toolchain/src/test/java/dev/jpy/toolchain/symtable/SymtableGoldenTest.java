package dev.jpy.toolchain.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.Goldens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jpy's symbol table against CPython 3.13's for the fixture programs (fixtures/src) and the scoping
 * snippets (fixtures/symtable/snippets): every block's type, name, line, nesting, children, varnames
 * and every symbol's flags, as recorded by fixtures/symtable/record.py.
 */
class SymtableGoldenTest {
    @Test
    void everyGoldenMatches() throws Exception {
        Path fx = Goldens.fixtures();
        Path golden = fx.resolve("symtable/golden");
        List<String> names;
        try (Stream<Path> s = Files.list(golden)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        int same = 0;
        List<String> failures = new ArrayList<>();
        for (String n : names) {
            String base = n.substring(0, n.length() - 4);
            Path src = base.startsWith("src_") ? fx.resolve("src/" + base.substring(4) + ".py")
                    : fx.resolve("symtable/snippets/" + base + ".py");
            String filename = base.startsWith("src_") ? "src/" + base.substring(4) + ".py" : "snippets/" + base + ".py";
            String want = Files.readString(golden.resolve(n), StandardCharsets.UTF_8);
            String got = SymtableDump.dump(Files.readAllBytes(src), filename);
            if (want.equals(got)) {
                same++;
            } else {
                failures.add(base + ": " + firstDiff(want, got));
            }
        }
        System.out.println("symtable goldens: " + same + " of " + names.size() + " identical");
        failures.forEach(f -> System.out.println("  DIFF " + f));
        assertTrue(names.size() >= 40, "goldens found: " + names.size());
        assertEquals(List.of(), failures);
    }

    static String firstDiff(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                String ctx = "";
                for (int j = i; j >= 0; j--) {
                    if (j < a.length && !a[j].startsWith(" ")) {
                        ctx = a[j];
                        break;
                    }
                }
                return "line " + (i + 1) + " [" + ctx + "]: want '" + x + "' got '" + y + "'";
            }
        }
        return "equal";
    }
}
