package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.PyBool;
import dev.jpy.marshal.model.PyBytes;
import dev.jpy.marshal.model.PyComplex;
import dev.jpy.marshal.model.PyEllipsis;
import dev.jpy.marshal.model.PyFloat;
import dev.jpy.marshal.model.PyFrozenSet;
import dev.jpy.marshal.model.PyInt;
import dev.jpy.marshal.model.PyNone;
import dev.jpy.marshal.model.PyStr;
import dev.jpy.marshal.model.PyTuple;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.errors.CompileWarnings;

/**
 * The SyntaxWarnings of code generation (compile.c's check_compare, check_caller, check_subscripter, check_index and
 * the assert check): a literal compared with "is", called, subscripted or indexed wrongly, an assert of a tuple.
 * They go to {@link CompileWarnings}, located at the expression (or statement) as CPython locates them.
 */
final class CompileChecks {
    private CompileChecks() {}

    /** check_compare: "is" / "is not" with an operand that is a constant other than None, True, False or Ellipsis. */
    static void compare(Compare e) {
        boolean left = isArg(e.left());
        Expr leftExpr = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOperator op = e.ops().get(i);
            Expr rightExpr = e.comparators().get(i);
            boolean right = isArg(rightExpr);
            if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && (!left || !right)) {
                String type = inferType(!left ? leftExpr : rightExpr);
                warn(op == CmpOperator.Is ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", Codegen.loc(e));
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    private static boolean isArg(Expr e) {
        return !(e instanceof Constant c) || c.value() instanceof PyNone || c.value() instanceof PyBool || c.value() instanceof PyEllipsis;
    }

    /** check_caller: calling a literal or a display. */
    static void caller(Expr e) {
        switch (e) {
            case Constant c -> notCallable(e);
            case Tuple t -> notCallable(e);
            case List l -> notCallable(e);
            case ListComp l -> notCallable(e);
            case Dict d -> notCallable(e);
            case DictComp d -> notCallable(e);
            case Set s -> notCallable(e);
            case SetComp s -> notCallable(e);
            case GeneratorExp g -> notCallable(e);
            case JoinedStr j -> notCallable(e);
            case FormattedValue f -> notCallable(e);
            default -> { }
        }
    }

    private static void notCallable(Expr e) {
        warn("'" + inferType(e) + "' object is not callable; perhaps you missed a comma?", Codegen.loc(e));
    }

    /** check_subscripter and check_index for a subscript that loads. */
    static void subscript(Subscript s) {
        Expr v = s.value();
        boolean unsubscriptable = switch (v) {
            case Constant c -> c.value() instanceof PyNone || c.value() instanceof PyEllipsis || c.value() instanceof PyInt
                    || c.value() instanceof PyFloat || c.value() instanceof PyComplex || c.value() instanceof PyFrozenSet;
            case Set x -> true;
            case SetComp x -> true;
            case GeneratorExp x -> true;
            case Lambda x -> true;
            default -> false;
        };
        if (unsubscriptable) {
            warn("'" + inferType(v) + "' object is not subscriptable; perhaps you missed a comma?", Codegen.loc(v));
            return;
        }
        String index = inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) return;
        boolean sequence = switch (v) {
            case Constant c -> c.value() instanceof PyStr || c.value() instanceof PyBytes || c.value() instanceof PyTuple;
            case Tuple x -> true;
            case List x -> true;
            case ListComp x -> true;
            case JoinedStr x -> true;
            case FormattedValue x -> true;
            default -> false;
        };
        if (sequence) {
            warn(inferType(v) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?", Codegen.loc(v));
        }
    }

    /** compiler_assert: an assert whose test is a non-empty tuple (a display or a folded constant) is always true. */
    static void assertion(Assert a) {
        boolean tuple = a.test() instanceof Tuple t && !t.elts().isEmpty()
                || a.test() instanceof Constant c && c.value() instanceof PyTuple pt && pt.size() > 0;
        if (tuple) warn("assertion is always true, perhaps remove parentheses?", Codegen.loc(a));
    }

    /** infer_type: the type name of a literal or display, null for any other expression. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Tuple x -> "tuple";
            case List x -> "list";
            case ListComp x -> "list";
            case Dict x -> "dict";
            case DictComp x -> "dict";
            case Set x -> "set";
            case SetComp x -> "set";
            case GeneratorExp x -> "generator";
            case Lambda x -> "function";
            case JoinedStr x -> "str";
            case FormattedValue x -> "str";
            case Constant c -> c.value().typeName();
            default -> null;
        };
    }

    private static void warn(String message, dev.jpy.toolchain.instr.Location loc) {
        CompileWarnings.warn(new CompileWarnings.Warning("SyntaxWarning", message, loc.lineno(), loc.col(), loc.endLineno(), loc.endCol()));
    }
}
