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
 * Every case of {@code modes.txt} (recorded from CPython 3.13 by {@code record_modes.py}): type comments
 * with {@code type_comments} on and off, the {@code single} and {@code func_type} modes. A tree must equal
 * CPython's {@code ast.dump(..., include_attributes=True, indent=1)}; an error must have CPython's message,
 * line and offset (the error class and end position are not carried by {@link ParseException}).
 */
class ParseModesTest {
    record Case(String group, String mode, boolean typeComments, String source, String expected) {}

    static List<Case> cases() throws Exception {
        String text;
        try (InputStream in = ParseModesTest.class.getResourceAsStream("modes.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("#case ")) continue;
            String[] head = lines[i].split(" ", -1);
            String src = new String(Base64.getDecoder().decode(head[4]), StandardCharsets.UTF_8);
            StringBuilder want = new StringBuilder();
            for (i++; !lines[i].equals("#end"); i++) {
                if (want.length() > 0) want.append('\n');
                want.append(lines[i]);
            }
            cases.add(new Case(head[1], head[2], head[3].equals("1"), src, want.toString()));
        }
        return cases;
    }

    @Test
    void everyCaseMatchesCPython() throws Exception {
        List<Case> cases = cases();
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            int[] n = counts.computeIfAbsent(c.group() + (c.typeComments() ? "+tc" : ""), k -> new int[2]);
            n[1]++;
            String want = c.expected();
            String got;
            try {
                got = AstDump.dump(Parser.parse(c.source(), "<unknown>", c.mode(), c.typeComments()), true, 1);
            } catch (ParseException e) {
                got = "ERROR " + e.getMessage() + "|" + e.line() + "|" + e.column();
                if (want.startsWith("ERROR ")) {
                    String[] f = want.substring(6).split("\\|", -1);
                    want = "ERROR " + f[1] + "|" + f[2] + "|" + f[3];
                }
            }
            if (got.equals(want)) n[0]++;
            else failures.add("[" + c.group() + " " + c.mode() + " tc=" + c.typeComments() + "] "
                    + c.source().replace("\n", "\\n") + "\n" + ParseGoldenTest.firstDiff(want, got));
        }
        StringBuilder summary = new StringBuilder("parse modes goldens (identical of total):");
        counts.forEach((k, v) -> summary.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1]));
        System.out.println(summary);
        assertTrue(cases.size() > 150, "cases: " + cases.size());
        assertEquals("", String.join("\n\n", failures));
    }

    @Test
    void unknownModeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Parser.parse("x", "<unknown>", "nope", false));
    }
}
