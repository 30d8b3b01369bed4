package dev.jpy.cli.dump;

import dev.jpy.marshal.code.ExceptionTable;
import dev.jpy.marshal.code.LocationTable;
import dev.jpy.marshal.model.LocalKind;
import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyLegacyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyRepr;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.marshal.pyc.PycHeader;
import dev.jpy.marshal.pyc.PythonVersion;
import dev.jpy.toolchain.dis.Disassembler;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/** The human-readable {@code jpy dump}: the header, then each code object in the order dis visits them. */
public final class TextDump {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final Disassembler.Options options;
    private final PythonVersion version;

    private TextDump(Disassembler.Options options, PythonVersion version) {
        this.options = options;
        this.version = version;
    }

    public static String render(PycInput in, Disassembler.Options options) {
        TextDump d = new TextDump(options, in.pyc().header().version());
        d.header(in);
        d.code(in.pyc().code());
        return d.out.toString();
    }

    private void line(String label, Object value) {
        out.append(String.format("%-19s%s%n", label + ":", value));
    }

    private void header(PycInput in) {
        PycHeader h = in.pyc().header();
        PythonVersion v = h.version();
        line("File", in.path() + " (" + in.size() + " bytes)");
        line("Magic", v.magic + " (" + HexFormat.ofDelimiter(" ").formatHex(v.magicBytes()) + "), Python " + v.text());
        if (v.headerSize == 16) {
            line("Flags", String.format("0x%08x (%s)", h.flags(), h.invalidation().cliName));
        }
        if (h.isHashBased()) {
            line("Source hash", h.sourceHashHex());
        } else {
            line("Source mtime", DATE.format(Instant.ofEpochSecond(h.mtime())) + " (" + h.mtime() + ")");
            if (h.sourceSize() >= 0) line("Source size", h.sourceSize() + " bytes");
        }
        if (in.pyc().trailing().length > 0) {
            line("Trailing data", in.pyc().trailing().length + " bytes after the code object (ignored by CPython)");
        }
    }

    private void code(PyObj root) {
        if (root instanceof PyCode c) {
            modern(c);
        } else if (root instanceof PyLegacyCode c) {
            legacy(c);
        } else {
            out.append("\nTop-level object (not a code object): ").append(PyRepr.repr(root)).append('\n');
        }
    }

    private void modern(PyCode c) {
        out.append('\n').append("Code object ").append(c.qualname().value()).append(" (\"").append(c.filename().value())
                .append("\", line ").append(c.firstLineNo()).append(")\n");
        line("Name", c.name().value());
        line("Qualified name", c.qualname().value());
        line("Filename", c.filename().value());
        line("First line", c.firstLineNo());
        line("Argument count", c.argCount());
        line("Positional-only", c.posOnlyArgCount());
        line("Kw-only arguments", c.kwOnlyArgCount());
        line("Number of locals", c.nlocals());
        line("Stack size", c.stackSize());
        line("Flags", String.format("0x%08x (%s)", c.flags(), CodeFlags.pretty(c.flags())));
        list("Constants", c.consts());
        names("Names", c.names());
        if (c.localsPlusNames().size() > 0) {
            out.append("Locals (name, kind):\n");
            for (int i = 0; i < c.localsPlusNames().size(); i++) {
                out.append(String.format("%4d: %s (%s)%n", i, c.localName(i), LocalKind.describe(c.localKind(i))));
            }
        }
        locations(c);
        exceptions(c);
        if (version == PythonVersion.CURRENT) {
            out.append("Disassembly:\n");
            out.append(Disassembler.disassembleOne(c, options, PyRepr.IDENTITY_ADDRESS));
        } else {
            rawInstructions(c.code());
        }
        for (PyObj k : c.consts().items()) if (k instanceof PyCode inner) modern(inner);
    }

    private void list(String title, PyTuple items) {
        if (items.size() == 0) return;
        out.append(title).append(":\n");
        for (int i = 0; i < items.size(); i++) {
            out.append(String.format("%4d: %s%n", i, PyRepr.repr(items.get(i))));
        }
    }

    /** Names print bare, as dis.code_info shows them (Python 2 byte-string names too). */
    private void names(String title, PyTuple items) {
        if (items.size() == 0) return;
        out.append(title).append(":\n");
        for (int i = 0; i < items.size(); i++) out.append(String.format("%4d: %s%n", i, text(items.get(i))));
    }

    private static String text(PyObj o) {
        if (o instanceof dev.jpy.marshal.model.PyStr s) return s.value();
        if (o instanceof PyBytes b) return new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return PyRepr.repr(o);
    }

    private void locations(PyCode c) {
        LocationTable t = LocationTable.decode(c.lineTable().toByteArray(), c.firstLineNo());
        out.append("Location table (").append(c.lineTable().length()).append(" bytes, ")
                .append(t.entries().size()).append(" entries: offsets, line-endline, col-endcol):\n");
        for (LocationTable.Entry e : t.entries()) {
            out.append(String.format("  %5d-%-5d %s%n", e.start(), e.end(), span(e)));
        }
    }

    private static String span(LocationTable.Entry e) {
        if (e.line() == LocationTable.NONE) return "no location";
        String cols = e.col() == LocationTable.NONE ? "no columns" : "col " + e.col() + "-" + (e.endCol() == LocationTable.NONE ? "?" : e.endCol());
        return "line " + e.line() + (e.endLine() != e.line() ? "-" + e.endLine() : "") + ", " + cols;
    }

    private void exceptions(PyCode c) {
        List<ExceptionTable.Entry> es = ExceptionTable.decode(c.exceptionTable().toByteArray());
        if (es.isEmpty()) return;
        out.append("Exception table (offsets):\n");
        for (ExceptionTable.Entry e : es) {
            out.append(String.format("  %d to %d -> %d [%d]%s%n", e.start(), e.end(), e.target(), e.depth(), e.lasti() ? " lasti" : ""));
        }
    }

    private void legacy(PyLegacyCode c) {
        out.append('\n').append("Code object ").append(text(c.name())).append(" (\"").append(text(c.filename()))
                .append("\", line ").append(c.firstLineNo()).append(")\n");
        line("Name", PyRepr.repr(c.name()));
        line("Filename", PyRepr.repr(c.filename()));
        line("First line", c.firstLineNo());
        line("Argument count", c.argCount());
        if (c.layout().hasPosOnly) line("Positional-only", c.posOnlyArgCount());
        if (c.layout().hasKwOnly) line("Kw-only arguments", c.kwOnlyArgCount());
        line("Number of locals", c.nlocals());
        line("Stack size", c.stackSize());
        line("Flags", String.format("0x%08x (%s)", c.flags(), CodeFlags.pretty(c.flags())));
        if (c.consts() instanceof PyTuple t) list("Constants", t); else line("Constants", PyRepr.repr(c.consts()));
        legacyNames("Names", c.names());
        legacyNames("Variable names", c.varnames());
        legacyNames("Free variables", c.freevars());
        legacyNames("Cell variables", c.cellvars());
        line(version.minor >= 10 && version.major == 3 ? "Line table" : "Line numbers", PyRepr.repr(c.lineInfo()));
        if (c.code() instanceof PyBytes b) rawInstructions(b); else line("Code", PyRepr.repr(c.code()));
        if (c.consts() instanceof PyTuple t) {
            for (PyObj k : t.items()) if (k instanceof PyLegacyCode inner) legacy(inner);
        }
    }

    private void legacyNames(String title, PyObj names) {
        if (names instanceof PyTuple t) names(title, t); else line(title, PyRepr.repr(names));
    }

    /** Instructions of a version jpy cannot name yet: opcode numbers and arguments as they stand. */
    private void rawInstructions(PyBytes code) {
        out.append("Raw instructions (Python ").append(version.text()).append(" opcode numbers):\n");
        byte[] b = code.toByteArray();
        if (version.major == 2) {
            // Python 2: one byte per opcode, two more for an argument when opcode >= 90
            int i = 0;
            while (i < b.length) {
                int op = b[i] & 0xFF;
                if (op >= 90 && i + 2 < b.length) {
                    out.append(String.format("  %6d  %3d %d%n", i, op, (b[i + 1] & 0xFF) | (b[i + 2] & 0xFF) << 8));
                    i += 3;
                } else {
                    out.append(String.format("  %6d  %3d%n", i, op));
                    i++;
                }
            }
            return;
        }
        for (int i = 0; i + 1 < b.length; i += 2) out.append(String.format("  %6d  %3d %d%n", i, b[i] & 0xFF, b[i + 1] & 0xFF));
        if (b.length % 2 != 0) out.append(String.format("  %6d  %3d (odd trailing byte)%n", b.length - 1, b[b.length - 1] & 0xFF));
    }
}
