package dev.jpy.toolchain.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.marshal.Goldens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 2000 random programs mixing the scoping constructs (fixtures/symtable/fuzz.py): jpy's symbol-table
 * dump, errors included, must hash like CPython 3.13's.
 */
class SymtableFuzzTest {
    @Test
    void randomScopingProgramsMatchCPython() throws Exception {
        String all = Files.readString(Goldens.fixtures().resolve("symtable/fuzz.txt"), StandardCharsets.UTF_8);
        String[] records = all.split("(?m)^#### ");
        int total = 0;
        int same = 0;
        int errors = 0;
        List<String> diffs = new ArrayList<>();
        for (String rec : records) {
            if (rec.isEmpty()) {
                continue;
            }
            int nl = rec.indexOf('\n');
            String want = rec.substring(0, nl);
            String src = rec.substring(nl + 1);
            String dump = SymtableDump.dump(src.getBytes(StandardCharsets.UTF_8), "<fuzz>");
            total++;
            if (SymtableDump.sha(dump).equals(want)) {
                same++;
                if (dump.startsWith("ERROR")) {
                    errors++;
                }
            } else {
                diffs.add(src);
            }
        }
        System.out.println("symtable fuzz: " + same + " of " + total + " random programs identical (" + errors
                + " of them errors in both)");
        diffs.stream().limit(3).forEach(d -> System.out.println("  DIFF for:\n" + d));
        assertTrue(total >= 1000, "programs: " + total);
        assertEquals(0, diffs.size(), "programs whose symbol table differs from CPython's");
    }
}
