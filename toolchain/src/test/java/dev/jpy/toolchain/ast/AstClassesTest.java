package dev.jpy.toolchain.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every concrete class of CPython 3.13's ast module has a Java type with the same fields. */
class AstClassesTest {

    @Test
    void everyCPythonClassIsModelled() throws Exception {
        JsonObject root = AstJson.resource("ast_classes.json");
        Set<String> names = new TreeSet<>();
        for (JsonElement e : root.getAsJsonArray("classes")) {
            JsonObject c = e.getAsJsonObject();
            String name = c.get("name").getAsString();
            names.add(name);
            NodeClass ours = Ast.CLASSES.get(name);
            assertNotNull(ours, "no Java type for " + name);
            assertEquals(name, ours.name());
            assertEquals(c.get("kind").getAsString(), ours.kind(), name);
            assertEquals(fields(c.getAsJsonArray("fields")), ours.fields(), name + " fields");
            assertEquals(fields(c.getAsJsonArray("attributes")), ours.attributes(), name + " attributes");
        }
        assertEquals(names, new TreeSet<>(Ast.CLASSES.keySet()));
        assertEquals(111, names.size());
    }

    @Test
    void genericAccessMatchesRecordComponents() {
        var name = new Ast.Name("x", Ast.ExprContext.Load, 1, 0, 1, 1);
        var call = new Ast.Call(name, List.of(), List.of(), 1, 0, 1, 3);
        assertEquals(name, call.field(0));
        assertEquals(List.of(), call.field(1));
        assertEquals(3, call.attribute(3));
        assertEquals("Call(func=Name(id='x', ctx=Load()))", AstDump.dump(call));
        // as CPython 3.13 prints it (checked with python3.13): more than three arguments break the line
        assertEquals("Call(\n  func=Name(\n    id='x',\n    ctx=Load(),\n    lineno=1,\n    col_offset=0,\n"
                + "    end_lineno=1,\n    end_col_offset=1),\n  lineno=1,\n  col_offset=0,\n  end_lineno=1,\n"
                + "  end_col_offset=3)",
                AstDump.dump(call, true, 2));
        Ast.Expr e = name;
        String kind = switch (e) {
            case Ast.Name n -> "name " + n.id();
            default -> "other";
        };
        assertEquals("name x", kind);
    }

    private static List<NodeClass.Field> fields(Iterable<JsonElement> arr) {
        List<NodeClass.Field> out = new ArrayList<>();
        for (JsonElement e : arr) {
            JsonObject f = e.getAsJsonObject();
            out.add(new NodeClass.Field(f.get("name").getAsString(), f.get("type").getAsString(),
                    NodeClass.Shape.valueOf(f.get("shape").getAsString()), f.get("defaultNone").getAsBoolean()));
        }
        return out;
    }
}
