/**
 * Code generation, the compiler stage between the symbol table and the flow graph (CPython 3.13's
 * {@code Python/compile.c}). {@link dev.jpy.toolchain.compile.Compiler} strings the stages together:
 * parse, future features, AST optimization ({@code dev.jpy.toolchain.optimize}), symbol table
 * ({@code dev.jpy.toolchain.symtable}), code generation here, then flow graph and assembly
 * ({@code dev.jpy.toolchain.flowgraph}, {@code dev.jpy.toolchain.assemble}).
 *
 * <p>{@link dev.jpy.toolchain.compile.Codegen} holds the unit stack, emission and name resolution;
 * one class per area: {@code StmtCodegen} (simple statements, loops, imports),
 * {@code ExprCodegen} (expressions, conditional jumps), {@code CallCodegen},
 * {@code FunctionCodegen} (functions, lambdas, return, yield, await), {@code ClassCodegen},
 * {@code ComprehensionCodegen} (PEP 709 inlining), {@code ExceptionCodegen} (try, try*, with and
 * frame-block unwinding), {@code AnnotationUnparser} (the strings of PEP 563 annotations). Not
 * written yet: match statements, type parameters and type aliases, interactive mode.
 */
package dev.jpy.toolchain.compile;
