package dev.jpy.toolchain.parse;

import static org.junit.jupiter.api.Assertions.*;

import dev.jpy.marshal.Goldens;
import dev.jpy.toolchain.tokenize.SourceDecoder;
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
 * CPython 3.13 must be rejected (ParseException, or a decode error), and every snippet it accepts
 * (errors only at compile time) must parse. Exact messages and positions are only counted so far
 * (the parser reports "invalid syntax" at the furthest token where CPython has special messages);
 * the floors below keep the counts from going down. {@link #KNOWN} lists the snippets that still differ.
 */
class ParseInvalidTest {
    private static final int MIN_SAME_MESSAGE = 0;
    private static final int MIN_SAME_MESSAGE_AND_POSITION = 0;

    /** Known differences, with the reason; the test fails if one of them starts agreeing with CPython. */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.of(
            "095_undecodable_utf8_comment", "SourceDecoder rejects invalid UTF-8 in a comment; CPython's ast.parse(bytes) accepts it",
            "098_undecodable_truncated_utf8_eof", "SourceDecoder rejects truncated UTF-8 at EOF; CPython's ast.parse(bytes) accepts it",
            "338_deep_binop_chain_20000", "no RecursionError 'maximum recursion depth exceeded during ast construction' for deep trees yet",
            "339_deep_attribute_chain_call", "no RecursionError 'maximum recursion depth exceeded during ast construction' for deep trees yet");

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
                String src = SourceDecoder.decode(raw, name + ".py").text();
                Parser.parseModule(src, name + ".py");
            } catch (ParseException e) {
                pe = e;
                failed = true;
            } catch (SourceDecoder.DecodeException e) {
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
                if (want.equals(got)) {
                    sameMsg++;
                    if (wantPos.equals(gotPos)) samePos++;
                    else differ.add(name + " | position " + gotPos + ", CPython " + wantPos);
                } else {
                    differ.add(name + " | " + got + " " + gotPos + " | CPython " + want + " " + wantPos);
                }
            } else {
                acceptWanted++;
                if (!failed) accepted++;
                else failures.add(name + ": rejected (" + pe + "), CPython's ast.parse accepts it");
            }
        }
        System.out.println("parse invalid corpus: rejected " + rejected + " of " + rejectedWanted
                + " (same message " + sameMsg + ", same message and position " + samePos + "); accepted "
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
        return e.lineno() + ":" + e.offset() + "-" + e.endLineno() + ":" + e.endOffset();
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
