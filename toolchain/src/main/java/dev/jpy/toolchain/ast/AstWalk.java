package dev.jpy.toolchain.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Generic traversal over {@link Node#field(int)}, without recursion. */
public final class AstWalk {
    private AstWalk() { }

    /** The direct child nodes of {@code node}, in field order ({@code ast.iter_child_nodes}). */
    public static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        int n = node.nodeClass().fields().size();
        for (int i = 0; i < n; i++) {
            Object v = node.field(i);
            if (v instanceof Node child) {
                out.add(child);
            } else if (v instanceof List<?> list) {
                for (Object x : list) {
                    if (x instanceof Node child) {
                        out.add(child);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Visits {@code node} and every node below it in the order of CPython's {@code ast.walk}
     * (breadth first).
     */
    public static void walk(Node node, Consumer<Node> visitor) {
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            Node next = todo.poll();
            todo.addAll(children(next));
            visitor.accept(next);
        }
    }
}
