package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.Goldens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The invalid-syntax corpus {@code fixtures/invalid}: every snippet that {@code ast.parse} rejects in
 * CPython 3.13 must be rejected, and every snippet it accepts (errors only at compile time) must parse.
 * Rejections must be identical to CPython's SyntaxError in class (SyntaxError, IndentationError, TabError,
 * MemoryError, RecursionError), message, lineno, offset, end_lineno and end_offset, except for the snippets
 * in {@link #DIFFERENT}, which must still differ (so the list stays exact); the floors below count the
 * identical ones.
 */
class ParseInvalidTest {
    private static final int MIN_SAME_MESSAGE = 378;
    private static final int MIN_SAME_MESSAGE_AND_POSITION = 378;

    /** Snippets CPython's ast.parse accepts and we reject; the test fails if one of them starts agreeing. */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.of();

    /** Rejected snippets whose error still differs from CPython's, with the reason. */
    private static final java.util.Map<String, String> DIFFERENT = java.util.Map.of();

    private static final Pattern PARSE_STAGE = Pattern.compile("\"parse\": \"(\\w+)\"");
    private static final Pattern MSG = Pattern.compile("\"msg\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CLASS = Pattern.compile("\"error_class\": \"(\\w+)\"");
    private static final Pattern POSITION = Pattern.compile("\"lineno\": (-?\\d+|null),\\s*\"offset\": (-?\\d+|null),\\s*"
            + "\"end_lineno\": (-?\\d+|null),\\s*\"end_offset\": (-?\\d+|null)");

    @Test
    void invalidSnippetsAreRejected() throws Exception {
        Path dir = Goldens.fixtures().resolve("invalid");
        List<Path> goldens = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("golden"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(goldens::add);
        }
        int rejectedWanted = 0, rejected = 0, acceptWanted = 0, accepted = 0, sameMsg = 0, samePos = 0;
        List<String> failures = new ArrayList<>();
        List<String> knownSeen = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        for (Path g : goldens) {
            String json = Files.readString(g);
            String name = g.getFileName().toString().replace(".json", "");
            Matcher st = PARSE_STAGE.matcher(json);
            assertTrue(st.find(), name);
            boolean cpythonRejects = st.group(1).equals("error");
            byte[] raw = Files.readAllBytes(dir.resolve("snippets/" + name + ".py"));
            ParseException pe = null;
            boolean failed = false;
            try {
                String src = SourceBytes.decode(raw, name + ".py");
                Parser.parse(src, name + ".py", "exec", false); // ast.parse, as the goldens were recorded
            } catch (ParseException e) {
                pe = e;
                failed = true;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(name + ": crashed with " + e);
                continue;
            }
            if (KNOWN.containsKey(name)) {
                if (cpythonRejects == failed) failures.add(name + ": listed as a known difference but agrees with CPython now");
                knownSeen.add(name);
                continue;
            }
            if (cpythonRejects) {
                rejectedWanted++;
                if (failed) rejected++;
                else failures.add(name + ": accepted, CPython rejects it");
                Matcher m = MSG.matcher(json), c = CLASS.matcher(json), p = POSITION.matcher(json);
                assertTrue(m.find() && c.find() && p.find(), name);
                String want = c.group(1) + ": " + unescape(m.group(1));
                String wantPos = p.group(1) + ":" + p.group(2) + "-" + p.group(3) + ":" + p.group(4);
                String got = pe == null ? "(no SyntaxError)" : pe.pyClass() + ": " + pe.getMessage();
                String gotPos = pe == null ? "" : position(pe, !wantPos.startsWith("null"));
                boolean same = want.equals(got) && wantPos.equals(gotPos);
                if (want.equals(got)) {
                    sameMsg++;
                    if (same) samePos++;
                    else differ.add(name + " | position " + gotPos + ", CPython " + wantPos);
                } else {
                    differ.add(name + " | " + got + " " + gotPos + " | CPython " + want + " " + wantPos);
                }
                if (same && DIFFERENT.containsKey(name)) failures.add(name + ": listed in DIFFERENT but identical to CPython now");
                if (!same && !DIFFERENT.containsKey(name)) failures.add(name + ": differs from CPython: " + differ.getLast());
            } else {
                acceptWanted++;
                if (!failed) accepted++;
                else failures.add(name + ": rejected (" + pe + "), CPython's ast.parse accepts it");
            }
        }
        System.out.println("parse invalid corpus: rejected " + rejected + " of " + rejectedWanted
                + " (same class and message " + sameMsg + ", also same lineno, offset, end_lineno, end_offset " + samePos + "); accepted "
                + accepted + " of " + acceptWanted + " compile-stage snippets");
        System.out.println("differ from CPython (" + differ.size() + "):\n  " + String.join("\n  ", differ));
        assertEquals("", String.join("\n", failures));
        assertEquals(KNOWN.size(), knownSeen.size(), "known differences present: " + knownSeen);
        assertTrue(sameMsg >= MIN_SAME_MESSAGE, "same message: " + sameMsg);
        assertTrue(samePos >= MIN_SAME_MESSAGE_AND_POSITION, "same message and position: " + samePos);
    }

    /** lineno:offset-end_lineno:end_offset, or the null position CPython gives non-SyntaxErrors. */
    private static String position(ParseException e, boolean hasPosition) {
        if (!hasPosition) return e.lineno() == 0 ? "null:null-null:null" : "at line " + e.lineno();
        return e.lineno() + ":" + e.offset() + "-" + end(e.endLineno()) + ":" + end(e.endOffset());
    }

    private static String end(int v) {
        return v == ParseException.NO_END ? "null" : String.valueOf(v);
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
