package dev.jpy.toolchain.symtable;

import static dev.jpy.toolchain.symtable.Symbol.DEF_LOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.DEF_TYPE_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.USE;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.symtable.SymtableVisitor.Loc;
import java.util.HashSet;
import java.util.List;

/**
 * The first pass over PEP 695 (and PEP 696) constructs: the type-parameter block of a generic def,
 * class or type alias, each TypeVar bound/constraints and default in a block of its own, and the
 * type alias's value block (CPython's {@code symtable_enter_type_param_block},
 * {@code symtable_visit_type_param} and the TypeAlias case of {@code symtable_visit_stmt}).
 */
final class TypeParamVisitor {
    private final SymtableVisitor v;

    TypeParamVisitor(SymtableVisitor v) {
        this.v = v;
    }

    void typeAlias(Ast.TypeAlias t, Loc loc) {
        v.expr(t.name());
        String name = ((Ast.Name) t.name()).id();
        boolean inClass = v.cur.type() == BlockType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, loc);
            typeParams(t.typeParams());
        }
        Scope alias = v.enterBlock(name, BlockType.TYPE_ALIAS, t, loc);
        alias.canSeeClassScope = inClass;
        if (inClass) {
            v.addDef("__classdict__", USE, Loc.of(t.value()));
        }
        v.expr(t.value());
        v.exitBlock();
        if (generic) {
            v.exitBlock();
        }
    }

    /**
     * Opens the TYPE_PARAMETERS block of {@code owner}. For a class it also sets the private name and
     * makes only the type parameters mangled there (CPython's ste_mangled_names).
     */
    void enterTypeParamBlock(String name, Ast.Stmt owner, boolean hasDefaults, boolean hasKwDefaults,
                             boolean isClass, Loc loc) {
        boolean inClass = v.cur.type() == BlockType.CLASS;
        Scope tp = v.enterBlock(name, BlockType.TYPE_PARAMETERS, new BlockKey.TypeParams(owner), loc);
        if (inClass) {
            tp.canSeeClassScope = true;
            v.addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            tp.mangledNames = new HashSet<>();
            v.addDef(".type_params", DEF_LOCAL, loc);
            v.addDef(".type_params", USE, loc);
            v.privateName = name;
            v.addDef(".generic_base", DEF_LOCAL, loc);
            v.addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            v.addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            v.addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    void typeParams(List<Ast.TypeParam> params) {
        for (Ast.TypeParam tp : params) {
            v.enter();
            switch (tp) {
                case Ast.TypeVar t -> {
                    v.addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(t));
                    String info = t.bound() == null ? null
                            : t.bound() instanceof Ast.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                    boundOrDefault(t.bound(), t.name(), new BlockKey.Bound(t), info);
                    boundOrDefault(t.defaultValue(), t.name(), new BlockKey.TypeVarDefault(t), "a TypeVar default");
                }
                case Ast.TypeVarTuple t -> {
                    v.addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(t));
                    boundOrDefault(t.defaultValue(), t.name(), new BlockKey.Bound(t), "a TypeVarTuple default");
                }
                case Ast.ParamSpec t -> {
                    v.addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(t));
                    boundOrDefault(t.defaultValue(), t.name(), new BlockKey.Bound(t), "a ParamSpec default");
                }
            }
            v.leave();
        }
    }

    /** A TYPE_VARIABLE_BOUND block for a bound, constraint tuple or default; {@code info} names it in errors. */
    private void boundOrDefault(Ast.Expr e, String name, BlockKey key, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = v.cur.canSeeClassScope;
        Scope b = v.enterBlock(name, BlockType.TYPE_VARIABLE_BOUND, key, Loc.of(e));
        b.canSeeClassScope = inClass;
        if (inClass) {
            v.addDef("__classdict__", USE, Loc.of(e));
        }
        b.scopeInfo = info;
        v.expr(e);
        v.exitBlock();
    }
}
