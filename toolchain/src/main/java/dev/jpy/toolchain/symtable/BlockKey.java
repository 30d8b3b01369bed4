package dev.jpy.toolchain.symtable;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Node;

/**
 * Keys for the blocks CPython registers under a pointer that is not an AST node of its own. Pass one
 * to {@link SymbolTable#lookup(Object)}; every other block is keyed by its AST node itself (the
 * {@code Ast.Module}, {@code FunctionDef}, {@code AsyncFunctionDef}, {@code ClassDef}, {@code Lambda},
 * comprehension nodes, and the {@code TypeAlias} statement for the alias's value block).
 *
 * <p>Nodes are compared by identity, never by record equality.
 */
public sealed interface BlockKey {
    /** The AST node the key belongs to. */
    Node node();

    /**
     * The TYPE_PARAMETERS block of a generic {@code FunctionDef}, {@code AsyncFunctionDef},
     * {@code ClassDef} or {@code TypeAlias} (CPython keys it by the {@code type_params} sequence).
     */
    record TypeParams(Ast.Stmt node) implements BlockKey { }

    /**
     * The TYPE_VARIABLE_BOUND block of a TypeVar's bound or constraints, or of a ParamSpec's or
     * TypeVarTuple's default (CPython keys it by the type_param).
     */
    record Bound(Ast.TypeParam node) implements BlockKey { }

    /** The TYPE_VARIABLE_BOUND block of a TypeVar's default (CPython: the type_param pointer + 1). */
    record TypeVarDefault(Ast.TypeVar node) implements BlockKey { }

    /**
     * Under {@code from __future__ import annotations}: the ANNOTATION block of one annotation
     * expression ({@code AnnAssign.annotation}, a return annotation), or of a whole signature when
     * {@code node} is the FunctionDef/AsyncFunctionDef. These blocks are not children of any block
     * (CPython leaves them out of {@code ste_children}).
     */
    record Annotation(Node node) implements BlockKey { }
}
