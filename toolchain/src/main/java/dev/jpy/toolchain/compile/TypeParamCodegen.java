package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.ast.Ast.Name;
import dev.jpy.toolchain.ast.Ast.TypeAlias;
import dev.jpy.toolchain.instr.Location;
import dev.jpy.toolchain.symtable.Scope;

/** PEP 695 code generation (CPython's compiler_typealias): the {@code type X = ...} statement without type parameters. */
final class TypeParamCodegen {
    private TypeParamCodegen() { }

    /** {@code type NAME = value}: (name, None, lazily evaluating function) made a TypeAliasType, stored in NAME. */
    static void typeAlias(Codegen c, TypeAlias s) {
        if (!s.typeParams().isEmpty()) throw new UnsupportedOperationException("codegen not implemented yet: generic type aliases");
        Location loc = loc(s);
        String name = ((Name) s.name()).id();
        c.addConst(PyStr.of(name), loc);
        c.addConst(PyNone.NONE, loc);
        Scope scope = c.symtable.require(s);
        CodeUnit unit = c.enterScope(CodeUnit.Kind.FUNCTION, scope, name, s.lineno());
        c.addOp(Opcode.RESUME, 0, new Location(s.lineno(), s.lineno(), 0, 0));
        unit.addConst(PyNone.NONE); // None first, so the value function has no docstring
        c.exprs.visit(s.value());
        c.addOp(Opcode.RETURN_VALUE, loc);
        c.addOp(Opcode.RETURN_VALUE, Location.NONE); // CPython's return-at-end without a None: unreachable, dropped later
        CodeUnit done = c.exitScope();
        c.functions.makeClosure(done, 0, loc);
        c.addOp(Opcode.BUILD_TUPLE, 3, loc);
        c.addOp(Opcode.CALL_INTRINSIC_1, Opcode.INTRINSIC_1_DESCS.indexOf("INTRINSIC_TYPEALIAS"), loc);
        c.nameOp(name, ExprContext.Store, loc);
    }
}
