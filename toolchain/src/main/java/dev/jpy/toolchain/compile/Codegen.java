package dev.jpy.toolchain.compile;

import dev.jpy.marshal.model.*;
import dev.jpy.marshal.opcode.Opcode;
import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.ast.Ast.*;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.instr.Location;
import dev.jpy.toolchain.symtable.Scope;
import dev.jpy.toolchain.symtable.SymbolScope;
import dev.jpy.toolchain.symtable.SymbolTable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Code generation, AST to instruction sequence (CPython 3.13's {@code compiler_codegen} in
 * {@code Python/compile.c}): the unit stack, emission helpers, name resolution ({@code compiler_nameop})
 * and the module body. Statements are in {@link StmtCodegen}, expressions in {@link ExprCodegen}.
 */
public final class Codegen {
    /** CPython's STACK_USE_GUIDELINE: above this many items, build collections incrementally. */
    static final int STACK_USE_GUIDELINE = 30;
    /** CPython 3.13's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 21;

    final SymbolTable symtable;
    final String filename;
    final String source;
    final int optimize;
    final Deque<CodeUnit> units = new ArrayDeque<>();
    /** Compiling an Interactive tree (compile mode 'single'). */
    private boolean interactive;
    CodeUnit u;
    final StmtCodegen stmts = new StmtCodegen(this);
    final ExprCodegen exprs = new ExprCodegen(this);
    final CallCodegen calls = new CallCodegen(this);
    final FunctionCodegen functions = new FunctionCodegen(this);
    final ClassCodegen classes = new ClassCodegen(this);
    final ExceptionCodegen exceptions = new ExceptionCodegen(this);
    final ComprehensionCodegen comprehensions = new ComprehensionCodegen(this);

    Codegen(SymbolTable symtable, String filename, String source, int optimize) {
        this.symtable = symtable;
        this.filename = filename;
        this.source = source;
        this.optimize = optimize;
    }

    /** The generated module unit: its instructions, its tables and the units nested in it. */
    public record Unit(dev.jpy.toolchain.instr.InstrSequence seq, dev.jpy.toolchain.instr.CodeUnitMetadata metadata,
                       List<Unit> nested) {
    }

    /**
     * Generates the module unit of an optimized tree of any {@code compile()} mode (CPython's
     * {@code compiler_mod}): a Module, an Interactive statement (each expression statement of the
     * module level prints its value) or an Expression (whose value is returned).
     *
     * @throws PySyntaxError for the errors CPython's code generator raises
     */
    public static Unit module(Ast.Mod mod, SymbolTable st, String filename, String source, int optimize) {
        Codegen c = new Codegen(st, filename, source, optimize);
        CodeUnit unit = c.enterScope(CodeUnit.Kind.MODULE, st.top(), "<module>", 1);
        unit.seq.addOp(Opcode.RESUME, 0, new Location(0, 1, 0, 0));
        Location start = new Location(1, 1, 0, 0);
        switch (mod) {
            case Ast.Module m -> c.stmts.body(m.body(), true, start);
            case Ast.Interactive i -> {
                c.interactive = true;
                c.stmts.interactiveBody(i.body(), start);
            }
            case Ast.Expression e -> c.exprs.visit(e.body());
            case Ast.FunctionType f -> throw new IllegalArgumentException("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (mod instanceof Ast.Expression) c.addOp(Opcode.RETURN_VALUE, Location.NONE);
        else c.addReturnNone();
        c.units.pop();
        return toUnit(unit);
    }

    /** True when an expression statement prints its value: interactive mode, at the module's level. */
    boolean printsExpressions() {
        return interactive && units.size() == 1;
    }

    private static Unit toUnit(CodeUnit unit) {
        return new Unit(unit.seq, unit.metadata(), unit.nested.stream().map(Codegen::toUnit).toList());
    }

    CodeUnit enterScope(CodeUnit.Kind kind, Scope scope, String name, int firstLineNo) {
        CodeUnit unit = new CodeUnit(kind, scope, name, qualname(kind, name), firstLineNo);
        for (String v : scope.varnames()) CodeUnit.index(unit.varnames, v);
        for (String n : sortedNames(scope, SymbolScope.CELL, dev.jpy.toolchain.symtable.Symbol.DEF_COMP_CELL)) CodeUnit.index(unit.cellvars, n);
        if (scope.needsClassClosure()) CodeUnit.index(unit.cellvars, "__class__");
        if (scope.needsClassDict()) CodeUnit.index(unit.cellvars, "__classdict__");
        for (String n : sortedNames(scope, SymbolScope.FREE, dev.jpy.toolchain.symtable.Symbol.DEF_FREE_CLASS)) CodeUnit.index(unit.freevars, n);
        if (u != null) {
            u.nested.add(unit);
            unit.privateName = u.privateName;
        }
        units.push(unit);
        u = unit;
        return unit;
    }

    /** CPython's {@code dictbytype}: the names of a scope or flag, sorted. */
    private static List<String> sortedNames(Scope scope, SymbolScope which, int flag) {
        List<String> out = new java.util.ArrayList<>();
        for (var e : scope.symbols().entrySet()) {
            if (scope.scopeOf(e.getKey()) == which || (e.getValue() & flag) != 0) out.add(e.getKey());
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** CPython's {@code compiler_set_qualname}: a type-parameter unit is skipped, its parent named instead. */
    private String qualname(CodeUnit.Kind kind, String name) {
        CodeUnit parent = u;
        if (parent != null && parent.kind == CodeUnit.Kind.TYPE_PARAMS) parent = units.stream().skip(1).findFirst().orElseThrow();
        if (parent == null || parent.kind == CodeUnit.Kind.MODULE) return name;
        if (kind == CodeUnit.Kind.FUNCTION || kind == CodeUnit.Kind.ASYNC_FUNCTION || kind == CodeUnit.Kind.CLASS) {
            if (parent.scope.scopeOf(SymbolTable.mangle(parent.privateName, name)) == SymbolScope.GLOBAL_EXPLICIT) return name;
        }
        boolean fn = parent.kind == CodeUnit.Kind.FUNCTION || parent.kind == CodeUnit.Kind.ASYNC_FUNCTION || parent.kind == CodeUnit.Kind.LAMBDA;
        return parent.qualname + (fn ? ".<locals>." : ".") + name;
    }

    /** Leaves the current unit, assembling it into the code object its parent will load. */
    CodeUnit exitScope() {
        CodeUnit done = units.pop();
        done.code = dev.jpy.toolchain.assemble.CodeAssembler.assemble(done.seq, done.metadata(), codeFlags(done), filename);
        u = units.peek();
        return done;
    }

    /** CPython's {@code compute_code_flags}. */
    int codeFlags(CodeUnit unit) {
        Scope s = unit.scope;
        int flags = 0;
        if (s.isFunctionLike()) {
            flags |= 0x1 | 0x2;
            if (s.isNested()) flags |= 0x10;
            if (s.isGenerator() && !s.isCoroutine()) flags |= 0x20;
            if (s.isGenerator() && s.isCoroutine()) flags |= 0x200;
            if (s.hasVarargs()) flags |= 0x4;
            if (s.hasVarkeywords()) flags |= 0x8;
        }
        if (s.isCoroutine() && !s.isGenerator()) flags |= 0x80;
        return flags | symtable.future().features();
    }

    void addReturnNone() {
        addOp(Opcode.LOAD_CONST, u.addConst(PyNone.NONE), Location.NONE);
        addOp(Opcode.RETURN_VALUE, Location.NONE);
    }

    // ---- emission ----

    void addOp(Opcode op, int arg, Location loc) { u.seq.addOp(op, arg, loc); }

    void addOp(Opcode op, Location loc) { u.seq.addOp(op, 0, loc); }

    void addConst(PyObj value, Location loc) { addOp(Opcode.LOAD_CONST, u.addConst(value), loc); }

    int newLabel() { return u.seq.newLabel(); }

    void useLabel(int label) { u.seq.useLabel(label); }

    void jump(Opcode op, int label, Location loc) { addOp(op, label, loc); }

    /** ADDOP_NAME: LOAD_ATTR's argument is shifted; LOAD_METHOD becomes LOAD_ATTR with the low bit set. */
    void addName(Opcode op, String name, Location loc) {
        int arg = CodeUnit.index(u.names, mangle(name));
        switch (op) {
            case LOAD_ATTR -> arg <<= 1;
            case LOAD_METHOD -> {
                op = Opcode.LOAD_ATTR;
                arg = arg << 1 | 1;
            }
            case LOAD_SUPER_ATTR -> arg = arg << 2 | 2;
            case LOAD_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = arg << 2 | 3;
            }
            case LOAD_ZERO_SUPER_ATTR -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = arg << 2;
            }
            case LOAD_ZERO_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = arg << 2 | 1;
            }
            default -> { }
        }
        addOp(op, arg, loc);
    }

    String mangle(String name) { return u.scope.maybeMangle(u.privateName, name); }

    static Location loc(Expr e) { return new Location(e.lineno(), e.endLineno(), e.colOffset(), e.endColOffset()); }

    static Location loc(Stmt s) { return new Location(s.lineno(), s.endLineno(), s.colOffset(), s.endColOffset()); }

    // ---- names ----

    /** CPython's {@code forbidden_name}: {@code __debug__} cannot be bound or deleted. */
    void checkForbidden(String name, ExprContext ctx, Location loc) {
        if (name.equals("__debug__") && ctx != ExprContext.Load) {
            throw error(ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__", loc);
        }
    }

    /** CPython's {@code compiler_nameop}. */
    void nameOp(String name, ExprContext ctx, Location loc) {
        checkForbidden(name, ctx, loc);
        String mangled = mangle(name);
        SymbolScope scope = scopeOf(mangled);
        boolean fn = u.scope.isFunctionLike();
        enum Kind { NAME, FAST, GLOBAL, DEREF }
        Kind kind = Kind.NAME;
        var table = u.names;
        switch (scope) {
            case FREE -> { table = u.freevars; kind = Kind.DEREF; }
            case CELL -> { table = u.cellvars; kind = Kind.DEREF; }
            case LOCAL -> { if (fn || u.fastHidden.contains(mangled)) kind = Kind.FAST; }
            // in a class body, an inlined comprehension cannot see the class namespace
            case GLOBAL_IMPLICIT -> { if (fn || u.kind == CodeUnit.Kind.CLASS && u.inInlinedComp > 0) kind = Kind.GLOBAL; }
            case GLOBAL_EXPLICIT -> kind = Kind.GLOBAL;
            default -> { }
        }
        Opcode op = switch (kind) {
            case NAME -> ctx == ExprContext.Load ? Opcode.LOAD_NAME : ctx == ExprContext.Store ? Opcode.STORE_NAME : Opcode.DELETE_NAME;
            case FAST -> ctx == ExprContext.Load ? Opcode.LOAD_FAST : ctx == ExprContext.Store ? Opcode.STORE_FAST : Opcode.DELETE_FAST;
            case GLOBAL -> ctx == ExprContext.Load ? Opcode.LOAD_GLOBAL : ctx == ExprContext.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL;
            case DEREF -> ctx == ExprContext.Load ? Opcode.LOAD_DEREF : ctx == ExprContext.Store ? Opcode.STORE_DEREF : Opcode.DELETE_DEREF;
        };
        if (kind == Kind.FAST) {
            addOp(op, CodeUnit.index(u.varnames, mangled), loc);
            return;
        }
        boolean classBlock = u.kind == CodeUnit.Kind.CLASS;
        if (ctx == ExprContext.Load) {
            if (kind == Kind.DEREF && classBlock && u.inInlinedComp == 0) {
                op = Opcode.LOAD_FROM_DICT_OR_DEREF;
                addOp(Opcode.LOAD_LOCALS, loc);
            } else if (kind == Kind.DEREF && u.scope.canSeeClassScope()
                    || kind == Kind.NAME && u.scope.canSeeClassScope()
                    || kind == Kind.GLOBAL && scope == SymbolScope.GLOBAL_IMPLICIT && u.scope.canSeeClassScope()) {
                op = kind == Kind.DEREF ? Opcode.LOAD_FROM_DICT_OR_DEREF : Opcode.LOAD_FROM_DICT_OR_GLOBALS;
                addOp(Opcode.LOAD_DEREF, CodeUnit.index(u.freevars, "__classdict__") + u.cellvars.size(), loc);
            }
        }
        int arg = CodeUnit.index(table, mangled);
        if (kind == Kind.DEREF && table == u.freevars) arg += u.cellvars.size();
        if (op == Opcode.LOAD_GLOBAL) arg <<= 1;
        addOp(op, arg, loc);
    }

    /** The scope of a name in the current unit, as an inlined comprehension may have overridden it. */
    SymbolScope scopeOf(String name) {
        if (u.tempSymbols != null && u.tempSymbols.containsKey(name)) {
            return SymbolScope.of(dev.jpy.toolchain.symtable.Symbol.scopeBits(u.tempSymbols.get(name)));
        }
        return u.scope.scopeOf(name);
    }

    /** The symbol flags of a name in the current unit (0 if none), with inlined-comprehension overrides. */
    int flagsOf(String name) {
        if (u.tempSymbols != null && u.tempSymbols.containsKey(name)) return u.tempSymbols.get(name);
        return u.scope.symbols().getOrDefault(name, 0);
    }

    /**
     * The flags of a name in the module's scope (CPython reads st_top), with the overrides of an inlined
     * comprehension being compiled at module level: CPython swaps them into that very symbol table.
     */
    int topFlags(String name) {
        CodeUnit m = units.peekLast();
        if (m != null && m.scope == symtable.top() && m.tempSymbols != null && m.tempSymbols.containsKey(name)) {
            return m.tempSymbols.get(name);
        }
        return symtable.top().flags(name);
    }

    // ---- frame blocks ----

    void pushBlock(CodeUnit.FBlock.Kind kind, int block, int exit, Object datum, Location loc) {
        if (u.fblocks.size() >= MAX_BLOCKS) throw error("too many statically nested blocks", loc);
        u.fblocks.add(new CodeUnit.FBlock(kind, block, exit, datum));
    }

    void popBlock() { u.fblocks.remove(u.fblocks.size() - 1); }

    /**
     * CPython's {@code compiler_unwind_fblock_stack}: emits what leaving the frame blocks needs (from the
     * innermost out, stopping at the innermost loop when {@code toLoop}) and returns that loop, or null.
     * {@code loc[0]} is the location to use, which a finally or with block makes artificial.
     */
    CodeUnit.FBlock unwindStack(Location[] loc, boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) return null;
        CodeUnit.FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (top.kind() == CodeUnit.FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc[0]);
        }
        if (toLoop && (top.kind() == CodeUnit.FBlock.Kind.WHILE_LOOP || top.kind() == CodeUnit.FBlock.Kind.FOR_LOOP)) return top;
        u.fblocks.remove(u.fblocks.size() - 1);
        try {
            exceptions.unwindBlock(loc, top, preserveTos);
            return unwindStack(loc, preserveTos, toLoop);
        } finally {
            u.fblocks.add(top);
        }
    }

    // ---- errors ----

    /** A SyntaxError at {@code loc} (CPython's {@code compiler_error}): 1-based offsets and the source line. */
    PySyntaxError error(String msg, Location loc) {
        String text = null;
        int offset = loc.col() + 1, endOffset = loc.endCol() + 1;
        if (source != null && loc.lineno() > 0) {
            String[] lines = source.split("\n", -1);
            if (loc.lineno() <= lines.length) {
                text = lines[loc.lineno() - 1] + "\n";
                offset = charOffset(text, loc.col()) + 1;
                if (loc.endLineno() == loc.lineno()) endOffset = charOffset(text, loc.endCol()) + 1;
                else if (loc.endLineno() > 0 && loc.endLineno() <= lines.length) endOffset = charOffset(lines[loc.endLineno() - 1], loc.endCol()) + 1;
            }
        }
        return new PySyntaxError("SyntaxError", msg, filename, loc.lineno(), offset, loc.endLineno(), endOffset, text);
    }

    /** The code-point column of UTF-8 byte column {@code byteCol} in {@code line}. */
    private static int charOffset(String line, int byteCol) {
        byte[] utf8 = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (byteCol >= utf8.length) return line.codePointCount(0, line.length()) + (byteCol - utf8.length);
        return new String(utf8, 0, Math.max(0, byteCol), java.nio.charset.StandardCharsets.UTF_8).codePointCount(0,
                new String(utf8, 0, Math.max(0, byteCol), java.nio.charset.StandardCharsets.UTF_8).length());
    }
}
