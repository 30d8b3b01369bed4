package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.toolchain.ast.AstDump;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every snippet of {@code goldens.txt} (recorded from CPython 3.13 by {@code record_goldens.py}, grouped
 * as expr / simple / compound) parses to exactly CPython's {@code ast.dump(..., include_attributes=True, indent=1)}.
 */
class ParseGoldenTest {
    record Case(String group, String source, String dump) {}

    static List<Case> cases() throws Exception {
        String text;
        try (InputStream in = ParseGoldenTest.class.getResourceAsStream("goldens.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("#case ")) continue;
            String[] head = lines[i].split(" ");
            String src = new String(Base64.getDecoder().decode(head.length > 2 ? head[2] : ""), StandardCharsets.UTF_8);
            StringBuilder dump = new StringBuilder();
            for (i++; !lines[i].equals("#end"); i++) {
                if (dump.length() > 0) dump.append('\n');
                dump.append(lines[i]);
            }
            cases.add(new Case(head[1], src, dump.toString()));
        }
        return cases;
    }

    @Test
    void snippetsMatchCPython() throws Exception {
        List<Case> cases = cases();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            counts.merge(c.group(), 1, Integer::sum);
            String got;
            try {
                got = AstDump.dump(Parser.parseModule(c.source(), "<unknown>"), true, 1);
            } catch (RuntimeException e) {
                got = "EXCEPTION " + e;
            }
            if (!got.equals(c.dump())) {
                failures.add("[" + c.group() + "] " + c.source().strip() + "\n" + firstDiff(c.dump(), got));
            }
        }
        System.out.println("parse goldens: " + counts + ", failing " + failures.size());
        assertTrue(cases.size() > 400, "cases: " + cases.size());
        assertEquals("", String.join("\n\n", failures));
    }

    static String firstDiff(String want, String got) {
        String[] a = want.split("\n", -1), b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<none>", y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) return "  line " + (i + 1) + "\n  cpython: " + x + "\n  jpy:     " + y;
        }
        return "same";
    }
}
