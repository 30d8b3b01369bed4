package dev.jpy.vm.run;

import dev.jpy.marshal.code.LocationTable;
import java.nio.charset.StandardCharsets;

/** The {@code ~~~^^^} line under a traceback's source line (whole-range carets for now; anchors come later). */
final class Markers {
    private Markers() {}

    /** The marker line, or null when CPython would print none (the range covers the whole stripped line). */
    static String of(String src, LocationTable.Position p) {
        if (p.line() < 0 || p.col() < 0 || p.endCol() < 0 || p.endLine() != p.line()) return null;
        byte[] utf8 = src.getBytes(StandardCharsets.UTF_8);
        if (p.endCol() > utf8.length || p.col() > p.endCol()) return null;
        int start = new String(utf8, 0, p.col(), StandardCharsets.UTF_8).length();
        int end = new String(utf8, 0, p.endCol(), StandardCharsets.UTF_8).length();
        String stripped = src.strip();
        int lead = src.indexOf(stripped);
        if (start <= lead && end >= lead + stripped.length()) return null;
        return " ".repeat(4 + start - lead) + "^".repeat(Math.max(1, end - start));
    }
}
