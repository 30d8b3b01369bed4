package dev.jpy.toolchain.ast;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jpy.marshal.io.MarshalDialect;
import dev.jpy.marshal.io.MarshalReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Builds {@link Ast} trees from the JSON that record_ast_goldens.py writes: a node is
 * {@code {"_type": name, "f": [fields], "a": [attributes]}}, constants are {@code {"marshal_hex": ...}}.
 */
final class AstJson {
    private AstJson() { }

    static JsonObject resource(String name) throws IOException {
        InputStream in = AstJson.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing test resource " + name);
        }
        if (name.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(r).getAsJsonObject();
        }
    }

    static Node node(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        String type = o.get("_type").getAsString();
        NodeClass cls = Ast.CLASSES.get(type);
        if (cls == null) {
            throw new IllegalArgumentException("no Java class for " + type);
        }
        JsonArray f = o.getAsJsonArray("f");
        JsonArray a = o.getAsJsonArray("a");
        Object[] fields = new Object[f.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = value(f.get(i), cls.fields().get(i));
        }
        Object[] attrs = new Object[a.size()];
        for (int i = 0; i < attrs.length; i++) {
            attrs[i] = a.get(i).isJsonNull() ? null : a.get(i).getAsInt();
        }
        return Ast.construct(type, fields, attrs);
    }

    private static Object value(JsonElement e, NodeClass.Field field) {
        if (field.shape() == NodeClass.Shape.LIST) {
            List<Object> out = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) {
                out.add(scalar(x, field.type()));
            }
            return out;
        }
        return scalar(e, field.type());
    }

    private static Object scalar(JsonElement e, String type) {
        if (e.isJsonNull()) {
            return null;
        }
        return switch (type) {
            case "identifier", "string" -> e.getAsString();
            case "int" -> e.getAsInt();
            case "constant" -> MarshalReader.read(
                    HexFormat.of().parseHex(e.getAsJsonObject().get("marshal_hex").getAsString()), 0,
                    MarshalDialect.PY311);
            default -> node(e);
        };
    }
}
