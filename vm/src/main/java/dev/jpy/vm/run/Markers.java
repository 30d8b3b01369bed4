package dev.jpy.vm.run;

import dev.jpy.marshal.code.LocationTable;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.parse.Parser;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ~~~^^^} line under a traceback's source line, as CPython 3.13's traceback module draws it: the
 * instruction's range, with {@code ^} on the anchor of a binary operator, subscript or call and {@code ~} around
 * it; no line when the range is a whole statement's call or covers the whole line. Single-line ranges only.
 */
final class Markers {
    private Markers() {}

    /** The marker line, or null when CPython would print none. */
    static String of(String src, LocationTable.Position p) {
        if (p.line() < 0 || p.col() < 0 || p.endCol() < 0 || p.endLine() != p.line()) return null;
        int startChar = charOffset(src, p.col()), endChar = charOffset(src, p.endCol());
        if (startChar < 0 || endChar < 0 || endChar < startChar) return null;
        int lead = 0;
        while (lead < src.length() && Character.isWhitespace(src.charAt(lead))) lead++;
        String line = src.substring(lead).stripTrailing();
        int start = Math.max(0, startChar - lead), end = Math.min(line.length(), Math.max(0, endChar - lead));
        if (start > end) return null;
        String segment = line.substring(start, end);
        int[] anchors = anchors(segment);
        if (!showCarets(line, start, end, anchors)) return null;
        StringBuilder sb = new StringBuilder("    ").append(" ".repeat(start));
        for (int i = start; i < end; i++) {
            if (anchors == null) sb.append('^');
            else sb.append(i - start >= anchors[0] && i - start < anchors[1] ? '^' : '~');
        }
        return sb.toString();
    }

    private static boolean showCarets(String line, int start, int end, int[] anchors) {
        Ast.Expr value = null;
        try {
            Ast.Module m = Parser.parseModule(line, "<traceback>");
            if (m.body().isEmpty()) return false;
            Ast.Stmt st = m.body().get(0);
            if (st instanceof Ast.Return r && r.value() instanceof Ast.Call c && c.func() instanceof Ast.Name) value = c;
            if (st instanceof Ast.Assign a && a.value() instanceof Ast.Call c && a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name) value = c;
            if (value instanceof Ast.Call c && c.lineno() == 1 && c.endLineno() == 1
                    && charOffset(line, c.colOffset()) == start && charOffset(line, c.endColOffset()) == end) {
                return false;
            }
        } catch (RuntimeException | StackOverflowError e) {
            // not a complete statement on its own: CPython ignores the SyntaxError too
        }
        if (anchors != null) return true;
        return !line.substring(0, start).isBlank() || !line.substring(end).isBlank();
    }

    /** {left, right} character offsets in the segment of the part drawn with ^, or null. */
    static int[] anchors(String segment) {
        try {
            Ast.Module m = Parser.parseModule("(\n" + segment + "\n)", "<traceback>");
            if (m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt es)) return null;
            if (segment.contains("\n")) return null;
            String s = segment;
            return switch (es.value()) {
                case Ast.BinOp b -> {
                    int col = valid(s, end(s, b.left()));
                    while (Character.isWhitespace(s.charAt(col)) || s.charAt(col) == ')') col = valid(s, col + 1);
                    int right = col + 1;
                    if (right < s.length() && right < charOffset(s, b.right().colOffset()) && !Character.isWhitespace(s.charAt(right))
                            && s.charAt(right) != '\\' && s.charAt(right) != '#') right++;
                    yield new int[] {col, right};
                }
                case Ast.Subscript sub -> new int[] {until(s, end(s, sub.value()), '['), endOf(s, sub)};
                case Ast.Call c -> new int[] {until(s, end(s, c.func()), '('), endOf(s, c)};
                default -> null;
            };
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static int end(String s, Ast.Expr e) { return valid(s, endOf(s, e)); }

    private static int endOf(String s, Ast.Expr e) { return charOffset(s, e.endColOffset()); }

    private static int valid(String s, int col) {
        if (col >= s.length()) throw new IllegalStateException("past the segment");
        return col;
    }

    private static int until(String s, int col, char stop) {
        while (s.charAt(col) != stop) col = valid(s, col + 1);
        return col;
    }

    /** The character index of a UTF-8 byte offset in a line (-1 when beyond it). */
    static int charOffset(String line, int byteOffset) {
        byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset > utf8.length) return -1;
        return new String(utf8, 0, byteOffset, StandardCharsets.UTF_8).length();
    }
}
