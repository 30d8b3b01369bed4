package dev.jpy.toolchain.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every tree recorded by record_ast_goldens.py (the 24 fixtures plus snippets covering every node
 * class), {@link AstDump} prints what CPython 3.13's {@code ast.dump} printed, in every recorded way.
 */
class AstDumpTest {

    /** annotate_fields, include_attributes, indent (null = None), show_empty per recorded way. */
    private record Way(boolean annotate, boolean attributes, String indent, boolean showEmpty) { }

    private static final Map<String, Way> WAYS = Map.of(
            "plain", new Way(true, false, null, false),
            "attrs", new Way(true, true, null, false),
            "indent3", new Way(true, false, "   ", false),
            "indent3_attrs", new Way(true, true, "   ", false),
            "indent_tab", new Way(true, false, "\t", false),
            "indent0_attrs", new Way(true, true, "", false),
            "positional", new Way(false, false, null, false),
            "positional_indent2", new Way(false, false, "  ", false),
            "show_empty", new Way(true, false, null, true),
            "show_empty_positional_attrs", new Way(false, true, " ", true));

    /** The ASDL type of a node by an exhaustive switch over the sealed hierarchy (no default branch). */
    static String kind(Node node) {
        return switch (node) {
            case Ast.Mod m -> "mod";
            case Ast.Stmt s -> "stmt";
            case Ast.Expr e -> "expr";
            case Ast.ExprContext c -> "expr_context";
            case Ast.BoolOperator o -> "boolop";
            case Ast.Operator o -> "operator";
            case Ast.UnaryOperator o -> "unaryop";
            case Ast.CmpOperator o -> "cmpop";
            case Ast.Comprehension c -> "comprehension";
            case Ast.ExceptHandlerKind h -> "excepthandler";
            case Ast.Arguments a -> "arguments";
            case Ast.Arg a -> "arg";
            case Ast.Keyword k -> "keyword";
            case Ast.Alias a -> "alias";
            case Ast.WithItem w -> "withitem";
            case Ast.MatchCase c -> "match_case";
            case Ast.Pattern p -> "pattern";
            case Ast.TypeIgnoreKind t -> "type_ignore";
            case Ast.TypeParam t -> "type_param";
        };
    }

    @TestFactory
    Stream<DynamicTest> dumpsMatchCPython() throws Exception {
        JsonObject root = AstJson.resource("ast_cases.json.gz");
        List<DynamicTest> tests = new ArrayList<>();
        int fixtures = 0;
        for (JsonElement c : root.getAsJsonArray("cases")) {
            JsonObject kase = c.getAsJsonObject();
            String name = kase.get("name").getAsString();
            fixtures += name.startsWith("fixture_") ? 1 : 0;
            JsonObject dumps = kase.getAsJsonObject("dumps");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Node tree = AstJson.node(kase.get("tree"));
                for (String way : dumps.keySet()) {
                    Way w = WAYS.get(way);
                    assertTrue(w != null, "unknown way " + way);
                    assertEquals(dumps.get(way).getAsString(),
                            AstDump.dump(tree, w.annotate, w.attributes, w.indent, w.showEmpty), name + " " + way);
                }
                StringBuilder walk = new StringBuilder();
                AstWalk.walk(tree, n -> {
                    walk.append(walk.isEmpty() ? "" : " ").append(n.nodeClass().name());
                    assertEquals(n.nodeClass().kind(), kind(n), n.nodeClass().name());
                });
                assertEquals(kase.get("walk").getAsString(), walk.toString(), name + " ast.walk order");
                // the tree survives a second build unchanged: records compare structurally
                assertEquals(tree, AstJson.node(kase.get("tree")));
            }));
        }
        assertEquals(24, fixtures, "fixture trees");
        return tests.stream();
    }
}
