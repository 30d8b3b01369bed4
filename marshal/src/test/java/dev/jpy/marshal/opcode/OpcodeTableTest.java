package dev.jpy.marshal.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the generated {@link Opcode} table against fixtures/golden/opcodes.json, which
 * marshal/tools/gen_opcodes.py records straight from CPython 3.13's opcode, _opcode_metadata, dis and
 * _opcode modules. Any difference (a generator bug or a hand edit of Opcode.java) fails here.
 */
class OpcodeTableTest {

    private static JsonObject golden;

    @BeforeAll
    static void loadGolden() throws IOException {
        String fixtures = System.getProperty("jpy.fixtures");
        assertNotNull(fixtures, "system property jpy.fixtures is not set (surefire passes it)");
        Path file = Path.of(fixtures, "golden", "opcodes.json");
        assertTrue(Files.isRegularFile(file), "missing golden " + file + "; run marshal/tools/gen_opcodes.py");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            golden = JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    /** Collects mismatches so one run reports many of them, not just the first. */
    private static final class Mismatches {
        private final List<String> items = new ArrayList<>();

        void check(boolean ok, String what) {
            if (!ok) {
                items.add(what);
            }
        }

        void eq(Object expected, Object actual, String what) {
            check(java.util.Objects.equals(expected, actual),
                    what + ": expected <" + expected + "> but was <" + actual + ">");
        }

        void assertNone(String context) {
            if (!items.isEmpty()) {
                fail(context + ": " + items.size() + " mismatch(es), first ones:\n  "
                        + String.join("\n  ", items.subList(0, Math.min(25, items.size()))));
            }
        }
    }

    private static JsonObject obj(String key) {
        return golden.getAsJsonObject(key);
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }

    private static Set<Integer> ints(JsonArray a) {
        Set<Integer> out = new TreeSet<>();
        a.forEach(e -> out.add(e.getAsInt()));
        return out;
    }

    private static Set<Integer> numbersOf(Predicate<Opcode> p) {
        Set<Integer> out = new TreeSet<>();
        for (Opcode op : Opcode.values()) {
            if (p.test(op)) {
                out.add(op.number());
            }
        }
        return out;
    }

    @Test
    void generatedFromTheSameCPythonAsTheGolden() {
        assertEquals(golden.get("python_version").getAsString(), Opcode.CPYTHON_VERSION);
        assertTrue(Opcode.CPYTHON_VERSION.startsWith("3.13."), Opcode.CPYTHON_VERSION);
    }

    @Test
    void everyNameAndNumberBothWays() {
        Mismatches m = new Mismatches();
        JsonObject opmap = obj("opmap");
        assertEquals(opmap.size(), Opcode.values().length, "number of opcodes (opmap + specialized)");
        for (Map.Entry<String, JsonElement> e : opmap.entrySet()) {
            String name = e.getKey();
            int number = e.getValue().getAsInt();
            Opcode op = Opcode.byName(name);
            if (op == null) {
                m.check(false, "no constant for " + name);
                continue;
            }
            m.eq(name, op.name(), "name of " + name);
            m.eq(number, op.number(), "number of " + name);
            m.eq(op, Opcode.valueOf(name), "valueOf(" + name + ")");
            if (number < 256) {
                m.eq(op, Opcode.byNumber(number), "byNumber(" + number + ")");
                m.eq(null, Opcode.pseudoByNumber(number), "pseudoByNumber(" + number + ")");
            } else {
                m.eq(op, Opcode.pseudoByNumber(number), "pseudoByNumber(" + number + ")");
                m.eq(null, Opcode.byNumber(number), "byNumber(" + number + ")");
            }
        }
        for (Opcode op : Opcode.values()) {
            m.check(opmap.has(op.name()), op.name() + " is not in CPython's opmap");
        }
        assertNull(Opcode.byName("NO_SUCH_OP"));
        assertSame(Opcode.EXTENDED_ARG, Opcode.byNumber(golden.get("EXTENDED_ARG").getAsInt()));
        m.assertNone("names/numbers");
    }

    @Test
    void kindsFollowCPythonsClassification() {
        Mismatches m = new Mismatches();
        JsonObject specialized = obj("specialized_opmap");
        JsonObject real = obj("real_opmap");
        int minInstrumented = golden.get("MIN_INSTRUMENTED_OPCODE").getAsInt();
        Map<Opcode.Kind, Integer> counts = new EnumMap<>(Opcode.Kind.class);
        for (Opcode op : Opcode.values()) {
            Opcode.Kind expected;
            if (specialized.has(op.name())) {
                expected = Opcode.Kind.SPECIALIZED;
                m.check(!real.has(op.name()), op.name() + " is both specialized and in opcode.opmap");
            } else if (op.number() >= 256) {
                expected = Opcode.Kind.PSEUDO;
            } else if (op.number() >= minInstrumented) {
                expected = Opcode.Kind.INSTRUMENTED;
            } else {
                expected = Opcode.Kind.REAL;
            }
            m.eq(expected, op.kind(), "kind of " + op);
            m.eq(expected == Opcode.Kind.SPECIALIZED, op.isSpecialized(), "isSpecialized of " + op);
            m.eq(expected == Opcode.Kind.INSTRUMENTED, op.isInstrumented(), "isInstrumented of " + op);
            m.eq(expected == Opcode.Kind.PSEUDO, op.isPseudo(), "isPseudo of " + op);
            counts.merge(op.kind(), 1, Integer::sum);
        }
        m.eq(specialized.size(), counts.get(Opcode.Kind.SPECIALIZED), "number of specialized opcodes");
        m.eq(real.size(), Opcode.values().length - counts.get(Opcode.Kind.SPECIALIZED), "opcodes in opcode.opmap");
        m.assertNone("kinds");
    }

    @Test
    void opnameOfEveryNumberLikeDis() {
        Mismatches m = new Mismatches();
        List<String> opname = strings(golden.getAsJsonArray("opname"));
        List<String> allOpname = strings(golden.getAsJsonArray("all_opname"));
        assertTrue(opname.size() > 256, "dis.opname covers the pseudo opcodes");
        for (int n = 0; n < 600; n++) {
            String hole = "<" + n + ">";
            m.eq(n < opname.size() ? opname.get(n) : hole, Opcode.opname(n), "opname(" + n + ")");
            m.eq(n < allOpname.size() ? allOpname.get(n) : hole, Opcode.allOpname(n), "allOpname(" + n + ")");
        }
        m.eq("<-1>", Opcode.opname(-1), "opname(-1)");
        m.eq("<-1>", Opcode.allOpname(-1), "allOpname(-1)");
        // the holes of dis.opname are exactly the unused and the specialized numbers
        for (int n = 0; n < 256; n++) {
            Opcode op = Opcode.byNumber(n);
            boolean hole = op == null || op.isSpecialized();
            m.eq(hole, Opcode.opname(n).equals("<" + n + ">"), "hole at " + n);
            m.eq(op == null ? "<" + n + ">" : op.name(), Opcode.allOpname(n), "allOpname vs byNumber at " + n);
        }
        m.assertNone("opname");
    }

    @Test
    void byNumberIsConsistentWithNumber() {
        Mismatches m = new Mismatches();
        for (int n = -300; n < 1024; n++) {
            Opcode op = Opcode.byNumber(n);
            if (op != null) {
                m.eq(n, op.number(), "byNumber(" + n + ").number()");
                m.check(!op.isPseudo(), "byNumber(" + n + ") gave pseudo " + op);
            } else if (n >= 0 && n < 256) {
                m.eq("<" + n + ">", Opcode.allOpname(n), "byNumber(" + n + ") is null but dis names it");
            }
            Opcode pseudo = Opcode.pseudoByNumber(n);
            if (pseudo != null) {
                m.eq(n, pseudo.number(), "pseudoByNumber(" + n + ").number()");
                m.check(pseudo.isPseudo(), "pseudoByNumber(" + n + ") gave " + pseudo);
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (Opcode op : Opcode.values()) {
            m.check(seen.add(op.number()), "number " + op.number() + " used twice (" + op + ")");
            if (op.isPseudo()) {
                m.check(op.number() >= 256, op + " pseudo below 256");
                m.eq(op, Opcode.pseudoByNumber(op.number()), "pseudoByNumber(" + op + ".number())");
                m.eq(null, Opcode.byNumber(op.number()), "byNumber of pseudo " + op);
            } else {
                m.check(op.number() >= 0 && op.number() < 256, op + " outside 0..255");
                m.eq(op, Opcode.byNumber(op.number()), "byNumber(" + op + ".number())");
            }
        }
        m.assertNone("byNumber");
    }

    @Test
    void cacheEntriesAndFormats() {
        Mismatches m = new Mismatches();
        JsonObject entries = obj("inline_cache_entries");
        JsonObject formats = obj("cache_format");
        assertEquals(entries.keySet(), formats.keySet());
        for (Opcode op : Opcode.values()) {
            // dis: _inline_cache_entries / _cache_format of the deoptimized opcode's name
            String base = op.isSpecialized() ? baseOf(op.name()) : op.name();
            int expected = entries.has(base) ? entries.get(base).getAsInt() : 0;
            m.eq(expected, op.cacheEntries(), "cacheEntries of " + op);
            List<CacheField> fmt = new ArrayList<>();
            if (formats.has(base)) {
                for (JsonElement f : formats.getAsJsonArray(base)) {
                    JsonArray pair = f.getAsJsonArray();
                    fmt.add(new CacheField(pair.get(0).getAsString(), pair.get(1).getAsInt()));
                }
            }
            m.eq(fmt, op.cacheFormat(), "cacheFormat of " + op);
            m.eq(op.cacheEntries(), op.cacheFormat().stream().mapToInt(CacheField::size).sum(),
                    "cache format size of " + op);
        }
        m.assertNone("caches");
    }

    private static String baseOf(String specialized) {
        for (Map.Entry<String, JsonElement> e : obj("specializations").entrySet()) {
            if (strings(e.getValue().getAsJsonArray()).contains(specialized)) {
                return e.getKey();
            }
        }
        throw new AssertionError("no base for " + specialized + " in _specializations");
    }

    @Test
    void flagListsMatchTheOpcodeModule() {
        // opcode.has* are computed over opcode.opmap (real, instrumented and pseudo; no specialized ones)
        Predicate<Opcode> inOpmap = op -> !op.isSpecialized();
        Mismatches m = new Mismatches();
        Map<String, Predicate<Opcode>> lists = Map.of(
                "hasarg", Opcode::hasArg, "hasconst", Opcode::hasConst, "hasname", Opcode::hasName,
                "hasjump", Opcode::hasJump, "hasjrel", Opcode::hasJump, "hasfree", Opcode::hasFree,
                "haslocal", Opcode::hasLocal, "hasexc", Opcode::hasExc, "hascompare", Opcode::hasCompare);
        for (Map.Entry<String, Predicate<Opcode>> e : lists.entrySet()) {
            m.eq(ints(golden.getAsJsonArray(e.getKey())), numbersOf(inOpmap.and(e.getValue())), e.getKey());
        }
        m.eq(Set.of(), ints(golden.getAsJsonArray("hasjabs")), "hasjabs is empty in 3.13");
        m.assertNone("opcode.has* lists");
    }

    @Test
    void flagsOfEveryOpcodeMatchTheCModule() {
        // _opcode.has_*(n) for every number, specialized ones included
        Mismatches m = new Mismatches();
        JsonObject flags = obj("_opcode_flags");
        Map<String, Predicate<Opcode>> preds = Map.of(
                "has_arg", Opcode::hasArg, "has_const", Opcode::hasConst, "has_name", Opcode::hasName,
                "has_jump", Opcode::hasJump, "has_free", Opcode::hasFree, "has_local", Opcode::hasLocal,
                "has_exc", Opcode::hasExc, "is_valid", Opcode::isValid);
        assertEquals(preds.keySet(), flags.keySet());
        JsonArray probed = golden.getAsJsonArray("_opcode_flags_probed");
        int lo = probed.get(0).getAsInt();
        int hi = probed.get(1).getAsInt();
        for (Map.Entry<String, Predicate<Opcode>> e : preds.entrySet()) {
            Set<Integer> expected = ints(flags.getAsJsonArray(e.getKey()));
            m.eq(expected, numbersOf(op -> op.number() >= lo && op.number() <= hi && e.getValue().test(op)),
                    "_opcode." + e.getKey());
        }
        m.assertNone("_opcode flags");
    }

    @Test
    void deoptOfEverySpecializedOpcode() {
        Mismatches m = new Mismatches();
        Set<String> specializedSeen = new HashSet<>();
        for (Map.Entry<String, JsonElement> e : obj("specializations").entrySet()) {
            Opcode base = Opcode.byName(e.getKey());
            m.check(base != null && base.kind() == Opcode.Kind.REAL, "base " + e.getKey());
            for (String s : strings(e.getValue().getAsJsonArray())) {
                Opcode op = Opcode.byName(s);
                if (op == null) {
                    m.check(false, "missing specialized " + s);
                    continue;
                }
                specializedSeen.add(s);
                m.eq(base, op.deopt(), "deopt of " + s);
                m.eq(base.cacheEntries(), op.cacheEntries(), "cache entries of " + s + " vs base");
            }
        }
        for (Opcode op : Opcode.values()) {
            if (op.isSpecialized()) {
                m.check(specializedSeen.contains(op.name()), op + " is in no family of _specializations");
                m.check(op.deopt() != op && !op.deopt().isSpecialized(), "deopt of " + op + " is " + op.deopt());
            } else {
                m.eq(op, op.deopt(), "deopt of non-specialized " + op);
            }
        }
        m.assertNone("deopt");
    }

    @Test
    void backwardJumpsLikeDis() {
        Set<Integer> expected = ints(golden.getAsJsonArray("backward_jumps"));
        assertEquals(expected, numbersOf(Opcode::isBackwardJump));
        assertEquals(Set.of(Opcode.JUMP_BACKWARD.number(), Opcode.JUMP_BACKWARD_NO_INTERRUPT.number()), expected);
    }

    @Test
    void constantsAndArgumentTables() {
        assertEquals(golden.get("HAVE_ARGUMENT").getAsInt(), Opcode.HAVE_ARGUMENT);
        assertEquals(golden.get("MIN_INSTRUMENTED_OPCODE").getAsInt(), Opcode.MIN_INSTRUMENTED_OPCODE);
        List<NbOp> nb = new ArrayList<>();
        for (JsonElement e : golden.getAsJsonArray("nb_ops")) {
            nb.add(new NbOp(e.getAsJsonArray().get(0).getAsString(), e.getAsJsonArray().get(1).getAsString()));
        }
        assertEquals(nb, Opcode.NB_OPS);
        assertEquals(strings(golden.getAsJsonArray("intrinsic1_descs")), Opcode.INTRINSIC_1_DESCS);
        assertEquals(strings(golden.getAsJsonArray("intrinsic2_descs")), Opcode.INTRINSIC_2_DESCS);
        assertEquals(strings(golden.getAsJsonArray("cmp_op")), Opcode.CMP_OP);
        assertEquals(List.of("<", "<=", "==", "!=", ">", ">="), Opcode.CMP_OP);
        assertEquals(strings(golden.getAsJsonArray("function_attr_flags")), Opcode.FUNCTION_ATTR_FLAGS);
        assertEquals(List.of("defaults", "kwdefaults", "annotations", "closure"), Opcode.FUNCTION_ATTR_FLAGS);
    }

    @Test
    void everySampledStackEffect() {
        Mismatches m = new Mismatches();
        JsonObject effects = obj("stack_effects");
        assertEquals(Opcode.values().length, effects.size(), "stack effects recorded for every opcode");
        int checked = 0;
        for (Map.Entry<String, JsonElement> e : effects.entrySet()) {
            Opcode op = Opcode.valueOf(e.getKey());
            boolean anyKnown = false;
            for (Map.Entry<String, JsonElement> s : e.getValue().getAsJsonObject().entrySet()) {
                int oparg = Integer.parseInt(s.getKey());
                String where = op + " oparg " + oparg;
                if (s.getValue().isJsonNull()) {
                    m.check(throwsUnsupported(op, oparg, true) && throwsUnsupported(op, oparg, false),
                            where + ": CPython raises, expected UnsupportedOperationException");
                    continue;
                }
                anyKnown = true;
                JsonArray pair = s.getValue().getAsJsonArray();
                int t = pair.get(0).getAsInt();
                int f = pair.get(1).getAsInt();
                try {
                    m.eq(t, op.stackEffect(oparg, true), where + " jump=true");
                    m.eq(f, op.stackEffect(oparg, false), where + " jump=false");
                    m.eq(Math.max(t, f), op.maxStackEffect(oparg), where + " max");
                } catch (UnsupportedOperationException ex) {
                    m.check(false, where + ": threw but CPython gives " + t + "/" + f);
                }
                checked++;
            }
            m.eq(anyKnown, op.hasKnownStackEffect(), "hasKnownStackEffect of " + op);
        }
        assertTrue(checked > 40_000, "checked only " + checked + " samples");
        m.assertNone("stack effects");
    }

    private static boolean throwsUnsupported(Opcode op, int oparg, boolean jump) {
        try {
            op.stackEffect(oparg, jump);
            return false;
        } catch (UnsupportedOperationException expected) {
            return true;
        }
    }

    @Test
    void stackEffectRejectsNegativeOparg() {
        assertThrows(IllegalArgumentException.class, () -> Opcode.BUILD_LIST.stackEffect(-1, false));
        assertThrows(IllegalArgumentException.class, () -> Opcode.NOP.stackEffect(-1, true));
    }

    @Test
    void everyOpcodeHasAMeaning() {
        Mismatches m = new Mismatches();
        for (Opcode op : Opcode.values()) {
            String d = op.description();
            m.check(d != null && !d.isBlank(), op + " has no description");
            if (op.isSpecialized()) {
                m.check(d.contains(op.deopt().name()), op + ": description should name " + op.deopt());
            }
        }
        m.assertNone("descriptions");
    }

    @Test
    void numberConstantsAreTheTablesNumbers() throws Exception {
        int n = 0;
        for (var f : OpNum.class.getDeclaredFields()) {
            if (f.getType() != int.class) continue;
            assertEquals(Opcode.valueOf(f.getName()).number(), f.getInt(null), f.getName());
            n++;
        }
        assertEquals(Opcode.values().length, n, "one constant per opcode");
    }
}
