package dev.jpy.toolchain.ast;

import dev.jpy.marshal.model.PyObj;
import dev.jpy.marshal.model.PyRepr;
import dev.jpy.marshal.model.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats a tree exactly as CPython 3.13's {@code ast.dump(node, annotate_fields, include_attributes,
 * indent=..., show_empty=...)} does, which is what {@code python3.13 -m ast [-a] [-i INDENT]} prints.
 *
 * <p>The formatter is generic over {@link NodeClass}: it reads the fields and attributes of each node
 * through {@link Node#field(int)} and {@link Node#attribute(int)}. The rules it follows (those of
 * {@code Lib/ast.py}):
 * <ul>
 *   <li>a field or attribute whose value is None is left out when its class default is None
 *       ({@link NodeClass.Field#defaultNone()}, i.e. optional fields and {@code end_*} positions);
 *   <li>unless {@code showEmpty}, any field that is None or an empty list is left out too, except in
 *       {@code Constant} and {@code MatchSingleton} (whose {@code value=None} is shown);
 *   <li>a node prints on one line when it has at most three printed arguments and all of them are
 *       "simple" (a scalar, an empty list, or a node that printed no arguments); otherwise, with an
 *       indent, each argument goes on its own line one indent deeper;
 *   <li>scalars are Python reprs: identifiers and strings as {@code str} reprs, constants through
 *       {@link PyRepr}, ints in decimal, None as {@code None}.
 * </ul>
 */
public final class AstDump {
    private AstDump() { }

    /** {@code ast.dump(node)}: one line, fields named, no positions. */
    public static String dump(Node node) {
        return dump(node, true, false, null, false);
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}; indent may be null. */
    public static String dump(Node node, boolean includeAttributes, String indent) {
        return dump(node, true, includeAttributes, indent, false);
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)} with an int indent. */
    public static String dump(Node node, boolean includeAttributes, int indent) {
        return dump(node, true, includeAttributes, spaces(indent), false);
    }

    /** The indent string for an integer {@code indent}, as Python's {@code ' ' * indent}. */
    public static String spaces(int indent) {
        return indent <= 0 ? "" : " ".repeat(indent);
    }

    /**
     * {@code ast.dump(node, annotate_fields, include_attributes, indent=indent, show_empty=showEmpty)}
     * with {@code indent} null (one line) or the indent string.
     */
    public static String dump(Node node, boolean annotateFields, boolean includeAttributes, String indent,
                              boolean showEmpty) {
        if (node == null) {
            throw new IllegalArgumentException("expected AST, got 'NoneType'");
        }
        return new AstDump.Formatter(annotateFields, includeAttributes, indent, showEmpty).format(node, 0).text;
    }

    private record Formatted(String text, boolean simple) { }

    private static final class Formatter {
        private final boolean annotateFields;
        private final boolean includeAttributes;
        private final String indent;
        private final boolean showEmpty;

        Formatter(boolean annotateFields, boolean includeAttributes, String indent, boolean showEmpty) {
            this.annotateFields = annotateFields;
            this.includeAttributes = includeAttributes;
            this.indent = indent;
            this.showEmpty = showEmpty;
        }

        Formatted format(Object value, int level) {
            String prefix;
            String sep;
            if (indent != null) {
                level++;
                String pad = indent.repeat(level);
                prefix = "\n" + pad;
                sep = ",\n" + pad;
            } else {
                prefix = "";
                sep = ", ";
            }
            if (value instanceof Node node) {
                return formatNode(node, level, prefix, sep);
            }
            if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    return new Formatted("[]", true);
                }
                StringBuilder sb = new StringBuilder("[").append(prefix);
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(format(list.get(i), level).text);
                }
                return new Formatted(sb.append(']').toString(), false);
            }
            return new Formatted(scalar(value), true);
        }

        private Formatted formatNode(Node node, int level, String prefix, String sep) {
            NodeClass cls = node.nodeClass();
            List<String> args = new ArrayList<>();
            List<String> argsBuffer = new ArrayList<>();
            boolean allSimple = true;
            boolean keywords = annotateFields;
            // Python's special case; here a constant None is PyNone, never null, so it cannot trigger
            boolean keepNone = cls.name().equals("Constant") || cls.name().equals("MatchSingleton");
            List<NodeClass.Field> fields = cls.fields();
            for (int i = 0; i < fields.size(); i++) {
                NodeClass.Field f = fields.get(i);
                Object value = node.field(i);
                if (value == null && f.defaultNone()) {
                    keywords = true;
                    continue;
                }
                if (!showEmpty && (value == null || (value instanceof List<?> l && l.isEmpty())) && !keepNone) {
                    argsBuffer.add(value == null ? "None" : "[]");
                    continue;
                } else if (!keywords) {
                    args.addAll(argsBuffer);
                    argsBuffer.clear();
                }
                Formatted v = format(value, level);
                allSimple &= v.simple;
                args.add(keywords ? f.name() + "=" + v.text : v.text);
            }
            if (includeAttributes) {
                List<NodeClass.Field> attrs = cls.attributes();
                for (int i = 0; i < attrs.size(); i++) {
                    NodeClass.Field a = attrs.get(i);
                    Object value = node.attribute(i);
                    if (value == null && a.defaultNone()) {
                        continue;
                    }
                    Formatted v = format(value, level);
                    allSimple &= v.simple;
                    args.add(a.name() + "=" + v.text);
                }
            }
            String name = cls.name();
            if (allSimple && args.size() <= 3) {
                return new Formatted(name + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Formatted(name + "(" + prefix + String.join(sep, args) + ")", false);
        }

        private static String scalar(Object value) {
            if (value == null) {
                return "None";
            }
            if (value instanceof String s) {
                return PyRepr.str(PyStr.of(s));
            }
            if (value instanceof Integer i) {
                return i.toString();
            }
            if (value instanceof PyObj o) {
                return PyRepr.repr(o);
            }
            throw new IllegalArgumentException("not an AST value: " + value.getClass().getName());
        }
    }
}
