package dev.jpy.toolchain.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpy.toolchain.ast.Ast;
import dev.jpy.toolchain.errors.PySyntaxError;
import dev.jpy.toolchain.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The block attributes CPython's {@code _symtable} does not expose (so the goldens cannot check them)
 * and the lookup keys: generator/coroutine, comprehension kind and PEP 709 inlining, varargs, the
 * implicit {@code __class__}/{@code __classdict__} cells, class-scope visibility, mangling, futures.
 */
class ScopeFlagsTest {
    private static SymbolTable build(String src) {
        return SymbolTable.build(Parser.parseModule(src, "<t>"), "<t>", 0);
    }

    private static Ast.Module parse(String src) {
        return Parser.parseModule(src, "<t>");
    }

    @Test
    void functionKindsAndArguments() {
        Ast.Module m = parse("def g(a, /, b, *args, c, **kw):\n    yield a\n"
                + "async def co():\n    await x\nasync def ag():\n    yield 1\ndef plain(): return 1\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Scope g = st.require(m.body().get(0));
        assertTrue(g.isGenerator());
        assertFalse(g.isCoroutine());
        assertTrue(g.hasVarargs());
        assertTrue(g.hasVarkeywords());
        assertEquals(List.of("a", "b", "c", "args", "kw"), g.varnames());
        Scope co = st.require(m.body().get(1));
        assertTrue(co.isCoroutine());
        assertFalse(co.isGenerator());
        Scope ag = st.require(m.body().get(2));
        assertTrue(ag.isCoroutine() && ag.isGenerator());
        Scope plain = st.require(m.body().get(3));
        assertTrue(plain.returnsValue());
        assertFalse(plain.hasVarargs() || plain.isGenerator() || plain.isNested());
        assertSame(st.top(), st.require(m));
        assertEquals(BlockType.MODULE, st.top().type());
    }

    @Test
    void comprehensionsInlinedExceptGeneratorExpressions() {
        Ast.Module m = parse("def f(xs):\n    a = [x for x in xs]\n    b = (y for y in xs)\n"
                + "    c = {k: 1 for k in xs}\n    d = {s for s in xs}\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Ast.FunctionDef f = (Ast.FunctionDef) m.body().get(0);
        List<ComprehensionKind> kinds = List.of(ComprehensionKind.LIST, ComprehensionKind.GENERATOR,
                ComprehensionKind.DICT, ComprehensionKind.SET);
        for (int i = 0; i < 4; i++) {
            Ast.Expr value = ((Ast.Assign) f.body().get(i)).value();
            Scope s = st.require(value);
            assertEquals(kinds.get(i), s.comprehension());
            assertEquals(i != 1, s.isCompInlined(), "inlined: " + kinds.get(i));
            assertEquals(i == 1, s.isGenerator());
            assertEquals(List.of(".0"), s.varnames());
        }
        Scope fs = st.require(f);
        assertEquals(1, fs.children().size(), "only the genexp stays a child");
        assertEquals(SymbolScope.LOCAL, fs.scopeOf("x"), "inlined iteration variable becomes a local of f");
        assertEquals(SymbolScope.NONE, fs.scopeOf("y"));
    }

    @Test
    void asyncComprehensionMakesEnclosingCoroutine() {
        Ast.Module m = parse("async def f(xs):\n    return [x async for x in xs]\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Ast.Return r = (Ast.Return) ((Ast.AsyncFunctionDef) m.body().get(0)).body().get(0);
        assertTrue(st.require(r.value()).isCoroutine());
    }

    @Test
    void implicitClassCellAndClassDict() {
        Ast.Module m = parse("class A:\n    def f(self):\n        return super().f()\n"
                + "class B:\n    def g(self): return 1\n"
                + "class C:\n    x = int\n    type T = x\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Scope a = st.require(m.body().get(0));
        assertTrue(a.needsClassClosure());
        assertEquals(SymbolScope.FREE, a.children().get(0).scopeOf("__class__"));
        Scope b = st.require(m.body().get(1));
        assertFalse(b.needsClassClosure() || b.needsClassDict());
        Scope c = st.require(m.body().get(2));
        assertTrue(c.needsClassDict());
        Ast.TypeAlias alias = (Ast.TypeAlias) ((Ast.ClassDef) m.body().get(2)).body().get(1);
        Scope t = st.require(alias);
        assertEquals(BlockType.TYPE_ALIAS, t.type());
        assertTrue(t.canSeeClassScope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, t.scopeOf("x"), "a class-bound name read through __classdict__");
    }

    @Test
    void pep695BlocksAndKeys() {
        Ast.Module m = parse("class K:\n    def f[T: int = str, *Ts = (), **P = ()](self): pass\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Ast.FunctionDef f = (Ast.FunctionDef) ((Ast.ClassDef) m.body().get(0)).body().get(0);
        Scope tp = st.require(new BlockKey.TypeParams(f));
        assertEquals(BlockType.TYPE_PARAMETERS, tp.type());
        assertTrue(tp.canSeeClassScope());
        assertEquals(List.of(".defaults"), tp.varnames());
        assertTrue(tp.has("T", Symbol.DEF_TYPE_PARAM | Symbol.DEF_LOCAL));
        Ast.TypeVar t = (Ast.TypeVar) f.typeParams().get(0);
        assertEquals(BlockType.TYPE_VARIABLE_BOUND, st.require(new BlockKey.Bound(t)).type());
        assertEquals(BlockType.TYPE_VARIABLE_BOUND, st.require(new BlockKey.TypeVarDefault(t)).type());
        assertTrue(st.lookup(new BlockKey.Bound(f.typeParams().get(1))) != null, "TypeVarTuple default");
        assertTrue(st.lookup(new BlockKey.Bound(f.typeParams().get(2))) != null, "ParamSpec default");
        assertTrue(st.require(f).isNested(), "a generic function is nested in its type-parameter block");
        assertEquals(List.of("T", "T", "Ts", "P", "f"),
                tp.children().stream().map(Scope::name).toList(), "bound, default, defaults, then the function");
        assertNull(st.lookup("not a node"));
    }

    @Test
    void futureAnnotationsMakeAnnotationBlocksOffTheTree() {
        Ast.Module m = parse("from __future__ import annotations\nx: undefined = 1\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        assertTrue(st.future().annotations());
        assertEquals(Future.CO_FUTURE_ANNOTATIONS, st.future().features());
        Ast.AnnAssign a = (Ast.AnnAssign) m.body().get(1);
        Scope ann = st.require(new BlockKey.Annotation(a.annotation()));
        assertEquals(BlockType.ANNOTATION, ann.type());
        assertTrue(ann.has("undefined", Symbol.USE));
        assertEquals(SymbolScope.NONE, st.top().scopeOf("undefined"));
        assertTrue(st.top().children().isEmpty());
        SymbolTable viaFlag = SymbolTable.build(parse("x: undefined = 1\n"), "<t>", Future.CO_FUTURE_ANNOTATIONS);
        assertTrue(viaFlag.future().annotations());
        assertEquals(SymbolScope.NONE, viaFlag.top().scopeOf("undefined"));
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, build("x: undefined = 1\n").top().scopeOf("undefined"));
    }

    @Test
    void futureFeaturesAndLateImport() {
        Future f = Future.parse(parse("'''doc'''\nfrom __future__ import barry_as_FLUFL, division\nimport os\n"),
                "<t>", 0);
        assertEquals(Future.CO_FUTURE_BARRY_AS_BDFL, f.features());
        assertEquals(2, f.lineno());
        Ast.Module late = parse("import os\nfrom __future__ import annotations\n");
        Future none = Future.parse(late, "<t>", 0);
        assertEquals(0, none.features());
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> none.checkLateImport((Ast.ImportFrom) late.body().get(1), "<t>"));
        assertEquals("from __future__ imports must occur at the beginning of the file", e.msg());
        assertEquals(2, e.lineno());
        assertEquals(1, e.offset());
        assertEquals(35, e.endOffset());
        Ast.Module ok = parse("from __future__ import annotations\n");
        Future.parse(ok, "<t>", 0).checkLateImport((Ast.ImportFrom) ok.body().get(0), "<t>");
        PySyntaxError bad = assertThrows(PySyntaxError.class, () -> build("from __future__ import nope\n"));
        assertEquals("future feature nope is not defined", bad.msg());
    }

    @Test
    void mangling() {
        assertEquals("_Foo__x", Mangle.mangle("Foo", "__x"));
        assertEquals("_Foo__x", Mangle.mangle("__Foo", "__x"));
        assertEquals("__x__", Mangle.mangle("Foo", "__x__"));
        assertEquals("__x", Mangle.mangle("___", "__x"));
        assertEquals("__a.b", Mangle.mangle("Foo", "__a.b"));
        assertEquals("_x", Mangle.mangle("Foo", "_x"));
        assertEquals("__x", Mangle.mangle(null, "__x"));
        Ast.Module m = parse("class G[__T](__B): pass\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Scope tp = st.require(new BlockKey.TypeParams((Ast.Stmt) m.body().get(0)));
        assertEquals("_G__T", tp.maybeMangle("G", "__T"), "type parameters are mangled");
        assertEquals("__B", tp.maybeMangle("G", "__B"), "other names in the generic's block are not");
        assertTrue(tp.symbols().containsKey("__B"));
    }

    @Test
    void cellsAndFrees() {
        Ast.Module m = parse("def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        return a, b\n    return g\n");
        SymbolTable st = SymbolTable.build(m, "<t>", 0);
        Scope f = st.require(m.body().get(0));
        assertEquals(SymbolScope.CELL, f.scopeOf("a"));
        assertEquals(SymbolScope.CELL, f.scopeOf("b"));
        assertTrue(f.childFree());
        Scope g = f.children().get(0);
        assertTrue(g.isNested() && g.hasFree());
        assertEquals(SymbolScope.FREE, g.scopeOf("a"));
        assertTrue(g.has("b", Symbol.DEF_NONLOCAL));
        assertEquals(SymbolScope.NONE, g.scopeOf("undefined_is_absent"));
    }

    @Test
    void recursionLimitAsWhenCPythonRunsAFile() {
        // python3.13 FILE.py compiles "x = a+a+...+a" with 9999 terms and fails at 10000
        build("x = " + "+a".repeat(9998).substring(1) + "+a\n");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> build("x = " + "a+".repeat(9999) + "a\n"));
        assertEquals("RecursionError", e.pyClass());
        assertEquals("maximum recursion depth exceeded during compilation", e.msg());
    }

    @Test
    void evalModeExpression() {
        // _symtable.symtable('[x for x in y] + (lambda a: z + a)(w)', '<t>', 'eval') in CPython 3.13
        Ast.Expression e = Parser.parseExpression("[x for x in y] + (lambda a: z + a)(w)");
        SymbolTable st = SymbolTable.build(e, "<t>", 0);
        Scope top = st.top();
        assertEquals(java.util.Map.of("y", 12304, "w", 12304, "x", 4626), top.symbols());
        assertEquals(List.of("y", "w", "x"), top.names(), "inlined names come last, as in CPython");
        assertEquals(1, top.children().size());
        Scope lambda = top.children().get(0);
        assertEquals("lambda", lambda.name());
        assertEquals(java.util.Map.of("a", 4116, "z", 12304), lambda.symbols());
    }
}
