/**
 * The symbol table: CPython 3.13's {@code Python/symtable.c} and {@code Python/future.c} over jpy's
 * AST. {@link dev.jpy.toolchain.symtable.SymbolTable#build} gives one
 * {@link dev.jpy.toolchain.symtable.Scope} per block (module, class, function, lambda,
 * comprehension, PEP 695 and annotation blocks) with each name's DEF_ flags
 * ({@link dev.jpy.toolchain.symtable.Symbol}) and resolved
 * {@link dev.jpy.toolchain.symtable.SymbolScope}; {@link dev.jpy.toolchain.symtable.Future} reads the
 * {@code __future__} imports; {@link dev.jpy.toolchain.symtable.Mangle} mangles private names.
 *
 * <p>Block keys (for {@code SymbolTable.lookup}): the AST node itself for the module, functions,
 * lambdas, classes, comprehensions and type aliases (the TypeAlias statement keys its value block);
 * {@link dev.jpy.toolchain.symtable.BlockKey} records for the type-parameter block of a generic
 * def/class/alias ({@code TypeParams(stmt)}), a TypeVar bound or a ParamSpec/TypeVarTuple default
 * ({@code Bound(param)}), a TypeVar default ({@code TypeVarDefault(param)}) and, under
 * {@code from __future__ import annotations}, annotation blocks ({@code Annotation(expr or def)}).
 */
package dev.jpy.toolchain.symtable;
