package dev.jpy.toolchain.optimize;

import dev.jpy.marshal.model.PyStr;
import dev.jpy.toolchain.ast.Ast.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Folding of {@code 'literal %s %r' % (a, b)} into an f-string ({@code JoinedStr}), for the simple
 * conversions CPython 3.13's {@code optimize_format} accepts ({@code %s %r %a} with the {@code -} flag,
 * a width and a precision of at most two digits).
 */
final class FormatFold {
    private FormatFold() { }

    private static final int MAX_DIGITS = 3;

    /** The JoinedStr for {@code node}, or null if the format is not one CPython folds. */
    static JoinedStr fold(BinOp node, String fmt, java.util.List<Expr> elts) {
        int[] cps = fmt.codePoints().toArray();
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        while (true) {
            Constant lit = literal(cps, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= cps.length) break;
            if (cnt >= elts.size()) return null;   // more format units than items
            pos[0]++;
            Expr fv = format(cps, pos, elts.get(cnt++));
            if (fv == null) return null;
            seq.add(fv);
        }
        if (cnt < elts.size()) return null;       // more items than format units
        return new JoinedStr(seq, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private static Constant literal(int[] cps, int[] ppos) {
        int start = ppos[0], pos = start;
        while (pos < cps.length) {
            if (cps[pos] != '%') pos++;
            else if (pos + 1 < cps.length && cps[pos + 1] == '%') pos += 2;
            else break;
        }
        ppos[0] = pos;
        if (pos == start) return null;
        String s = new String(cps, start, pos - start).replace("%%", "%");
        return new Constant(PyStr.of(s), null, -1, -1, -1, -1);
    }

    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    private static Expr format(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int flags = 0, width = -1, prec = -1;
        int ch;
        while (true) {
            if (pos >= cps.length) return null;
            ch = cps[pos++];
            int f = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) break;
            flags |= f;
        }
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= cps.length) return null;
                ch = cps[pos++];
                if (++digits >= MAX_DIGITS) return null;
            }
        }
        if (ch == '.') {
            if (pos >= cps.length) return null;
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= cps.length) return null;
                ch = cps[pos++];
                if (++digits >= MAX_DIGITS) return null;
            }
        }
        ppos[0] = pos;
        int align = (flags & F_LJUST) != 0 ? '<' : 0;
        int conv, type;
        switch (ch) {
            case 's', 'r', 'a' -> {
                align = (flags & F_LJUST) != 0 ? 0 : '>';
                flags &= F_LJUST;
                conv = ch;
                type = 0;
            }
            default -> { return null; }
        }
        StringBuilder sb = new StringBuilder();
        if (align != 0 && width > 0) sb.append((char) align);
        if ((flags & F_SIGN) != 0) sb.append('+');
        else if ((flags & F_BLANK) != 0) sb.append(' ');
        if ((flags & F_ALT) != 0) sb.append('#');
        if ((flags & F_ZERO) != 0 && align == 0 && width > 0) sb.append('0');
        if (width >= 0) sb.append(width);
        if (prec >= 0) sb.append('.').append(prec);
        if (type != 0) sb.append((char) type);
        Expr spec = sb.isEmpty() ? null : new Constant(PyStr.of(sb.toString()), null, -1, -1, -1, -1);
        return new FormattedValue(arg, conv, spec, arg.lineno(), arg.colOffset(), arg.endLineno(), arg.endColOffset());
    }
}
