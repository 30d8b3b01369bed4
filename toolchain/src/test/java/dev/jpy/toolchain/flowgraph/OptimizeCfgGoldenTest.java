package dev.jpy.toolchain.flowgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import dev.jpy.marshal.model.PyTuple;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The optimization passes against CPython's {@code _testinternalcapi.optimize_cfg} on crafted sequences
 * with fast locals (recorded by toolchain/tools/record_optimize_cfg_goldens.py).
 */
class OptimizeCfgGoldenTest {
    @Test
    void matchesCPythonOptimizeCfg() throws Exception {
        JsonArray cases;
        try (var r = new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                Goldens.golden("cfg/optimize_cfg.json.gz"))), StandardCharsets.UTF_8)) {
            cases = JsonParser.parseReader(r).getAsJsonArray();
        }
        int same = 0;
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            JsonObject c = cases.get(k).getAsJsonObject();
            PyTuple consts = (PyTuple) read(c.get("consts_marshal").getAsString());
            Consts cs = new Consts(consts.items());
            List<FinalInstr> out = FlowGraph.optimizeOnly(
                    dev.jpy.toolchain.assemble.ModuleUnitGoldenTest.sequence(c), cs, c.get("nlocals").getAsInt());
            List<List<Integer>> actual = new ArrayList<>();
            for (FinalInstr i : out) {
                actual.add(List.of(i.op().number(), i.oparg(), i.loc().lineno(), i.loc().endLineno(), i.loc().col(), i.loc().endCol()));
            }
            List<List<Integer>> expected = new ArrayList<>();
            for (JsonElement e : c.getAsJsonArray("expected")) {
                List<Integer> row = new ArrayList<>();
                for (JsonElement x : e.getAsJsonArray()) row.add(x.getAsInt());
                expected.add(row);
            }
            boolean constsSame = new PyTuple(List.copyOf(cs.items())).equals(read(c.get("expected_consts_marshal").getAsString()));
            if (actual.equals(expected) && constsSame) same++;
            else if (failures.size() < 5) failures.add("case " + k + ":\n  expected " + expected + "\n  got      " + actual);
        }
        System.out.println("optimize_cfg cases identical: " + same + " / " + cases.size());
        failures.forEach(System.out::println);
        assertEquals(cases.size(), same, "optimize_cfg cases differing from CPython");
    }

    private static dev.jpy.marshal.model.PyObj read(String b64) {
        return MarshalReader.read(Base64.getDecoder().decode(b64), 0, MarshalDialect.PY311);
    }
}
