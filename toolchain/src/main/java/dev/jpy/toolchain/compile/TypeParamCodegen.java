package dev.jpy.toolchain.compile;

import static dev.jpy.toolchain.compile.Codegen.loc;

import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast.ClassDef;
import dev.jpy.toolchain.ast.Ast.Expr;
import dev.jpy.toolchain.ast.Ast.ExprContext;
import dev.jpy.toolchain.ast.Ast.Name;
import dev.jpy.toolchain.ast.Ast.ParamSpec;
import dev.jpy.toolchain.ast.Ast.Starred;
import dev.jpy.toolchain.ast.Ast.Stmt;
import dev.jpy.toolchain.ast.Ast.Tuple;
import dev.jpy.toolchain.ast.Ast.TypeAlias;
import dev.jpy.toolchain.ast.Ast.TypeParam;
import dev.jpy.toolchain.ast.Ast.TypeVar;
import dev.jpy.toolchain.ast.Ast.TypeVarTuple;
import dev.jpy.toolchain.instr.Location;
import dev.jpy.toolchain.symtable.BlockKey;
import dev.jpy.toolchain.symtable.Scope;

import java.util.List;

/**
 * PEP 695 / PEP 696 code generation (CPython 3.13's {@code compiler_type_params},
 * {@code compiler_type_param_bound_or_default}, {@code compiler_typealias} and the generic parts of
 * {@code compiler_function} and {@code compiler_class}): the {@code <generic parameters of NAME>} unit
 * that makes the TypeVars, ParamSpecs and TypeVarTuples, their lazily evaluated bounds, constraints and
 * defaults, and the {@code type X[...] = ...} statement.
 */
final class TypeParamCodegen {
    private TypeParamCodegen() { }

    /** {@code type NAME[params] = value}: (name, type params or None, lazily evaluating function) made a TypeAliasType. */
    static void typeAlias(Codegen c, TypeAlias s) {
        Location loc = loc(s);
        String name = ((Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enter(c, s, name, s.lineno());
            c.addConst(PyStr.of(name), loc);
            typeParams(c, s.typeParams());
        } else {
            c.addConst(PyStr.of(name), loc);
            c.addConst(PyNone.NONE, loc);
        }
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
        c.addOp(Opcode.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_TYPEALIAS"), loc);
        if (generic) callGenericScope(c, loc);
        c.nameOp(name, ExprContext.Store, loc);
    }

    /**
     * Opens the type-parameter unit of a generic function and makes its type parameters; the defaults
     * tuple and kw-defaults dict the caller pushed ({@code flags}) become its arguments. Returns how many.
     */
    static int enterFunction(Codegen c, Stmt s, String name, List<TypeParam> params, int flags, int firstLine, Location loc) {
        int args = 0;
        if ((flags & FunctionCodegen.DEFAULTS) != 0) args++;
        if ((flags & FunctionCodegen.KWDEFAULTS) != 0) args++;
        if (args == 2) c.addOp(Opcode.SWAP, 2, loc);
        CodeUnit unit = enter(c, s, name, firstLine);
        unit.argCount = args;
        typeParams(c, params);
        for (int i = 0; i < args; i++) c.addOp(Opcode.LOAD_FAST, i, loc);
        return args;
    }

    /** Ends the type-parameter unit of a generic function (whose function object is on the stack) and calls it. */
    static void exitFunction(Codegen c, int args, Location loc) {
        c.addOp(Opcode.SWAP, 2, loc);
        c.addOp(Opcode.CALL_INTRINSIC_2, intrinsic2("INTRINSIC_SET_FUNCTION_TYPE_PARAMS"), loc);
        if (args == 0) {
            callGenericScope(c, loc);
            return;
        }
        leaveGenericScope(c, loc);
        c.addOp(Opcode.SWAP, args + 1, loc);
        c.addOp(Opcode.CALL, args - 1, loc);
    }

    /** Opens the type-parameter unit of a generic class and stores its type parameters in {@code .type_params}. */
    static void enterClass(Codegen c, ClassDef s, int firstLine, Location loc) {
        CodeUnit unit = enter(c, s, s.name(), firstLine);
        unit.privateName = s.name();
        typeParams(c, s.typeParams());
        c.nameOp(".type_params", ExprContext.Store, loc);
    }

    /**
     * Ends the type-parameter unit of a generic class: {@code __build_class__}, the body function and
     * the name are on the stack; adds {@code Generic[*type_params]} after the bases, calls, and calls the unit.
     */
    static void exitClass(Codegen c, ClassDef s, Location loc) {
        c.nameOp(".type_params", ExprContext.Load, loc);
        c.addOp(Opcode.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_SUBSCRIPT_GENERIC"), loc);
        c.nameOp(".generic_base", ExprContext.Store, loc);
        c.calls.helper(loc, 2, s.bases(), ".generic_base", s.keywords());
        callGenericScope(c, loc);
    }

    /** Leaves a type-parameter unit and calls the function made from it with no arguments. */
    private static void callGenericScope(Codegen c, Location loc) {
        leaveGenericScope(c, loc);
        c.addOp(Opcode.PUSH_NULL, loc);
        c.addOp(Opcode.CALL, 0, loc);
    }

    /** Leaves a type-parameter unit (CPython's return-at-end without a None) and pushes the function made from it. */
    private static void leaveGenericScope(Codegen c, Location loc) {
        c.addOp(Opcode.RETURN_VALUE, Location.NONE);
        CodeUnit done = c.exitScope();
        c.functions.makeClosure(done, 0, loc);
    }

    private static CodeUnit enter(Codegen c, Stmt owner, String name, int firstLine) {
        Scope scope = c.symtable.require(new BlockKey.TypeParams(owner));
        CodeUnit unit = c.enterScope(CodeUnit.Kind.TYPE_PARAMS, scope, "<generic parameters of " + name + ">", firstLine);
        c.addOp(Opcode.RESUME, 0, new Location(firstLine, firstLine, 0, 0));
        return unit;
    }

    /** CPython's {@code compiler_type_params}: each parameter made, stored under its name, then all in a tuple. */
    private static void typeParams(Codegen c, List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            Location loc = paramLoc(tp);
            String name = switch (tp) {
                case TypeVar t -> t.name();
                case TypeVarTuple t -> t.name();
                case ParamSpec t -> t.name();
            };
            Expr dflt = switch (tp) {
                case TypeVar t -> t.defaultValue();
                case TypeVarTuple t -> t.defaultValue();
                case ParamSpec t -> t.defaultValue();
            };
            c.addConst(PyStr.of(name), loc);
            switch (tp) {
                case TypeVar t when t.bound() != null -> {
                    boundOrDefault(c, t.bound(), name, new BlockKey.Bound(t), false);
                    String which = t.bound() instanceof Tuple ? "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS" : "INTRINSIC_TYPEVAR_WITH_BOUND";
                    c.addOp(Opcode.CALL_INTRINSIC_2, intrinsic2(which), loc);
                }
                case TypeVar t -> c.addOp(Opcode.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_TYPEVAR"), loc);
                case TypeVarTuple t -> c.addOp(Opcode.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_TYPEVARTUPLE"), loc);
                case ParamSpec t -> c.addOp(Opcode.CALL_INTRINSIC_1, intrinsic1("INTRINSIC_PARAMSPEC"), loc);
            }
            if (dflt != null) {
                // a TypeVar's default has a block of its own; the others' default uses the bound's key
                BlockKey key = tp instanceof TypeVar t ? new BlockKey.TypeVarDefault(t) : new BlockKey.Bound(tp);
                boundOrDefault(c, dflt, name, key, tp instanceof TypeVarTuple);
                seenDefault = true;
                c.addOp(Opcode.CALL_INTRINSIC_2, intrinsic2("INTRINSIC_SET_TYPEPARAM_DEFAULT"), loc);
            } else if (seenDefault) {
                throw c.error("non-default type parameter '" + name + "' follows default type parameter", loc);
            }
            c.addOp(Opcode.COPY, 1, loc);
            c.nameOp(name, ExprContext.Store, loc);
        }
        c.addOp(Opcode.BUILD_TUPLE, params.size(), paramLoc(params.get(0)));
    }

    private static Location paramLoc(TypeParam tp) { return new Location(tp.lineno(), tp.endLineno(), tp.colOffset(), tp.endColOffset()); }

    /** CPython's {@code compiler_type_param_bound_or_default}: a function named after the parameter that evaluates {@code e}. */
    private static void boundOrDefault(Codegen c, Expr e, String name, BlockKey key, boolean allowStarred) {
        Location loc = loc(e);
        c.enterScope(CodeUnit.Kind.TYPE_PARAMS, c.symtable.require(key), name, e.lineno());
        c.addOp(Opcode.RESUME, 0, new Location(e.lineno(), e.lineno(), 0, 0));
        if (allowStarred && e instanceof Starred st) {
            c.exprs.visit(st.value());
            c.addOp(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            c.exprs.visit(e);
        }
        c.addOp(Opcode.RETURN_VALUE, loc);
        c.addReturnNone();
        CodeUnit done = c.exitScope();
        c.functions.makeClosure(done, 0, loc);
    }

    private static int intrinsic1(String name) { return Opcode.INTRINSIC_1_DESCS.indexOf(name); }

    private static int intrinsic2(String name) { return Opcode.INTRINSIC_2_DESCS.indexOf(name); }
}
