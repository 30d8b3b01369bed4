package dev.jpy.marshal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.Goldens;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.pyc.PycFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code object of every fixture .pyc, against what CPython 3.13 reported for it (code.json):
 * the fields, co_positions(), co_lines(), dis.findlinestarts() and the exception table.
 */
class CodeGoldensTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchCPython() throws Exception {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(Goldens.fixtures().resolve("golden"))) {
            dirs = s.filter(d -> Files.exists(d.resolve("code.json"))).sorted().toList();
        }
        assertTrue(dirs.size() >= 20, "fixtures missing: " + dirs.size());
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private static void check(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        PycFile pyc = PycFile.parse(Files.readAllBytes(dir.resolve(name + ".cpython-313.pyc")));
        List<PyCode> codes = new ArrayList<>();
        walk((PyCode) pyc.code(), codes);
        JsonArray expected = JsonParser.parseString(Files.readString(dir.resolve("code.json"))).getAsJsonArray();
        assertEquals(expected.size(), codes.size(), "number of code objects");
        for (int i = 0; i < codes.size(); i++) compare(codes.get(i), expected.get(i).getAsJsonObject());
    }

    static void walk(PyCode c, List<PyCode> out) {
        out.add(c);
        for (PyObj k : c.consts().items()) if (k instanceof PyCode inner) walk(inner, out);
    }

    private static void compare(PyCode c, JsonObject e) {
        String where = c.qualname().value();
        assertEquals(e.get("name").getAsString(), c.name().value(), where);
        assertEquals(e.get("qualname").getAsString(), c.qualname().value(), where);
        assertEquals(e.get("filename").getAsString(), c.filename().value(), where);
        assertEquals(e.get("firstlineno").getAsInt(), c.firstLineNo(), where);
        assertEquals(e.get("argcount").getAsInt(), c.argCount(), where);
        assertEquals(e.get("posonlyargcount").getAsInt(), c.posOnlyArgCount(), where);
        assertEquals(e.get("kwonlyargcount").getAsInt(), c.kwOnlyArgCount(), where);
        assertEquals(e.get("stacksize").getAsInt(), c.stackSize(), where);
        assertEquals(e.get("flags").getAsInt(), c.flags(), where);
        assertEquals(e.get("nlocals").getAsInt(), c.nlocals(), where);
        assertEquals(strings(e.getAsJsonArray("varnames")), c.varnames(), where + " varnames");
        assertEquals(strings(e.getAsJsonArray("cellvars")), c.cellvars(), where + " cellvars");
        assertEquals(strings(e.getAsJsonArray("freevars")), c.freevars(), where + " freevars");
        assertEquals(strings(e.getAsJsonArray("names")), c.names().items().stream().map(n -> ((PyStr) n).value()).toList(), where);
        assertEquals(e.get("code_hex").getAsString(), HexFormat.of().formatHex(c.code().toByteArray()), where);

        LocationTable t = LocationTable.decode(c.lineTable().toByteArray(), c.firstLineNo());
        List<List<Integer>> positions = new ArrayList<>();
        for (LocationTable.Position p : t.positions()) positions.add(List.of(p.line(), p.endLine(), p.col(), p.endCol()));
        List<List<Integer>> expectedPositions = new ArrayList<>();
        for (JsonElement p : e.getAsJsonArray("positions")) {
            expectedPositions.add(p.isJsonNull() ? List.of(-1, -1, -1, -1) : ints(p.getAsJsonArray()));
        }
        assertEquals(expectedPositions, positions, where + " co_positions()");

        List<List<Integer>> lines = new ArrayList<>();
        for (LocationTable.LineRange r : t.lines()) lines.add(List.of(r.start(), r.end(), r.line()));
        assertEquals(rows(e.getAsJsonArray("lines")), lines, where + " co_lines()");

        List<List<Integer>> starts = new ArrayList<>();
        for (int[] s : t.lineStarts()) starts.add(List.of(s[0], s[1]));
        assertEquals(rows(e.getAsJsonArray("linestarts")), starts, where + " findlinestarts");

        List<List<Integer>> exc = new ArrayList<>();
        for (ExceptionTable.Entry x : ExceptionTable.decode(c.exceptionTable().toByteArray())) {
            exc.add(List.of(x.start(), x.end(), x.target(), x.depth(), x.lasti() ? 1 : 0));
        }
        List<List<Integer>> expectedExc = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray("exceptions")) {
            JsonArray a = x.getAsJsonArray();
            expectedExc.add(List.of(a.get(0).getAsInt(), a.get(1).getAsInt(), a.get(2).getAsInt(), a.get(3).getAsInt(),
                    a.get(4).getAsBoolean() ? 1 : 0));
        }
        assertEquals(expectedExc, exc, where + " exception table");
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement x : a) out.add(x.getAsString());
        return out;
    }

    private static List<Integer> ints(JsonArray a) {
        List<Integer> out = new ArrayList<>();
        for (JsonElement x : a) out.add(x.isJsonNull() ? -1 : x.getAsInt());
        return out;
    }

    private static List<List<Integer>> rows(JsonArray a) {
        List<List<Integer>> out = new ArrayList<>();
        for (JsonElement x : a) out.add(ints(x.getAsJsonArray()));
        return out;
    }
}
