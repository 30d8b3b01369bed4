package dev.jpy.toolchain.compile;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyRepr;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.instr.Instr;
import dev.jpy.toolchain.instr.InstrSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Code generation against CPython 3.13's {@code _testinternalcapi.compiler_codegen} (goldens in
 * fixtures/codegen/golden, recorded by fixtures/codegen/record_codegen.py): instruction by instruction
 * (opcode, argument with labels resolved to instruction indices, position) for every code unit, and the
 * module unit's constants and names. Units whose code generation is not written yet count as different.
 */
class CodegenGoldenTest {
    /** Lower bound on identical units (see the printed counts for the current figures). */
    static final int MIN_IDENTICAL_UNITS = 609;

    @Test
    void unitsMatchCPython() throws Exception {
        int units = 0, same = 0, modules = 0, sameModules = 0;
        TreeMap<String, String> diffs = new TreeMap<>();
        for (JsonObject g : CodegenGoldens.all()) {
            if (!g.has("codegen")) continue;
            String name = g.get("name").getAsString();
            JsonObject want = g.getAsJsonObject("codegen");
            int total = count(want);
            units += total;
            modules++;
            Codegen.Unit got;
            try {
                got = Compiler.codegen(CodegenGoldens.source(g), g.get("filename").getAsString(), 0);
            } catch (UnsupportedOperationException e) {
                diffs.put(name, e.getMessage());
                continue;
            }
            String d = compare(want, got, name, true);
            if (d == null) sameModules++;
            else diffs.put(name, d);
            same += countSame(want, got);
            if (d == null) {
                String nd = firstNestedDiff(want, got);
                if (nd != null) diffs.put(name, "nested " + nd);
            }
        }
        System.out.println("codegen: " + same + " of " + units + " units identical; module units " + sameModules + " of " + modules);
        diffs.forEach((k, v) -> System.out.println("  DIFF " + k + ": " + v));
        assertTrue(same >= MIN_IDENTICAL_UNITS, same + " identical units");
    }

    static String firstNestedDiff(JsonObject want, Codegen.Unit got) {
        JsonArray nested = want.getAsJsonArray("nested");
        if (nested.size() != got.nested().size()) return "count " + nested.size() + " vs " + got.nested().size();
        for (int i = 0; i < nested.size(); i++) {
            String d = compare(nested.get(i).getAsJsonObject(), got.nested().get(i), "", false);
            if (d != null) return got.nested().get(i).metadata().qualname() + ": " + d;
            d = firstNestedDiff(nested.get(i).getAsJsonObject(), got.nested().get(i));
            if (d != null) return d;
        }
        return null;
    }

    private static int count(JsonObject unit) {
        int n = 1;
        for (JsonElement e : unit.getAsJsonArray("nested")) n += count(e.getAsJsonObject());
        return n;
    }

    private static int countSame(JsonObject want, Codegen.Unit got) {
        int n = compare(want, got, "", false) == null ? 1 : 0;
        JsonArray nested = want.getAsJsonArray("nested");
        for (int i = 0; i < nested.size() && i < got.nested().size(); i++) n += countSame(nested.get(i).getAsJsonObject(), got.nested().get(i));
        return n;
    }

    /** The first difference between a golden unit and ours, or null. */
    static String compare(JsonObject want, Codegen.Unit got, String name, boolean module) {
        List<String> ours = listing(got.seq(), module);
        JsonArray instrs = want.getAsJsonArray("instrs");
        for (int i = 0; i < Math.max(instrs.size(), ours.size()); i++) {
            String w = i < instrs.size() ? line(instrs.get(i).getAsJsonArray(), module) : "<end>";
            String o = i < ours.size() ? ours.get(i) : "<end>";
            if (!w.equals(o)) return "instr " + i + ": want " + w + ", got " + o;
        }
        if (module && want.has("metadata")) {
            JsonObject md = want.getAsJsonObject("metadata");
            List<String> consts = new ArrayList<>();
            for (PyObj k : got.metadata().consts()) consts.add(k instanceof PyCode pc ? "code:" + pc.name().value() : k.typeName() + ":" + PyRepr.repr(k));
            List<String> wantConsts = new ArrayList<>();
            md.getAsJsonArray("consts").forEach(x -> wantConsts.add(x.getAsString()));
            if (!wantConsts.equals(consts)) return "consts: want " + wantConsts + ", got " + consts;
            List<String> wantNames = new ArrayList<>();
            md.getAsJsonArray("names").forEach(x -> wantNames.add(x.getAsString()));
            if (!wantNames.equals(got.metadata().names())) return "names: want " + wantNames + ", got " + got.metadata().names();
        }
        return null;
    }

    private static String line(JsonArray a, boolean module) {
        String op = a.get(0).getAsString();
        String arg = a.get(1).isJsonNull() ? "-" : a.get(1).getAsString();
        if (!module && (op.equals("LOAD_CONST"))) arg = "?";
        return op + " " + arg + " " + a.get(2) + "," + a.get(3) + "," + a.get(4) + "," + a.get(5);
    }

    static List<String> listing(InstrSequence seq, boolean module) {
        List<String> out = new ArrayList<>();
        for (Instr in : seq.instructions()) {
            Opcode op = in.op();
            String arg;
            if (!op.hasArg()) arg = "-";
            else if (op.hasJump() || op.hasExc()) arg = Integer.toString(seq.labelTarget(in.oparg()));
            else arg = Integer.toString(in.oparg());
            if (!module && op == Opcode.LOAD_CONST) arg = "?";
            var l = in.loc();
            out.add(op.name() + " " + arg + " " + l.lineno() + "," + l.endLineno() + "," + l.col() + "," + l.endCol());
        }
        return out;
    }
}
