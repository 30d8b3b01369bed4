/**
 * The AST optimizer (CPython 3.13's {@code Python/ast_opt.c}), run on the parsed tree before the
 * symbol table: {@link dev.jpy.toolchain.optimize.AstOptimizer} walks the tree,
 * {@code ConstOps} computes Python's operators on constants within CPython's size limits, and
 * {@code FormatFold} turns simple {@code %}-formatting into f-strings.
 */
package dev.jpy.toolchain.optimize;
