package dev.jpy.toolchain.symtable;

import static dev.jpy.toolchain.symtable.Symbol.DEF_ANNOT;
import static dev.jpy.toolchain.symtable.Symbol.DEF_COMP_ITER;
import static dev.jpy.toolchain.symtable.Symbol.DEF_GLOBAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_IMPORT;
import static dev.jpy.toolchain.symtable.Symbol.DEF_LOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_NONLOCAL;
import static dev.jpy.toolchain.symtable.Symbol.DEF_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.DEF_TYPE_PARAM;
import static dev.jpy.toolchain.symtable.Symbol.USE;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The first pass of the symbol table (CPython's {@code symtable_visit_*} functions): walks the AST,
 * opens a {@link Scope} per block and records for every name how it is bound or used there.
 * Statements are handled here; expressions, patterns and comprehensions in {@link ExprVisitor}.
 */
final class SymtableVisitor {
    final SymbolTable st;
    /** The block stack; the last element is {@link #cur}. */
    final List<Scope> stack = new ArrayList<>();
    Scope cur;
    /** The name of the class being visited, for private-name mangling (CPython's st_private). */
    String privateName;
    Map<String, Integer> global;
    private final ExprVisitor exprs;

    SymtableVisitor(SymbolTable st) {
        this.st = st;
        this.exprs = new ExprVisitor(this);
    }

    /** A source range, with CPython's 0-based columns. */
    record Loc(int lineno, int col, Integer endLineno, Integer endCol) {
        static Loc of(Node n) {
            return new Loc((Integer) n.attribute(0), (Integer) n.attribute(1),
                    (Integer) n.attribute(2), (Integer) n.attribute(3));
        }
    }

    Scope visitModule(Ast.Mod mod) {
        Scope top = enterBlock("top", BlockType.MODULE, mod, new Loc(0, 0, 0, 0));
        switch (mod) {
            case Ast.Module m -> stmts(m.body());
            case Ast.Interactive i -> stmts(i.body());
            case Ast.Expression e -> expr(e.body());
            case Ast.FunctionType f -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        exitBlock();
        return top;
    }

    // ---- blocks ----

    Scope enterBlock(String name, BlockType type, Object key, Loc loc) {
        Scope prev = cur;
        Scope ste = new Scope(type, name, key, loc.lineno(), loc.col(),
                loc.endLineno() == null ? -1 : loc.endLineno(), loc.endCol() == null ? -1 : loc.endCol());
        st.register(key, ste);
        if (prev != null && (prev.nested || prev.isFunctionLike())) {
            ste.nested = true;
        }
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        if (prev != null && prev.mangledNames != null && type != BlockType.CLASS) {
            ste.mangledNames = prev.mangledNames;
        }
        stack.add(ste);
        cur = ste;
        if (type == BlockType.ANNOTATION) {
            return ste;
        }
        if (type == BlockType.MODULE) {
            global = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
        return ste;
    }

    void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- symbols ----

    void addDef(String name, int flag, Loc loc) {
        addDef(name, flag, cur, loc);
    }

    /** CPython's symtable_add_def_helper: records {@code flag} for {@code name} in block {@code ste}. */
    void addDef(String name, int flag, Scope ste, Loc loc) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        String mangled = cur.maybeMangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    /** CPython's symtable_lookup: the raw flags of {@code name} (mangled) in the current block. */
    int lookup(String name) {
        return cur.flags(cur.maybeMangle(privateName, name));
    }

    void recordDirective(String name, Loc loc) {
        cur.directives.add(new Scope.Directive(cur.maybeMangle(privateName, name), loc.lineno(), loc.col(),
                loc.endLineno() == null ? loc.lineno() : loc.endLineno(),
                loc.endCol() == null ? -1 : loc.endCol()));
    }

    dev.jpy.toolchain.errors.PySyntaxError error(String msg, Loc loc) {
        return st.error(msg, loc.lineno(), loc.col(), loc.endLineno(), loc.endCol());
    }

    // ---- statements ----

    void stmts(List<Ast.Stmt> body) {
        for (Ast.Stmt s : body) {
            stmt(s);
        }
    }

    void expr(Ast.Expr e) {
        exprs.expr(e);
    }

    void exprs(List<Ast.Expr> list) {
        for (Ast.Expr e : list) {
            if (e != null) {
                exprs.expr(e);
            }
        }
    }

    private void stmt(Ast.Stmt s) {
        Loc loc = Loc.of(s);
        switch (s) {
            case Ast.FunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false, loc);
            case Ast.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), true, loc);
            case Ast.ClassDef c -> classDef(c, loc);
            case Ast.TypeAlias t -> typeAlias(t, loc);
            case Ast.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Ast.Delete d -> exprs(d.targets());
            case Ast.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Ast.AnnAssign a -> annAssign(a, loc);
            case Ast.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Ast.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Ast.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Ast.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Ast.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Ast.Match m -> {
                expr(m.subject());
                for (Ast.MatchCase c : m.cases()) {
                    exprs.pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Ast.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Ast.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Ast.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Ast.Import i -> aliases(i.names());
            case Ast.ImportFrom i -> aliases(i.names());
            case Ast.Global g -> directive(g.names(), true, loc);
            case Ast.Nonlocal n -> directive(n.names(), false, loc);
            case Ast.ExprStmt e -> expr(e.value());
            case Ast.Pass p -> { }
            case Ast.Break b -> { }
            case Ast.Continue c -> { }
            case Ast.With w -> withItems(w.items(), w.body());
            case Ast.AsyncWith w -> withItems(w.items(), w.body());
        }
    }

    private void withItems(List<Ast.WithItem> items, List<Ast.Stmt> body) {
        for (Ast.WithItem item : items) {
            expr(item.contextExpr());
            if (item.optionalVars() != null) {
                expr(item.optionalVars());
            }
        }
        stmts(body);
    }

    private void tryStmt(List<Ast.Stmt> body, List<Ast.ExceptHandlerKind> handlers, List<Ast.Stmt> orelse,
                         List<Ast.Stmt> finalbody) {
        stmts(body);
        for (Ast.ExceptHandlerKind k : handlers) {
            Ast.ExceptHandler h = (Ast.ExceptHandler) k;
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, Loc.of(h));
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void aliases(List<Ast.Alias> names) {
        for (Ast.Alias a : names) {
            String name = a.asname() == null ? a.name() : a.asname();
            int dot = name.indexOf('.');
            String store = dot >= 0 ? name.substring(0, dot) : name;
            if (!name.equals("*")) {
                addDef(store, DEF_IMPORT, Loc.of(a));
            } else if (cur.type() != BlockType.MODULE) {
                throw error("import * only allowed at module level", Loc.of(a));
            }
        }
    }

    private void directive(List<String> names, boolean isGlobal, Loc loc) {
        String kind = isGlobal ? "global" : "nonlocal";
        for (String name : names) {
            int cur = lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + kind;
                } else if ((cur & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + kind + " declaration";
                } else if ((cur & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + kind;
                } else {
                    msg = "name '" + name + "' is assigned to before " + kind + " declaration";
                }
                throw error(msg, loc);
            }
            addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc);
            recordDirective(name, loc);
        }
    }

    private void annAssign(Ast.AnnAssign a, Loc loc) {
        if (a.target() instanceof Ast.Name n) {
            int cur = lookup(n.id());
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && this.cur.symbols != global && a.simple() != 0) {
                String kind = (cur & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + kind, loc);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, Loc.of(n));
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, Loc.of(n));
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    /** CPython's symtable_visit_annotation: one ANNOTATION block per annotation under future annotations. */
    void annotation(Ast.Expr annotation) {
        boolean future = st.future().annotations();
        if (future) {
            enterBlock("_annotation", BlockType.ANNOTATION, new BlockKey.Annotation(annotation), Loc.of(annotation));
        }
        expr(annotation);
        if (future) {
            exitBlock();
        }
    }

    private void function(Ast.Stmt s, String name, Ast.Arguments args, List<Ast.Stmt> body,
                          List<Ast.Expr> decorators, Ast.Expr returns, List<Ast.TypeParam> typeParams,
                          boolean async, Loc loc) {
        addDef(name, DEF_LOCAL, loc);
        exprs(args.defaults());
        exprs(args.kwDefaults());
        exprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults sequence for NULL, which it never is: always true
            enterTypeParamBlock(name, s, true, hasKwonlyDefaults(args), false, loc);
            typeParams(typeParams);
        }
        annotations(s, args, returns);
        Scope f = enterBlock(name, BlockType.FUNCTION, s, loc);
        if (async) {
            f.coroutine = true;
        }
        arguments(args);
        stmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwonlyDefaults(Ast.Arguments args) {
        for (Ast.Expr d : args.kwDefaults()) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void annotations(Ast.Stmt s, Ast.Arguments a, Ast.Expr returns) {
        boolean future = st.future().annotations();
        if (future) {
            enterBlock("_annotation", BlockType.ANNOTATION, new BlockKey.Annotation(s), Loc.of(s));
        }
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (future) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Ast.Arg> args) {
        for (Ast.Arg arg : args) {
            if (arg.annotation() != null) {
                expr(arg.annotation());
            }
        }
    }

    /** CPython's symtable_visit_arguments: parameters in co_varnames order. */
    void arguments(Ast.Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, Loc.of(a.vararg()));
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, Loc.of(a.kwarg()));
            cur.varkeywords = true;
        }
    }

    private void params(List<Ast.Arg> args) {
        for (Ast.Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, Loc.of(arg));
        }
    }

    private void classDef(Ast.ClassDef c, Loc loc) {
        addDef(c.name(), DEF_LOCAL, loc);
        exprs(c.decoratorList());
        boolean generic = !c.typeParams().isEmpty();
        String savedPrivate = privateName;
        if (generic) {
            enterTypeParamBlock(c.name(), c, false, false, true, loc);
            typeParams(c.typeParams());
        }
        exprs(c.bases());
        for (Ast.Keyword k : c.keywords()) {
            expr(k.value());
        }
        enterBlock(c.name(), BlockType.CLASS, c, loc);
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
        }
        stmts(c.body());
        privateName = savedPrivate;
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void typeAlias(Ast.TypeAlias t, Loc loc) {
        expr(t.name());
        String name = ((Ast.Name) t.name()).id();
        boolean inClass = cur.type() == BlockType.CLASS;
        boolean generic = !t.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t, false, false, false, loc);
            typeParams(t.typeParams());
        }
        Scope alias = enterBlock(name, BlockType.TYPE_ALIAS, t, loc);
        alias.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Loc.of(t.value()));
        }
        expr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void enterTypeParamBlock(String name, Ast.Stmt owner, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Loc loc) {
        boolean inClass = cur.type() == BlockType.CLASS;
        Scope tp = enterBlock(name, BlockType.TYPE_PARAMETERS, new BlockKey.TypeParams(owner), loc);
        if (inClass) {
            tp.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            tp.mangledNames = new HashSet<>();
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, loc);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, loc);
        }
    }

    private void typeParams(List<Ast.TypeParam> params) {
        for (Ast.TypeParam tp : params) {
            switch (tp) {
                case Ast.TypeVar v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(v));
                    String info = v.bound() == null ? null
                            : v.bound() instanceof Ast.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                    boundOrDefault(v.bound(), v.name(), new BlockKey.Bound(v), info);
                    boundOrDefault(v.defaultValue(), v.name(), new BlockKey.TypeVarDefault(v), "a TypeVar default");
                }
                case Ast.TypeVarTuple v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(v));
                    boundOrDefault(v.defaultValue(), v.name(), new BlockKey.Bound(v), "a TypeVarTuple default");
                }
                case Ast.ParamSpec v -> {
                    addDef(v.name(), DEF_TYPE_PARAM | DEF_LOCAL, Loc.of(v));
                    boundOrDefault(v.defaultValue(), v.name(), new BlockKey.Bound(v), "a ParamSpec default");
                }
            }
        }
    }

    private void boundOrDefault(Ast.Expr e, String name, BlockKey key, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        Scope b = enterBlock(name, BlockType.TYPE_VARIABLE_BOUND, key, Loc.of(e));
        b.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, Loc.of(e));
        }
        b.scopeInfo = info;
        expr(e);
        exitBlock();
    }
}
