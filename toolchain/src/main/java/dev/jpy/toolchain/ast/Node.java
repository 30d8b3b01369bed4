package dev.jpy.toolchain.ast;

/**
 * A node of a Python 3.13 abstract syntax tree: a value of one of the concrete classes of CPython's
 * {@code ast} module. The concrete types are generated into {@link Ast}.
 *
 * <p>{@link #field(int)} and {@link #attribute(int)} give generic access in the order of the Python
 * class's {@code _fields} and {@code _attributes} (see {@link #nodeClass()}); values are
 * {@code Node}, {@code java.util.List} (of nodes, strings or {@code null}), {@code String},
 * {@code Integer}, {@link dev.jpy.marshal.model.PyObj} (constants) or {@code null} (Python's None).
 */
public interface Node {
    /** The Python class this node is an instance of. */
    NodeClass nodeClass();

    /** The value of {@code _fields[index]}. */
    Object field(int index);

    /** The value of {@code _attributes[index]} (lineno, col_offset, end_lineno, end_col_offset). */
    Object attribute(int index);
}
