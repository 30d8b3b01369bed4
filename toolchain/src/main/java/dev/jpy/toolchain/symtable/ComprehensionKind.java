package dev.jpy.toolchain.symtable;

/** CPython's {@code _Py_comprehension_ty}: which comprehension a block is, if any. */
public enum ComprehensionKind {
    NONE,
    LIST,
    GENERATOR,
    DICT,
    SET
}
