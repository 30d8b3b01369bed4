package dev.jpy.toolchain.ast;

import java.util.List;

/**
 * What CPython's {@code ast} module says about one concrete node class: its name, the abstract
 * class it derives from, its {@code _fields} and its {@code _attributes}.
 *
 * @param name     the Python class name, e.g. {@code "BinOp"}
 * @param javaName the Java type (or, for field-less singleton classes, enum constant) that models it
 * @param kind     the abstract ASDL type, e.g. {@code "expr"}; for product types (comprehension,
 *                 arguments, ...) the class's own name
 * @param fields   {@code _fields}, in order
 * @param attributes {@code _attributes}, in order
 */
public record NodeClass(String name, String javaName, String kind, List<Field> fields, List<Field> attributes) {

    public NodeClass {
        fields = List.copyOf(fields);
        attributes = List.copyOf(attributes);
    }

    /** How many values a field holds: ASDL {@code T}, {@code T?} or {@code T*}. */
    public enum Shape { ONE, OPTIONAL, LIST }

    /**
     * One field or attribute.
     *
     * @param name        the Python name, e.g. {@code "col_offset"}
     * @param type        the ASDL type, e.g. {@code "expr"}, {@code "identifier"}, {@code "int"}
     * @param shape       one, optional or a list
     * @param defaultNone whether the Python class has the class attribute {@code name = None}
     *                    (true exactly for optional fields); {@code ast.dump} never prints such a
     *                    field or attribute when it is None
     */
    public record Field(String name, String type, Shape shape, boolean defaultNone) { }
}
