package dev.jpy.toolchain.instr;

import dev.jpy.marshal.model.PyObj;

import java.util.List;

/**
 * What code generation knows about a code unit besides its instructions (CPython's
 * {@code _PyCompile_CodeUnitMetadata}): the tables the instruction arguments index into, the
 * argument counts and the first line. Lists are in index order (an oparg of LOAD_CONST i means
 * {@code consts.get(i)}; LOAD_FAST i means {@code varnames.get(i)}, and cell and free variables
 * follow the varnames in the index space as in CPython's codegen).
 *
 * @param fastHidden names of PEP 709 inlined-comprehension locals hidden from {@code locals()}
 *                   (CPython's {@code u_fasthidden}: kind HIDDEN in the code object)
 */
public record CodeUnitMetadata(
        String name,
        String qualname,
        List<PyObj> consts,
        List<String> names,
        List<String> varnames,
        List<String> cellvars,
        List<String> freevars,
        List<String> fastHidden,
        int argCount,
        int posOnlyArgCount,
        int kwOnlyArgCount,
        int firstLineNo) {
}
