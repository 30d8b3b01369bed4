package dev.jpy.marshal.opcode;

/**
 * One BINARY_OP operator, as returned by CPython's {@code _opcode.get_nb_ops()}; BINARY_OP's oparg indexes
 * {@link Opcode#NB_OPS}.
 *
 * @param name   the C name, e.g. {@code "NB_ADD"}
 * @param symbol the operator as dis shows it, e.g. {@code "+"} or {@code "+="}
 */
public record NbOp(String name, String symbol) {
}
