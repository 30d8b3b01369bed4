package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.instr.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Class definitions (CPython 3.13's {@code compiler_class} and {@code compiler_class_body}): the body
 * unit that stores {@code __module__}, {@code __qualname__}, {@code __firstlineno__} and
 * {@code __static_attributes__} and returns the {@code __class__} cell, then
 * {@code __build_class__(func, name, *bases, **keywords)} and the decorators.
 */
final class ClassCodegen {
    private final Codegen c;

    ClassCodegen(Codegen c) { this.c = c; }

    void classDef(ClassDef s, Location loc) {
        c.exprs.visitAll(s.decoratorList());
        int firstLine = s.decoratorList().isEmpty() ? s.lineno() : s.decoratorList().get(0).lineno();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) TypeParamCodegen.enterClass(c, s, firstLine, loc);
        CodeUnit done = body(s, firstLine);
        c.addOp(Opcode.LOAD_BUILD_CLASS, loc);
        c.addOp(Opcode.PUSH_NULL, loc);
        c.functions.makeClosure(done, 0, loc);
        c.addConst(PyStr.of(s.name()), loc);
        if (generic) TypeParamCodegen.exitClass(c, s, loc);
        else c.calls.helper(loc, 2, s.bases(), s.keywords());
        for (int i = s.decoratorList().size() - 1; i >= 0; i--) c.addOp(Opcode.CALL, 0, loc(s.decoratorList().get(i)));
        c.nameOp(s.name(), ExprContext.Store, loc);
    }

    private CodeUnit body(ClassDef s, int firstLine) {
        CodeUnit unit = c.enterScope(CodeUnit.Kind.CLASS, c.symtable.require(s), s.name(), firstLine);
        unit.privateName = s.name();
        Location loc = new Location(firstLine, firstLine, 0, 0);
        c.addOp(Opcode.RESUME, 0, loc);
        c.nameOp("__name__", ExprContext.Load, loc);
        c.nameOp("__module__", ExprContext.Store, loc);
        c.addConst(PyStr.of(unit.qualname), loc);
        c.nameOp("__qualname__", ExprContext.Store, loc);
        c.addConst(PyInt.of(firstLine), loc);
        c.nameOp("__firstlineno__", ExprContext.Store, loc);
        if (!s.typeParams().isEmpty()) {
            c.nameOp(".type_params", ExprContext.Load, loc);
            c.nameOp("__type_params__", ExprContext.Store, loc);
        }
        if (unit.scope.needsClassDict()) {
            c.addOp(Opcode.LOAD_LOCALS, loc);
            c.addOp(Opcode.STORE_DEREF, CodeUnit.index(unit.cellvars, "__classdict__"), loc);
        }
        c.stmts.body(s.body(), false, loc);
        List<PyObj> attrs = new ArrayList<>();
        for (String a : unit.staticAttributes) attrs.add(PyStr.of(a));
        c.addConst(new PyTuple(attrs), Location.NONE);
        c.nameOp("__static_attributes__", ExprContext.Store, Location.NONE);
        if (unit.scope.needsClassDict()) {
            c.addOp(Opcode.LOAD_CLOSURE, unit.cellvars.get("__classdict__"), Location.NONE);
            c.nameOp("__classdictcell__", ExprContext.Store, Location.NONE);
        }
        if (unit.scope.needsClassClosure()) {
            c.addOp(Opcode.LOAD_CLOSURE, unit.cellvars.get("__class__"), Location.NONE);
            c.addOp(Opcode.COPY, 1, Location.NONE);
            c.nameOp("__classcell__", ExprContext.Store, Location.NONE);
        } else {
            c.addConst(PyNone.NONE, Location.NONE);
        }
        c.addOp(Opcode.RETURN_VALUE, Location.NONE);
        c.addReturnNone();
        return c.exitScope();
    }
}
