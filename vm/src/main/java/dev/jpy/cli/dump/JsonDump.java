package dev.jpy.cli.dump;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.jpy.marshal.code.ExceptionTable;
import dev.jpy.marshal.code.LocationTable;
import dev.jpy.marshal.model.*;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PythonVersion;
import dev.jpy.toolchain.dis.Disassembler;
import java.time.Instant;
import java.util.HexFormat;

/** {@code jpy dump --json}: the content of the text dump as one JSON document for other tools. */
public final class JsonDump {
    private JsonDump() {}

    public static String render(PycInput in, Disassembler.Options options) {
        JsonObject root = new JsonObject();
        root.addProperty("file", in.path().toString());
        root.addProperty("size", in.size());
        root.add("header", header(in.pyc().header()));
        if (in.pyc().trailing().length > 0) root.addProperty("trailing_bytes", in.pyc().trailing().length);
        PythonVersion v = in.pyc().header().version();
        root.add("code", object(in.pyc().code(), v == PythonVersion.CURRENT));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root);
    }

    private static JsonObject header(PycHeader h) {
        JsonObject o = new JsonObject();
        o.addProperty("magic", h.version().magic);
        o.addProperty("python", h.version().text());
        o.addProperty("header_size", h.version().headerSize);
        o.addProperty("flags", h.flags());
        o.addProperty("invalidation", h.invalidation().cliName);
        if (h.isHashBased()) {
            o.addProperty("source_hash", h.sourceHashHex());
        } else {
            o.addProperty("mtime", h.mtime());
            o.addProperty("mtime_utc", Instant.ofEpochSecond(h.mtime()).toString());
            if (h.sourceSize() >= 0) o.addProperty("source_size", h.sourceSize());
        }
        return o;
    }

    /** A constant: its type and repr, or the whole code object for code. */
    private static JsonObject object(PyObj o, boolean disassemble) {
        if (o instanceof PyCode c) return code(c, disassemble);
        if (o instanceof PyLegacyCode c) return legacy(c);
        JsonObject j = new JsonObject();
        j.addProperty("type", o.typeName());
        j.addProperty("repr", PyRepr.repr(o));
        return j;
    }

    private static JsonArray objects(PyObj tuple, boolean disassemble) {
        JsonArray a = new JsonArray();
        if (tuple instanceof PyTuple t) for (PyObj o : t.items()) a.add(object(o, disassemble));
        return a;
    }

    private static JsonArray names(PyObj tuple) {
        return tuple instanceof PyTuple t ? strings(t.items()) : new JsonArray();
    }

    private static JsonArray strings(java.util.List<PyObj> items) {
        JsonArray a = new JsonArray();
        for (PyObj o : items) a.add(o instanceof PyStr s ? s.value() : PyRepr.repr(o));
        return a;
    }

    private static JsonObject code(PyCode c, boolean disassemble) {
        JsonObject j = new JsonObject();
        j.addProperty("type", "code");
        j.addProperty("name", c.name().value());
        j.addProperty("qualname", c.qualname().value());
        j.addProperty("filename", c.filename().value());
        j.addProperty("firstlineno", c.firstLineNo());
        j.addProperty("argcount", c.argCount());
        j.addProperty("posonlyargcount", c.posOnlyArgCount());
        j.addProperty("kwonlyargcount", c.kwOnlyArgCount());
        j.addProperty("nlocals", c.nlocals());
        j.addProperty("stacksize", c.stackSize());
        j.addProperty("flags", c.flags());
        j.addProperty("flag_names", CodeFlags.pretty(c.flags()));
        j.add("consts", objects(c.consts(), disassemble));
        j.add("names", strings(c.names().items()));
        JsonArray locals = new JsonArray();
        for (int i = 0; i < c.localsPlusNames().size(); i++) {
            JsonObject l = new JsonObject();
            l.addProperty("name", c.localName(i));
            l.addProperty("kind", c.localKind(i));
            l.addProperty("kind_names", LocalKind.describe(c.localKind(i)));
            locals.add(l);
        }
        j.add("localsplus", locals);
        j.addProperty("code_hex", HexFormat.of().formatHex(c.code().toByteArray()));
        j.addProperty("linetable_hex", HexFormat.of().formatHex(c.lineTable().toByteArray()));
        j.addProperty("exceptiontable_hex", HexFormat.of().formatHex(c.exceptionTable().toByteArray()));
        JsonArray locs = new JsonArray();
        for (LocationTable.Entry e : LocationTable.decode(c.lineTable().toByteArray(), c.firstLineNo()).entries()) {
            JsonObject l = new JsonObject();
            l.addProperty("start", e.start());
            l.addProperty("end", e.end());
            l.add("line", orNull(e.line()));
            l.add("end_line", orNull(e.endLine()));
            l.add("col", orNull(e.col()));
            l.add("end_col", orNull(e.endCol()));
            locs.add(l);
        }
        j.add("locations", locs);
        JsonArray exc = new JsonArray();
        for (ExceptionTable.Entry e : ExceptionTable.decode(c.exceptionTable().toByteArray())) {
            JsonObject x = new JsonObject();
            x.addProperty("start", e.start());
            x.addProperty("end", e.end());
            x.addProperty("target", e.target());
            x.addProperty("depth", e.depth());
            x.addProperty("lasti", e.lasti());
            exc.add(x);
        }
        j.add("exception_table", exc);
        if (disassemble) j.add("instructions", instructions(c));
        return j;
    }

    private static JsonArray instructions(PyCode c) {
        JsonArray a = new JsonArray();
        for (Disassembler.Row r : Disassembler.listing(c, PyRepr.IDENTITY_ADDRESS).rows()) {
            JsonObject i = new JsonObject();
            i.addProperty("offset", r.offset());
            i.addProperty("opname", r.opname());
            i.addProperty("opcode", r.opcode());
            i.addProperty("arg", r.arg());
            i.addProperty("argrepr", r.argrepr());
            i.addProperty("line", r.line());
            i.addProperty("starts_line", r.startsLine());
            i.addProperty("label", r.label());
            i.addProperty("jump_target", r.jumpTarget());
            a.add(i);
        }
        return a;
    }

    private static com.google.gson.JsonElement orNull(int v) {
        return v == LocationTable.NONE ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(v);
    }

    private static JsonObject legacy(PyLegacyCode c) {
        JsonObject j = new JsonObject();
        j.addProperty("type", "code");
        j.addProperty("layout", c.layout().name());
        j.addProperty("name", c.name() instanceof PyStr s ? s.value() : PyRepr.repr(c.name()));
        j.addProperty("filename", c.filename() instanceof PyStr s ? s.value() : PyRepr.repr(c.filename()));
        j.addProperty("firstlineno", c.firstLineNo());
        j.addProperty("argcount", c.argCount());
        if (c.layout().hasPosOnly) j.addProperty("posonlyargcount", c.posOnlyArgCount());
        if (c.layout().hasKwOnly) j.addProperty("kwonlyargcount", c.kwOnlyArgCount());
        j.addProperty("nlocals", c.nlocals());
        j.addProperty("stacksize", c.stackSize());
        j.addProperty("flags", c.flags());
        j.addProperty("flag_names", CodeFlags.pretty(c.flags()));
        j.add("consts", objects(c.consts(), false));
        j.add("names", names(c.names()));
        j.add("varnames", names(c.varnames()));
        j.add("freevars", names(c.freevars()));
        j.add("cellvars", names(c.cellvars()));
        j.addProperty("code_hex", c.code() instanceof PyBytes b ? HexFormat.of().formatHex(b.toByteArray()) : null);
        j.addProperty("lineinfo_hex", c.lineInfo() instanceof PyBytes b ? HexFormat.of().formatHex(b.toByteArray()) : null);
        return j;
    }
}
