package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.*;
import dev.jpy.toolchain.ast.Ast.*;

/**
 * The string an annotation becomes under {@code from __future__ import annotations} (PEP 563):
 * CPython 3.13's C unparser ({@code Python/ast_unparse.c}, {@code _PyAST_ExprAsUnicode}), which
 * differs from {@code ast.unparse} in its parentheses, spacing and constants.
 *
 * <p>Each node is printed at a binding level; a node whose own level is lower than the level it is
 * asked for is put in parentheses. Constants print as their {@code repr()}, with an infinite float
 * (and the {@code inf} of any complex) spelled {@code 1e309}; an f-string's body is built first and
 * then printed as the {@code repr()} of that text after an {@code f}.
 */
public final class AnnotationUnparser {
    // binding levels, loosest first (ast_unparse.c's PR_* order)
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6,
            BOR = 6, BXOR = 7, BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13,
            AWAIT = 14, ATOM = 15;
    /** {@code 1e(DBL_MAX_10_EXP + 1)}: how an infinite value is written back. */
    private static final String INF = "1e309";

    private final Text out;

    private AnnotationUnparser(Text out) { this.out = out; }

    /** The annotation string CPython 3.13 stores for {@code e}. */
    public static String unparse(Expr e) {
        return unparse(e, TEST).toString();
    }

    private static Text unparse(Expr e, int level) {
        Text t = new Text();
        new AnnotationUnparser(t).expr(e, level);
        return t;
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case BoolOp b -> boolOp(b, level);
            case BinOp b -> binOp(b, level);
            case UnaryOp u -> unaryOp(u, level);
            case Lambda l -> lambda(l, level);
            case IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                out.append(" if ");
                expr(i.test(), TEST + 1);
                out.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Dict d -> dict(d);
            case Set s -> sequence("{", s.elts(), "}");
            case List l -> sequence("[", l.elts(), "]");
            case Tuple t -> tuple(t, level);
            case GeneratorExp g -> comprehension("(", g.elt(), null, g.generators(), ")");
            case ListComp g -> comprehension("[", g.elt(), null, g.generators(), "]");
            case SetComp g -> comprehension("{", g.elt(), null, g.generators(), "}");
            case DictComp g -> comprehension("{", g.key(), g.value(), g.generators(), "}");
            case Yield y -> {
                if (y.value() == null) {
                    out.append("(yield)");
                } else {
                    out.append("(yield ");
                    expr(y.value(), TEST);
                    out.append(')');
                }
            }
            case YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), TEST);
                out.append(')');
            }
            case Await a -> {
                open(level > AWAIT);
                out.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Compare c -> compare(c, level);
            case Call c -> call(c);
            case Constant c -> constant(c);
            case JoinedStr j -> joinedStr(j, false);
            case FormattedValue f -> formattedValue(f);
            case Attribute a -> {
                expr(a.value(), ATOM);
                // "1 .real": an int needs a space before the dot
                out.append(a.value() instanceof Constant k && k.value() instanceof PyInt ? " ." : ".");
                out.append(a.attr());
            }
            case Subscript s -> subscript(s);
            case Starred s -> {
                out.append('*');
                expr(s.value(), EXPR);
            }
            case Slice s -> {
                if (s.lower() != null) expr(s.lower(), TEST);
                out.append(':');
                if (s.upper() != null) expr(s.upper(), TEST);
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Name n -> out.append(n.id());
            case NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                out.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
        }
    }

    private void open(boolean paren) {
        if (paren) out.append('(');
    }

    private void close(boolean paren) {
        if (paren) out.append(')');
    }

    private void boolOp(BoolOp b, int level) {
        int pr = b.op() == BoolOperator.And ? AND : OR;
        open(level > pr);
        for (int i = 0; i < b.values().size(); i++) {
            if (i > 0) out.append(b.op() == BoolOperator.And ? " and " : " or ");
            expr(b.values().get(i), pr + 1);
        }
        close(level > pr);
    }

    private void binOp(BinOp b, int level) {
        int pr = switch (b.op()) {
            case Add, Sub -> ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
            case LShift, RShift -> SHIFT;
            case BitOr -> BOR;
            case BitXor -> BXOR;
            case BitAnd -> BAND;
            case Pow -> POWER;
        };
        String op = switch (b.op()) {
            case Add -> " + ";
            case Sub -> " - ";
            case Mult -> " * ";
            case MatMult -> " @ ";
            case Div -> " / ";
            case Mod -> " % ";
            case FloorDiv -> " // ";
            case LShift -> " << ";
            case RShift -> " >> ";
            case BitOr -> " | ";
            case BitXor -> " ^ ";
            case BitAnd -> " & ";
            case Pow -> " ** ";
        };
        boolean rightAssoc = b.op() == Operator.Pow;
        open(level > pr);
        expr(b.left(), rightAssoc ? pr + 1 : pr);
        out.append(op);
        expr(b.right(), rightAssoc ? pr : pr + 1);
        close(level > pr);
    }

    private void unaryOp(UnaryOp u, int level) {
        int pr = u.op() == UnaryOperator.Not ? NOT : FACTOR;
        open(level > pr);
        out.append(switch (u.op()) {
            case Invert -> "~";
            case Not -> "not ";
            case UAdd -> "+";
            case USub -> "-";
        });
        expr(u.operand(), pr);
        close(level > pr);
    }

    private void lambda(Lambda l, int level) {
        open(level > TEST);
        Arguments a = l.args();
        out.append(a.args().isEmpty() && a.posonlyargs().isEmpty() ? "lambda" : "lambda ");
        arguments(a);
        out.append(": ");
        expr(l.body(), TEST);
        close(level > TEST);
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int posOnly = a.posonlyargs().size(), positional = posOnly + a.args().size();
        for (int i = 0; i < positional; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(i < posOnly ? a.posonlyargs().get(i) : a.args().get(i - posOnly));
            int d = i - positional + a.defaults().size();
            if (d >= 0) {
                out.append('=');
                expr(a.defaults().get(d), TEST);
            }
            if (posOnly > 0 && i + 1 == posOnly) out.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (a.vararg() != null) arg(a.vararg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            if (!first) out.append(", ");
            first = false;
            arg(a.kwonlyargs().get(i));
            int d = i - a.kwonlyargs().size() + a.kwDefaults().size();
            if (d >= 0 && a.kwDefaults().get(d) != null) {
                out.append('=');
                expr(a.kwDefaults().get(d), TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**");
            arg(a.kwarg());
        }
    }

    private void arg(Arg a) {
        out.append(a.arg());
        if (a.annotation() != null) {
            out.append(": ");
            expr(a.annotation(), TEST);
        }
    }

    private void dict(Dict d) {
        out.append('{');
        for (int i = 0; i < d.values().size(); i++) {
            if (i > 0) out.append(", ");
            Expr key = d.keys().get(i);
            if (key != null) {
                expr(key, TEST);
                out.append(": ");
                expr(d.values().get(i), TEST);
            } else {
                out.append("**");
                expr(d.values().get(i), EXPR);
            }
        }
        out.append('}');
    }

    private void sequence(String open, java.util.List<Expr> elts, String close) {
        out.append(open);
        items(elts);
        out.append(close);
    }

    private void items(java.util.List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(elts.get(i), TEST);
        }
    }

    private void tuple(Tuple t, int level) {
        if (t.elts().isEmpty()) {
            out.append("()");
            return;
        }
        open(level > TUPLE);
        items(t.elts());
        if (t.elts().size() == 1) out.append(',');
        close(level > TUPLE);
    }

    private void comprehension(String open, Expr elt, Expr value, java.util.List<Comprehension> gens, String close) {
        out.append(open);
        expr(elt, TEST);
        if (value != null) {
            out.append(": ");
            expr(value, TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), TUPLE);
            out.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        out.append(close);
    }

    private void compare(Compare c, int level) {
        open(level > CMP);
        expr(c.left(), CMP + 1);
        for (int i = 0; i < c.comparators().size(); i++) {
            out.append(switch (c.ops().get(i)) {
                case Eq -> " == ";
                case NotEq -> " != ";
                case Lt -> " < ";
                case LtE -> " <= ";
                case Gt -> " > ";
                case GtE -> " >= ";
                case Is -> " is ";
                case IsNot -> " is not ";
                case In -> " in ";
                case NotIn -> " not in ";
            });
            expr(c.comparators().get(i), CMP + 1);
        }
        close(level > CMP);
    }

    private void call(Call c) {
        expr(c.func(), ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof GeneratorExp g) {
            expr(g, TEST); // f(x for x in y): the generator's parentheses are the call's
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) out.append(", ");
            first = false;
            expr(a, TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) out.append(", ");
            first = false;
            out.append(k.arg() == null ? "**" : k.arg() + "=");
            expr(k.value(), TEST);
        }
        out.append(')');
    }

    private void subscript(Subscript s) {
        expr(s.value(), ATOM);
        out.append('[');
        expr(s.slice(), TUPLE); // a[b, c], and a[*b,] for a lone starred element
        out.append(']');
    }

    private void constant(Constant c) {
        if (c.value() instanceof PyEllipsis) {
            out.append("...");
            return;
        }
        if (c.kind() != null) out.append(c.kind());
        constantValue(c.value());
    }

    private void constantValue(PyObj v) {
        if (v instanceof PyTuple t) {
            out.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) out.append(", ");
                constantValue(t.items().get(i));
            }
            if (t.size() == 1) out.append(',');
            out.append(')');
            return;
        }
        String repr = PyRepr.repr(v);
        if ((v instanceof PyFloat f && Double.isInfinite(f.value())) || v instanceof PyComplex) {
            repr = repr.replace("inf", INF);
        }
        out.append(repr);
    }

    private void joinedStr(JoinedStr j, boolean formatSpec) {
        Text body = new Text();
        AnnotationUnparser inner = new AnnotationUnparser(body);
        for (Expr v : j.values()) inner.fstringElement(v);
        if (formatSpec) {
            out.append(body);
        } else {
            out.append('f');
            out.append(PyRepr.repr(body.toStr()));
        }
    }

    private void fstringElement(Expr e) {
        switch (e) {
            case Constant c -> {
                for (int cp : ((PyStr) c.value()).codePoints()) {
                    out.add(cp);
                    if (cp == '{' || cp == '}') out.add(cp);
                }
            }
            case JoinedStr j -> joinedStr(j, true); // a format spec
            case FormattedValue f -> formattedValue(f);
            default -> throw new IllegalStateException("unknown expression kind inside f-string");
        }
    }

    private void formattedValue(FormattedValue f) {
        // the expression alone, parenthesized above TEST so that a lambda's ':' is not a format spec
        Text value = unparse(f.value(), TEST + 1);
        out.append(value.n > 0 && value.cps[0] == '{' ? "{ " : "{");
        out.append(value);
        if (f.conversion() > 0) out.append('!').append((char) f.conversion());
        if (f.formatSpec() != null) {
            out.append(':');
            fstringElement(f.formatSpec());
        }
        out.append('}');
    }

    /**
     * Text as code points: an f-string's literal parts may hold lone surrogates, which a Java string
     * would merge into one astral character when two of them meet.
     */
    private static final class Text {
        int[] cps = new int[32];
        int n;

        void add(int cp) {
            if (n == cps.length) cps = java.util.Arrays.copyOf(cps, n * 2);
            cps[n++] = cp;
        }

        Text append(String s) {
            s.codePoints().forEach(this::add);
            return this;
        }

        Text append(char c) {
            add(c);
            return this;
        }

        Text append(Text t) {
            for (int i = 0; i < t.n; i++) add(t.cps[i]);
            return this;
        }

        PyStr toStr() {
            return PyStr.ofCodePoints(java.util.Arrays.copyOf(cps, n));
        }

        @Override public String toString() {
            return new String(cps, 0, n);
        }
    }
}
