package dev.jpy.toolchain.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.jpy.marshal.model.LocalKind;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.toolchain.instr.CodeUnitMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Function, class, lambda and comprehension units: CPython's recorded codegen output for each nested
 * unit, with metadata rebuilt from CPython's final code object, through flow graph and assembler.
 */
class NestedUnitGoldenTest {
    @Test
    void nestedUnitsMatchCPython() throws Exception {
        int same = 0;
        int total = 0;
        Map<String, Integer> byField = new TreeMap<>();
        List<String> firstFailures = new ArrayList<>();
        for (JsonElement e : ModuleUnitGoldenTest.units()) {
            JsonObject u = e.getAsJsonObject();
            String file = u.get("file").getAsString();
            PyCode module = (PyCode) ModuleUnitGoldenTest.read(u.get("expected_marshal").getAsString());
            for (JsonElement n : u.getAsJsonArray("nested")) {
                JsonObject unit = n.getAsJsonObject();
                PyCode expected = module;
                for (JsonElement i : unit.getAsJsonArray("path")) expected = (PyCode) expected.consts().get(i.getAsInt());
                total++;
                PyCode actual;
                try {
                    actual = CodeAssembler.assemble(ModuleUnitGoldenTest.sequence(unit), metadata(expected),
                            expected.flags(), file);
                } catch (RuntimeException ex) {
                    byField.merge("exception", 1, Integer::sum);
                    if (firstFailures.size() < 20) firstFailures.add(file + " " + expected.qualname() + ": " + ex);
                    continue;
                }
                List<String> diffs = ModuleUnitGoldenTest.diff(expected, actual);
                if (diffs.isEmpty()) same++;
                for (String d : diffs) byField.merge(d, 1, Integer::sum);
                if (!diffs.isEmpty() && firstFailures.size() < 20) {
                    firstFailures.add(file + " " + expected.qualname() + ": " + diffs
                            + (diffs.contains("code") ? firstCodeDiff(expected, actual) : "")
                            + (diffs.equals(List.of("consts")) ? constDiff(expected, actual) : "")
                            + (diffs.equals(List.of("exceptiontable"))
                                    ? " expected " + dev.jpy.marshal.code.ExceptionTable.decode(expected.exceptionTable().toByteArray())
                                    + " got " + dev.jpy.marshal.code.ExceptionTable.decode(actual.exceptionTable().toByteArray()) : ""));
                }
            }
        }
        System.out.println("nested units identical: " + same + " / " + total + "; failing by field: " + byField);
        firstFailures.forEach(f -> System.out.println("  " + f));
        assertTrue(total > 1000, "too few nested units recorded: " + total);
        assertEquals(total, same, "nested units differing from CPython: " + byField);
    }

    private static String constDiff(PyCode e, PyCode a) {
        List<PyObj> x = e.consts().items();
        List<PyObj> y = a.consts().items();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return " const " + i + ": " + brief(x.get(i)) + " vs " + brief(y.get(i));
            }
        }
        return " sizes " + x.size() + " vs " + y.size();
    }

    private static String brief(PyObj o) {
        return o instanceof PyCode c ? "code " + c.qualname() : o.typeName() + " " + o;
    }

    /** The first differing instruction, with a few around it. */
    static String firstCodeDiff(PyCode e, PyCode a) {
        byte[] x = e.code().toByteArray();
        byte[] y = a.code().toByteArray();
        int i = 0;
        while (i + 1 < Math.min(x.length, y.length) && x[i] == y[i] && x[i + 1] == y[i + 1]) i += 2;
        return " at byte " + i + ": expected " + ops(x, i) + " got " + ops(y, i);
    }

    private static String ops(byte[] c, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from - 4); i + 1 < c.length && i < from + 8; i += 2) {
            sb.append(dev.jpy.marshal.opcode.Opcode.byNumber(c[i] & 0xFF).name()).append(' ').append(c[i + 1] & 0xFF).append("; ");
        }
        return sb.toString();
    }

    /** Codegen's tables as CPython's final code shows them (cell and free variables sorted by name, as codegen orders them). */
    static CodeUnitMetadata metadata(PyCode c) {
        List<PyObj> consts = new ArrayList<>(c.consts().items());
        List<String> names = new ArrayList<>();
        for (PyObj o : c.names().items()) names.add(((PyStr) o).value());
        List<String> cells = new ArrayList<>(c.cellvars());
        if (!cells.contains("__class__") && !cells.contains("__classdict__")) cells.sort(null);
        List<String> frees = new ArrayList<>(c.freevars());
        frees.sort(null);
        return new CodeUnitMetadata(c.name().value(), c.qualname().value(), consts, names, c.varnames(), cells,
                frees, c.localNames(LocalKind.HIDDEN), c.argCount(), c.posOnlyArgCount(), c.kwOnlyArgCount(),
                c.firstLineNo());
    }
}
