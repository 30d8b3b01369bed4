package dev.jpy.toolchain.dis;

import dev.jpy.marshal.code.ExceptionTable;
import dev.jpy.marshal.code.LocationTable;
import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * Prints a 3.13 code object the way CPython 3.13's {@code dis.dis} does: the line-number column,
 * {@code L<n>:} labels on jump and exception-table targets, opname, argument and its meaning, a blank
 * line before each new source line, the exception table, then every nested code object.
 * {@code -C} ({@link Options#showCaches}) adds the CACHE rows, {@code -O} the offsets.
 */
public final class Disassembler {

    /** What {@code python -m dis -C -O} would add. */
    public record Options(boolean showCaches, boolean showOffsets) {
        public static final Options DEFAULT = new Options(false, false);
    }

    private static final String NO_LINENO = "  --";

    private final Options options;
    private final ToLongFunction<PyObj> address;
    private final StringBuilder out = new StringBuilder();

    private Disassembler(Options options, ToLongFunction<PyObj> address) {
        this.options = options;
        this.address = address;
    }

    /** {@code dis.dis(code)}: the code object, then each code constant, recursively. */
    public static String dis(PyCode code, Options options, ToLongFunction<PyObj> address) {
        Disassembler d = new Disassembler(options, address);
        d.recursive(code);
        return d.out.toString();
    }

    /** One code object only, without the nested ones ({@code dis.disassemble(co)}). */
    public static String disassembleOne(PyCode code, Options options, ToLongFunction<PyObj> address) {
        Disassembler d = new Disassembler(options, address);
        d.disassemble(code);
        return d.out.toString();
    }

    /** {@code dis.dis(code)} with jpy's stand-in addresses. */
    public static String dis(PyCode code, Options options) {
        return dis(code, options, PyRepr.IDENTITY_ADDRESS);
    }

    private void recursive(PyCode co) {
        disassemble(co);
        for (PyObj c : co.consts().items()) {
            if (c instanceof PyCode inner) {
                out.append('\n');
                out.append("Disassembly of ").append(PyRepr.repr(inner, address)).append(":\n");
                recursive(inner);
            }
        }
    }

    /**
     * One row of a listing: the instruction, its argument's meaning, and where it stands in the
     * source ({@code line} is null for "--"; {@code startsLine} tells whether the line column shows it).
     */
    public record Row(int offset, int startOffset, int opcode, String opname, Integer arg, String argrepr,
                      boolean startsLine, Integer line, Integer label, Integer jumpTarget,
                      List<dev.jpy.marshal.opcode.CacheField> caches) {}

    /** What dis shows for one code object, before formatting. */
    public record Listing(List<Row> rows, List<ExceptionTable.Entry> exceptions, Map<Integer, Integer> labels,
                          Map<Integer, Integer> lineStarts, int codeLength) {}

    /** The rows of one code object (dis's {@code get_instructions} with labels and line starts). */
    public static Listing listing(PyCode co, ToLongFunction<PyObj> address) {
        byte[] code = co.code().toByteArray();
        List<Instruction> instrs = Instruction.decode(code);
        Map<Integer, Integer> lineStarts = new HashMap<>();
        for (int[] ls : LocationTable.decode(co.lineTable().toByteArray(), co.firstLineNo()).lineStarts()) {
            lineStarts.put(ls[0], ls[1]);
        }
        List<ExceptionTable.Entry> exceptions = ExceptionTable.decode(co.exceptionTable().toByteArray());
        Map<Integer, Integer> labels = labels(instrs, exceptions);
        ArgResolver args = new ArgResolver(co, labels, address);
        List<Row> rows = new ArrayList<>(instrs.size());
        Integer lineNumber = null;
        for (Instruction in : instrs) {
            boolean startsLine = lineStarts.containsKey(in.offset());
            if (startsLine) {
                int l = lineStarts.get(in.offset());
                lineNumber = l == LocationTable.NONE ? null : l;
            }
            rows.add(new Row(in.offset(), in.startOffset(), in.op(), in.opname(), in.arg(), args.argrepr(in),
                    startsLine, lineNumber, labels.get(in.offset()), in.jumpTarget(), in.cacheFormat()));
        }
        return new Listing(rows, exceptions, labels, lineStarts, code.length);
    }

    /** {@code dis.disassemble(co)}: one code object. */
    private void disassemble(PyCode co) {
        Listing l = listing(co, address);
        byte[] code = co.code().toByteArray();
        Columns cols = new Columns(linenoWidth(l.lineStarts()), labelWidth(l.labels()),
                options.showOffsets ? String.valueOf(Math.max(code.length - 2, 9999)).length() : 0);
        for (Row r : l.rows()) {
            if (cols.linenoWidth > 0 && r.startsLine() && r.offset() > 0) out.append('\n');
            String lineText = r.startsLine() ? (r.line() == null ? NO_LINENO : String.valueOf(r.line())) : null;
            cols.print(out, lineText, r.label(), r.offset(), r.opname(), r.arg(), r.argrepr());
            if (options.showCaches) printCaches(cols, r, code);
        }
        if (!l.exceptions().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : l.exceptions()) {
                out.append("  L").append(l.labels().get(e.start())).append(" to L").append(l.labels().get(e.end()))
                        .append(" -> L").append(l.labels().get(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /** The CACHE rows after an instruction. Like 3.13's dis, each field shows the bytes right after the op. */
    private void printCaches(Columns cols, Row in, byte[] code) {
        int offset = in.offset();
        for (var field : in.caches()) {
            long value = 0;
            int from = in.offset() + 2;
            int to = Math.min(from + 2 * field.size(), code.length);
            for (int i = to - 1; i >= from; i--) value = value << 8 | (code[i] & 0xFF);
            for (int i = 0; i < field.size(); i++) {
                offset += 2;
                cols.print(out, null, null, offset, "CACHE", 0, i == 0 ? field.name() + ": " + Long.toUnsignedString(value) : "");
            }
        }
    }

    /** Offsets that get a label: jump targets in order of appearance, plus exception-table bounds; sorted. */
    private static Map<Integer, Integer> labels(List<Instruction> instrs, List<ExceptionTable.Entry> exceptions) {
        TreeSet<Integer> offsets = new TreeSet<>();
        for (Instruction in : instrs) {
            Integer t = in.jumpTarget();
            if (t != null) offsets.add(t);
        }
        for (ExceptionTable.Entry e : exceptions) {
            offsets.add(e.start());
            offsets.add(e.end());
            offsets.add(e.target());
        }
        Map<Integer, Integer> labels = new HashMap<>();
        int n = 1;
        for (int off : offsets) labels.put(off, n++);
        return labels;
    }

    private static int labelWidth(Map<Integer, Integer> labels) {
        return 4 + String.valueOf(labels.size()).length();
    }

    /** dis's {@code _get_lineno_width}: 0 without lines, at least 3, 4 when "--" rows appear. */
    private static int linenoWidth(Map<Integer, Integer> lineStarts) {
        int max = -1;
        boolean hasNone = false;
        for (int l : lineStarts.values()) {
            if (l == LocationTable.NONE) hasNone = true;
            else if (l != 0) max = Math.max(max, l);
        }
        if (max == -1) return 0;
        int width = Math.max(3, String.valueOf(max).length());
        if (width < NO_LINENO.length() && hasNone) width = NO_LINENO.length();
        return width;
    }

    /** Column layout of one listing, as dis's Formatter. */
    private record Columns(int linenoWidth, int labelWidth, int offsetWidth) {
        private static final int OPNAME_WIDTH = 20;
        private static final int OPARG_WIDTH = 5;

        void print(StringBuilder out, String lineText, Integer label, int offset, String opname, Integer arg, String argrepr) {
            List<String> fields = new ArrayList<>(8);
            if (linenoWidth > 0) fields.add(lineText == null ? " ".repeat(linenoWidth) : padLeft(lineText, linenoWidth));
            fields.add(label != null ? padLeft("L" + label + ":", labelWidth) : " ".repeat(labelWidth));
            if (offsetWidth > 0) fields.add(padLeft(String.valueOf(offset), offsetWidth) + "  ");
            fields.add("   ");
            fields.add(padRight(opname, OPNAME_WIDTH));
            if (arg != null) {
                int excess = Math.max(0, opname.length() - OPNAME_WIDTH);
                fields.add(padLeft(String.valueOf(arg), OPARG_WIDTH - excess));
                if (!argrepr.isEmpty()) fields.add("(" + argrepr + ")");
            }
            String line = String.join(" ", fields);
            out.append(line.stripTrailing()).append('\n');
        }

        private static String padLeft(String s, int w) {
            return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
        }

        private static String padRight(String s, int w) {
            return s.length() >= w ? s : s + " ".repeat(w - s.length());
        }
    }
}
