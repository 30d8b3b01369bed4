package dev.jpy.toolchain.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.instr.CodeUnitMetadata;
import dev.jpy.toolchain.instr.InstrSequence;
import dev.jpy.toolchain.instr.Location;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Feeds CPython 3.13's recorded codegen output for module units (fixtures/golden/cfg, recorded by
 * toolchain/tools/record_cfg_goldens.py) through the flow graph and assembler and compares the code
 * object with CPython's, field by field.
 */
public class ModuleUnitGoldenTest {
    @Test
    void moduleUnitsMatchCPython() throws Exception {
        JsonArray units = units();
        int same = 0;
        Map<String, Integer> byField = new TreeMap<>();
        List<String> firstFailures = new ArrayList<>();
        for (JsonElement e : units) {
            JsonObject u = e.getAsJsonObject();
            String file = u.get("file").getAsString();
            PyCode expected = (PyCode) read(u.get("expected_marshal").getAsString());
            PyCode actual;
            try {
                actual = CodeAssembler.assemble(sequence(u), metadata(u, expected), u.get("flags").getAsInt(), file);
            } catch (RuntimeException ex) {
                byField.merge("exception", 1, Integer::sum);
                if (firstFailures.size() < 15) firstFailures.add(file + ": " + ex);
                continue;
            }
            List<String> diffs = diff(expected, actual);
            if (diffs.isEmpty()) same++;
            for (String d : diffs) byField.merge(d, 1, Integer::sum);
            if (!diffs.isEmpty() && firstFailures.size() < 15) firstFailures.add(file + ": " + diffs + firstLocationDiff(expected, actual));
        }
        System.out.println("module units identical: " + same + " / " + units.size() + "; failing by field: " + byField);
        firstFailures.forEach(f -> System.out.println("  " + f));
        assertTrue(same > 0, "no module unit matched CPython");
        assertEquals(units.size(), same, "module units differing from CPython: " + byField);
    }

    private static JsonArray cached;

    /** The recorded units (read once per test JVM). */
    static synchronized JsonArray units() throws java.io.IOException {
        if (cached == null) {
            try (var r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                    Goldens.golden("cfg/module_units.json.gz"))), StandardCharsets.UTF_8)) {
                cached = JsonParser.parseReader(r).getAsJsonArray();
            }
        }
        return cached;
    }

    static PyObj read(String b64) {
        return MarshalReader.read(Base64.getDecoder().decode(b64), 0, MarshalDialect.PY311);
    }

    public static InstrSequence sequence(JsonObject u) {
        JsonArray ins = u.getAsJsonArray("instrs");
        InstrSequence seq = new InstrSequence();
        int n = ins.size();
        int[] labelOf = new int[n];
        java.util.Arrays.fill(labelOf, -1);
        List<int[]> rows = new ArrayList<>();
        for (JsonElement x : ins) {
            JsonArray a = x.getAsJsonArray();
            int[] row = new int[6];
            for (int k = 0; k < 6; k++) row[k] = a.get(k).getAsInt();
            rows.add(row);
        }
        for (int[] row : rows) {
            Opcode op = op(row[0]);
            if (op.hasJump() || op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH) {
                if (labelOf[row[1]] < 0) labelOf[row[1]] = seq.newLabel();
            }
        }
        for (int i = 0; i < n; i++) {
            int[] row = rows.get(i);
            if (labelOf[i] >= 0) seq.useLabel(labelOf[i]);
            Opcode op = op(row[0]);
            boolean target = op.hasJump() || op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH;
            seq.addOp(op, target ? labelOf[row[1]] : row[1], new Location(row[2], row[3], row[4], row[5]));
        }
        return seq;
    }

    private static Opcode op(int n) { return n < 256 ? Opcode.byNumber(n) : Opcode.pseudoByNumber(n); }

    static CodeUnitMetadata metadata(JsonObject u, PyCode expected) {
        PyTuple plain = (PyTuple) read(u.get("consts_marshal").getAsString());
        List<PyObj> consts = new ArrayList<>(plain.items());
        for (Map.Entry<String, JsonElement> c : u.getAsJsonObject("code_consts").entrySet()) {
            consts.set(Integer.parseInt(c.getKey()), expected.consts().get(c.getValue().getAsInt()));
        }
        return new CodeUnitMetadata(u.get("name").getAsString(), u.get("name").getAsString(), consts,
                strings(u, "names"), strings(u, "varnames"), strings(u, "cellvars"), strings(u, "freevars"),
                hidden(expected), u.get("argcount").getAsInt(), u.get("posonlyargcount").getAsInt(),
                u.get("kwonlyargcount").getAsInt(), u.get("firstlineno").getAsInt());
    }

    /** Hidden fast locals (inlined comprehensions): codegen's u_fasthidden, which the recording lacks, read from CPython's code. */
    private static List<String> hidden(PyCode expected) {
        return expected.localNames(dev.jpy.marshal.model.LocalKind.HIDDEN);
    }

    private static List<String> strings(JsonObject u, String key) {
        List<String> out = new ArrayList<>();
        for (JsonElement x : u.getAsJsonArray(key)) out.add(x.getAsString());
        return out;
    }

    /** The first instruction whose decoded position differs, for the failure listing. */
    static String firstLocationDiff(PyCode e, PyCode a) {
        var pe = dev.jpy.marshal.code.LocationTable.decode(e.lineTable().toByteArray(), e.firstLineNo()).positions();
        var pa = dev.jpy.marshal.code.LocationTable.decode(a.lineTable().toByteArray(), a.firstLineNo()).positions();
        for (int i = 0; i < Math.min(pe.size(), pa.size()); i++) {
            if (!pe.get(i).equals(pa.get(i))) return " at unit " + i + ": expected " + pe.get(i) + " got " + pa.get(i);
        }
        return pe.size() != pa.size() ? " lengths " + pe.size() + " vs " + pa.size() : "";
    }

    static List<String> diff(PyCode e, PyCode a) {
        List<String> d = new ArrayList<>();
        if (!e.code().equals(a.code())) d.add("code");
        if (!e.consts().equals(a.consts())) d.add("consts");
        if (!e.names().equals(a.names())) d.add("names");
        if (!e.localsPlusNames().equals(a.localsPlusNames()) || !e.localsPlusKinds().equals(a.localsPlusKinds())) d.add("localsplus");
        if (e.stackSize() != a.stackSize()) d.add("stacksize");
        if (e.flags() != a.flags()) d.add("flags");
        if (!e.lineTable().equals(a.lineTable())) d.add("linetable");
        if (!e.exceptionTable().equals(a.exceptionTable())) d.add("exceptiontable");
        if (e.firstLineNo() != a.firstLineNo() || !e.name().equals(a.name()) || !e.qualname().equals(a.qualname())
                || !e.filename().equals(a.filename())) d.add("header");
        if (!d.isEmpty() && !e.equals(a)) return d;
        if (!e.equals(a)) d.add("other");
        return d;
    }
}
