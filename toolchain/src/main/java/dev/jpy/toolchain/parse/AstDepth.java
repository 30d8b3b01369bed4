package dev.jpy.toolchain.parse;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Node;

import java.util.List;

/**
 * CPython's recursion limit when {@code ast.parse} turns the tree into Python objects (ast2obj): nesting
 * deeper than {@link #LIMIT} nodes (counting the module; operators and expression contexts do not count)
 * raises RecursionError "maximum recursion depth exceeded during ast construction". Calibrated on 3.13.0:
 * {@code '+'.join(['x']*9995)} parses and one more term does not, likewise {@code 'x'+'.a'*9994}.
 */
final class AstDepth {
    static final int LIMIT = 9997;

    private AstDepth() {}

    /** Throws the RecursionError if {@code root} nests too deeply. */
    static void check(Node root) {
        if (depth(root, 1) > LIMIT) {
            throw new ParseException("RecursionError", "maximum recursion depth exceeded during ast construction",
                    0, 0, 0, 0, null);
        }
    }

    private static int depth(Node n, int d) {
        if (d > LIMIT) return d;
        int max = d;
        int fields = n.nodeClass().fields().size();
        for (int i = 0; i < fields; i++) {
            Object v = n.field(i);
            if (v instanceof Node c && counts(c)) max = Math.max(max, depth(c, d + 1));
            else if (v instanceof List<?> l) {
                for (Object o : l) if (o instanceof Node c && counts(c)) max = Math.max(max, depth(c, d + 1));
            }
            if (max > LIMIT) return max;
        }
        return max;
    }

    /** The simple sums (operators, contexts) are singletons in CPython, converted without the depth check. */
    private static boolean counts(Node n) {
        return !(n instanceof Ast.ExprContext || n instanceof Ast.BoolOperator || n instanceof Ast.Operator
                || n instanceof Ast.UnaryOperator || n instanceof Ast.CmpOperator);
    }
}
