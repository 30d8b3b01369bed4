package dev.jpy.toolchain.symtable;

/**
 * CPython 3.13's {@code _Py_block_ty}, in its order (so {@link #ordinal()} is
 * {@code _symtable.TYPE_*}).
 */
public enum BlockType {
    FUNCTION,
    CLASS,
    MODULE,
    /** {@code from __future__ import annotations}: one block per annotation (or per signature). */
    ANNOTATION,
    /** The value of {@code type X = ...}. */
    TYPE_ALIAS,
    /** The PEP 695 block holding a generic's type parameters. */
    TYPE_PARAMETERS,
    /** A TypeVar's bound, constraints or default (CPython's {@code TypeVarBoundBlock}). */
    TYPE_VARIABLE_BOUND
}
