package dev.jpy.toolchain.symtable;

import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.ParseException;
import dev.jpy.toolchain.parse.Parser;
import dev.jpy.toolchain.tokenize.SourceDecoder;
import java.util.TreeMap;

/**
 * Prints jpy's symbol table in the text form of fixtures/symtable/symtable_dump.py, so it can be
 * compared with CPython's line for line.
 */
final class SymtableDump {
    private SymtableDump() { }

    /** The dump for source bytes; "ERROR ..." for a symtable error, "PARSE ..." for a parse failure. */
    static String dump(byte[] raw, String filename) {
        SymbolTable st;
        try {
            String src = SourceDecoder.decode(raw, filename).text();
            st = SymbolTable.build(Parser.parseModule(src, filename), filename, 0);
        } catch (PySyntaxError e) {
            return "ERROR " + e.pyClass() + ": " + e.msg() + " (" + e.lineno() + ":" + e.offset() + "-"
                    + e.endLineno() + ":" + (e.endOffset() < 0 ? "None" : e.endOffset()) + ")\n";
        } catch (ParseException | SourceDecoder.DecodeException e) {
            return "PARSE " + e.getMessage() + "\n";
        }
        StringBuilder out = new StringBuilder();
        dump(st.top(), out);
        return out.toString();
    }

    static void dump(Scope s, StringBuilder out) {
        out.append(s.type()).append(' ').append(s.name()).append(" line=").append(s.lineno())
                .append(" nested=").append(s.isNested() ? 1 : 0).append(" children=").append(s.children().size())
                .append('\n');
        out.append("  varnames: ").append(String.join(" ", s.varnames())).append('\n');
        for (var e : new TreeMap<>(s.symbols()).entrySet()) {
            out.append("  ").append(e.getKey()).append(' ').append(e.getValue()).append('\n');
        }
        for (Scope c : s.children()) {
            dump(c, out);
        }
    }
}
