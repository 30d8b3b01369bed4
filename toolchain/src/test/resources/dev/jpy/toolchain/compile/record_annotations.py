"""Records the strings CPython 3.13 stores for annotations under `from __future__ import annotations`.

Re-run from the repository root with CPython 3.13:
    $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/src/test/resources/dev/jpy/toolchain/compile/record_annotations.py
It writes annotations.json.gz beside itself: a list of {"origin", "src", "ctx", "expected"}, where src
is a whole program, ctx says where its one annotation is ("arg": parameter x of the def f, "async": the same def f
nested in an async def,
"star": its *x, "return": its return annotation, "module": the module-level `x: ...`) and expected is
what CPython put in __annotations__. The expressions are the hand-written EXPRS below, generated
operator-precedence pairs, random expression trees, and every distinct annotation of the Lib files that use the future import.
"""
import ast
import gzip
import itertools
import json
import os
import sys
import sysconfig

FUTURE = "from __future__ import annotations\n"

EXPRS = r'''
int
a.b.c
a[b]
a[b, c]
a[b:c]
a[b:c:d]
a[::]
a[:]
a[::d]
a[b:]
a[:c]
a[b, c:d]
a[b:c, d:e:f]
a[()]
a[(b,)]
a[b,]
a[(b, c)]
a[*b]
a[b, *c]
a[*b, *c]
a[(*b,)]
a[*b or c]
a[*(b if c else d)]
a[b][c]
a[b](c)
a(b)[c]
a[lambda: b]
a[b := c]
a[(b := c), d]
a[b if c else d]
list[int]
dict[str, list[int]]
tuple[int, ...]
Callable[[int, str], bool]
Callable[..., None]
int | None
int | str | None
"int"
'int'
"it's"
'say "hi"'
'both \' and "'
"tab\there"
"new\nline"
"cr\rret"
"back\\slash"
"nul\x00"
"bell\x07"
"del\x7f"
"\x80\x9f"
"é"
"日本語"
"\u200b"
"\U0001f600"
"\ud800"
"\udfff"
"\xa0"
"\u2028"
u"unicode"
U"upper"
r"raw\n"
"a" "b"
"a" 'b"c'
b"bytes"
b'it\'s'
b"\x00\xff"
b"\t\n\r\\"
b'"'
b"'\""
rb"raw\d"
0
1
-1
+1
~1
--1
1_000_000
0x1F
0o17
0b101
12345678901234567890123456789
-12345678901234567890123456789
1.0
1.5
-1.5
0.1
1e10
1e16
1e-5
1e-4
1.5e300
1e308
1e309
-1e309
1e400
123456789012345678.0
0.000001
1e22
1e-310
3.141592653589793
1j
1.5j
-1j
0j
1e309j
1+1j
1.5-2.5j
1e309+1e309j
(1+2j)
True
False
None
...
Ellipsis
(...)
a.b(...)
(a, ...)
x.real
1 .real
1.5.real
1j.imag
"s".upper
b"x".hex
True.real
None.__class__
(1).real
(-1).real
(a + b).c
(a + b)[c]
(a + b)(c)
f(a)
f(a, b)
f(a, b=c)
f(*a)
f(**a)
f(*a, **b)
f(a, *b, c=d, **e)
f(a=b, *c)
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(a)(b)(c)
f(lambda: 0)
f(a if b else c)
f(*a or b)
f(**a or b)
f(a := b)
a if b else c
(a if b else c) if d else e
a if (b if c else d) else e
a if b else (c if d else e)
a or b
a and b
a or b and c
(a or b) and c
a and (b or c)
not a
not not a
not (a and b)
(not a) and b
a and not b
a or b or c
a and b and c
(a or b) or c
a or (b or c)
a < b
a < b < c
(a < b) < c
a < (b < c)
a == b != c
a is b
a is not b
a in b
a not in b
not a in b
(not a) in b
a < b == c > d >= e <= f
a + b
a - b
a * b
a / b
a // b
a % b
a @ b
a ** b
a << b
a >> b
a | b
a ^ b
a & b
a + b * c
(a + b) * c
a - (b - c)
(a - b) - c
a ** b ** c
(a ** b) ** c
a ** (b ** c)
-a ** b
(-a) ** b
a ** -b
-(a ** b)
-a
+a
~a
-(-a)
- -a
-(a + b)
~(a | b)
not -a
-(not a)
a | b & c ^ d
(a | b) & c
a << b + c
(a << b) + c
a + b << c
a * (b @ c)
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *a: a
lambda **k: k
lambda *a, **k: 0
lambda a, /, b: 0
lambda a, /: 0
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda *, a: a
lambda *, a=1: a
lambda a, *, b=1, **c: 0
lambda: lambda: 0
lambda: (yield)
lambda: (yield a)
lambda: (yield from a)
lambda: (yield a, b)
lambda: (a := 1)
lambda x: (x, x)
(lambda: 0)()
(lambda: 0).a
lambda: a if b else c
(lambda: a) if b else c
a if b else lambda: c
a or (lambda: b)
[]
[a]
[a, b]
[*a, b]
[a, *b, *c]
[a := 1]
[(a := 1), b]
[lambda: 0]
[a if b else c]
[(a, b)]
()
(a,)
(a, b)
(*a,)
(*a, b)
((a, b), c)
(a, (b,))
{}
{a: b}
{a: b, c: d}
{**a}
{**a, b: c, **d}
{**(a or b)}
{**(a | b)}
{**a.b}
{a: (b, c)}
{(a, b): c}
{a: lambda: 0}
{a}
{a, b}
{*a}
{*a, *b}
{a, *b}
{(a, b)}
[x for x in y]
[x for x in y if z]
[x for x in y if z if w]
[x for x in y for z in w]
[x for x, y in z]
[x for (x, y) in z]
[x for x in (y, z)]
[x for x in y or z]
[x for x in (lambda: y)()]
[x for x in (y if z else w)]
[x for x in y if (z if w else v)]
[x for x in y if lambda: z]
[x async for x in y]
[await x for x in y]
{x for x in y}
{x: y for x, y in z}
{x: y for x in y async for y in z}
(x for x in y)
(x for x in y if z)
((x, y) for x in y)
[(x, y) for x in y]
(yield)
(yield a)
(yield from a)
await a
f"plain"
f"{a}"
f"{a!r}"
f"{a!s}"
f"{a!a}"
f"{a:>10}"
f"{a!r:>10}"
f"{a:{b}}"
f"{a:{b}.{c}}"
f"{a:{b!r}}"
f"{a:x{b}y}"
f"{a=}"
f"{a = }"
f"{a=!s}"
f"{a=:>5}"
f"{ a }"
f"{a}{b}"
f"x{a}y{b}z"
f"{{}}"
f"{{a}}"
f"{'{'}"
f"{'}'}"
f"{ {a} }"
f"{ {a: b} }"
f"{[a]}"
f"{(a,)}"
f"{a, b}"
f"{lambda: 0}"
f"{(lambda: 0)}"
f"{a if b else c}"
f"{a or b}"
f"{a:=b}"
f"{(a:=b)}"
f"{'s'}"
f'{"s"}'
f"{'it\'s'}"
f"it's"
f'say "hi"'
f"it's \"q\""
f"{a!r}'"
f"\n"
f"\t{a}\\"
f"é{a}"
f"\x00"
f"{f'{a}'}"
f"{f'{a:{b}}'}"
f"{a:%Y-%m-%d}"
f"{a:{{}}}"
f"{a:\n}"
f"{a:'}"
f"{b'x'}"
f"{1.5:.2f}"
f"{1e309}"
f"{...}"
f"{*a,}"
f"a" "b"
f"a" "{b}"
"a" f"{b}"
f"{a}" f"{b}"
rf"\d{a}"
f"{x for x in y}"
f"{[x for x in y]}"
f"{a.b[c](d)}"
f"{-a}"
f"{not a}"
f"{await_}"
a.b.c.d
a().b().c
a[b].c[d]
a.b[c.d](e.f)
(a.b)
((a))
(((a, b)))
a[b:c, ...]
a[..., b]
a[b, ...]
a[-1]
a[-1:]
a[::-1]
a[b + c:d * e]
a[b or c:d]
a[(b or c):d]
a[lambda: b:c]
a[b if c else d:e]
a[(yield)]
a[b][c:d][e, f]
Literal["a", "b"]
Literal[1, -1, True, None]
Annotated[int, "meta"]
Optional[Union[int, str]]
dict[str, dict[str, list[tuple[int, ...]]]]
Generic[T]
Unpack[Ts]
type[C]
Callable[[], None]
Callable[P, T]
Concatenate[int, P]
"forward.Ref"
"List['nested']"
typing.Optional["X"]
collections.abc.Callable[..., Any]
[(y := 1) for i in z]
[y for i in z if (y := i)]
lambda: [(y := 1), 2]
a if not b else c
a and b or c and d
not a or not b
(a, b) if c else (d, e)
a[b,c]
a [b]
f (a)
a . b
f(a)(b)[c].d
a < -b
a ** ~b
~a ** b
-a * b
-(a * b)
(-a) * b
a * -b
not a == b
a == (not b)
a is (not b)
(a if b else c).d
(a or b).c
(not a).b
(a < b).c
(-a).b
(a ** b).c
(await_).a
"\ud800\udc00"
f"\ud800\udc00{a}"
f"{a:\ud800\udc00}"
f"\U0001f600{a}\ud83d"
a[*b if c else d]
a[b, *c or d]
a[*lambda: b]
a[*b, c:d]
1 + 2
(1, 2)
(1, (2, 3))
'ab' * 2
2 ** 10
not True
1 if 2 else 3
a[1 + 2]
f'{1 + 2}'
[1, 2][0]
__debug__
__private
_C__x
'a' in 'abc'
(1, 2) == (1, 2)
{1, 2, 3}
frozenset({1})
b'a' + b'b'
12345678901234567890 * 98765432109876543210
'''.strip("\n").split("\n")

# expressions over several lines (line breaks and continuations inside the annotation)
MULTILINE = ["'multi' \\\n 'line'", "(a\n + b)", "f(a,\n  b)", "[\n  a,\n  b,\n]", "a[\n  b\n]", "'''x\ny'''",
             "f'''{\na\n}'''"]

# the operators in every precedence, for generated pairs: (template with A and B and C)
BINARY = ["+", "-", "*", "/", "//", "%", "@", "**", "<<", ">>", "|", "^", "&", "and", "or", "<", "==", "in", "not in", "is not"]


def generated():
    """a OP1 b OP2 c with the parentheses on either side, for every pair of operators."""
    for op1, op2 in itertools.product(BINARY, repeat=2):
        yield f"(a {op1} b) {op2} c"
        yield f"a {op1} (b {op2} c)"
    for op in BINARY:
        for unary in ["-", "+", "~", "not "]:
            yield f"{unary}a {op} b"
            yield f"{unary}(a {op} b)"
            yield f"a {op} {unary}b" if unary != "not " or op in ("and", "or") else f"a {op} (not b)"
        yield f"(lambda: a) {op} b"
        yield f"a {op} (lambda: b)"
        yield f"(a if b else c) {op} d"
        yield f"a {op} (b if c else d)"
        yield f"f(a {op} b)[c {op} d]"
        yield f"[a {op} b, *c]"
        yield f"{{a {op} b: c}}"
        yield f"(await_ {op} b)"


def random_expr(rng, depth):
    """A random expression tree of every kind that may stand in an annotation, as an ast node."""
    def sub():
        return random_expr(rng, depth - 1)
    leaves = [lambda: ast.Name(rng.choice("abcxyz")),
              lambda: ast.Constant(rng.choice([0, 1, 2**70, 1.5, 1e300, 1e-7, 2j, "s", "it's", 'q"', "\n{}", b"b", True, None, ...]))]
    if depth == 0:
        return rng.choice(leaves)()
    ops = [ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.LShift, ast.RShift,
           ast.BitOr, ast.BitXor, ast.BitAnd, ast.MatMult]
    cmps = [ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn]
    comp = lambda: [ast.comprehension(ast.Name("i"), sub(), [sub()] if rng.random() < 0.3 else [], 0)]
    kinds = leaves + [
        lambda: ast.BinOp(sub(), rng.choice(ops)(), sub()),
        lambda: ast.UnaryOp(rng.choice([ast.UAdd, ast.USub, ast.Invert, ast.Not])(), sub()),
        lambda: ast.BoolOp(rng.choice([ast.And, ast.Or])(), [sub(), sub()]),
        lambda: ast.Compare(sub(), [rng.choice(cmps)()], [sub()]),
        lambda: ast.IfExp(sub(), sub(), sub()),
        lambda: ast.Lambda(ast.arguments([], [ast.arg("p")], None, [], [], None, []), sub()),
        lambda: ast.Attribute(sub(), "attr"),
        lambda: ast.Subscript(sub(), rng.choice([sub(), ast.Tuple([sub(), sub()]), ast.Slice(sub(), None, sub()),
                                                 ast.Tuple([ast.Starred(sub()), sub()])])),
        lambda: ast.Call(sub(), [sub()], [ast.keyword("k", sub())] if rng.random() < 0.5 else []),
        lambda: ast.Call(sub(), [ast.GeneratorExp(sub(), comp())], []),
        lambda: ast.Tuple([sub(), sub()]),
        lambda: ast.List([sub(), ast.Starred(sub())]),
        lambda: ast.Set([sub()]),
        lambda: ast.Dict([sub(), None], [sub(), sub()]),
        lambda: ast.ListComp(sub(), comp()),
        lambda: ast.DictComp(sub(), sub(), comp()),
        lambda: ast.JoinedStr([ast.Constant("t"), ast.FormattedValue(sub(), rng.choice([-1, 114]), None)]),
        lambda: ast.JoinedStr([ast.FormattedValue(sub(), -1, ast.JoinedStr([ast.Constant(">"), ast.FormattedValue(sub(), -1, None)]))]),
    ]
    return rng.choice(kinds)()


def randomized(count):
    """Source text of random expressions (written by ast.unparse), seeded so the set is stable."""
    import random
    rng = random.Random(563)
    for _ in range(count):
        try:
            yield ast.unparse(ast.fix_missing_locations(random_expr(rng, rng.randint(1, 4))))
        except (ValueError, RecursionError):
            continue


def program(ctx, expr):
    if ctx == "arg":
        return FUTURE + f"def f(x: {expr}\n): pass\n"
    if ctx == "star":
        return FUTURE + f"def f(*x: {expr}\n): pass\n"
    if ctx == "async":
        return FUTURE + f"async def g():\n    def f(x: {expr}\n): pass\n    return f\n"
    if ctx == "return":
        return FUTURE + f"def f() -> (\n{expr}\n): pass\n"
    return FUTURE + f"x: (\n{expr}\n)\n"


def record(ctx, expr):
    src = program(ctx, expr)
    ns = {}
    try:
        exec(compile(src, "<annotation>", "exec"), ns)
    except SyntaxError:
        return None
    if ctx == "module":
        return ns["__annotations__"]["x"]
    if ctx == "async":
        try:
            ns["g"]().send(None)
        except StopIteration as stop:
            return stop.value.__annotations__["x"]
    return ns["f"].__annotations__["return" if ctx == "return" else "x"]


def lib_annotations(lib):
    """(origin, source text, is starred) of every annotation in the Lib files with the future import."""
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as fh:
                    text = fh.read().decode("utf-8")
                tree = ast.parse(text)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            if not any(isinstance(n, ast.ImportFrom) and n.module == "__future__"
                       and any(a.name == "annotations" for a in n.names) for n in tree.body):
                continue
            rel = os.path.relpath(path, lib)
            for node in ast.walk(tree):
                anns = []
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    anns.append(node.returns)
                elif isinstance(node, ast.arg):
                    anns.append(node.annotation)
                elif isinstance(node, ast.AnnAssign):
                    anns.append(node.annotation)
                for a in anns:
                    if a is not None:
                        yield rel, ast.get_source_segment(text, a), isinstance(a, ast.Starred)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases, seen = [], set()

    def add(origin, ctx, expr):
        if (ctx, expr) in seen:
            return
        seen.add((ctx, expr))
        got = record(ctx, expr)
        if got is None and origin != "random":
            print("skipped (CPython rejects it):", ctx, repr(expr)[:80], file=sys.stderr)
        elif got is not None:
            cases.append({"origin": origin, "src": program(ctx, expr), "ctx": ctx, "expected": got})

    for e in EXPRS + MULTILINE:
        for ctx in ("arg", "module"):
            add("hand", ctx, e)
    for e in ["*Ts", "*tuple[int, ...]", "*a.b", "*a[b]", "*(a or b)", "*(a | b)", "*f(x)"]:
        add("hand", "star", e)
    for e in ["[await a for a in b]", "(await a for a in b)", "{a: await b async for a in c}",
              "lambda: [await a for a in b]", "[a async for a in b]", "f(await a for a in b)"]:
        add("hand", "async", e)
    for e in ["None", "int | None", "Iterator[a]", "'x'", "lambda: 0"]:
        add("hand", "return", e)
    for e in generated():
        add("generated", "arg", e)
    for e in randomized(1500):
        add("random", "arg", e)
    lib = sysconfig.get_paths()["stdlib"]
    for rel, seg, starred in lib_annotations(lib):
        add("Lib/" + rel, "star" if starred else "arg", seg)
    data = json.dumps(cases, ensure_ascii=True, indent=0).encode("ascii")
    with open(os.path.join(here, "annotations.json.gz"), "wb") as fh:
        fh.write(gzip.compress(data, mtime=0))
    counts = {}
    for c in cases:
        key = c["origin"] if not c["origin"].startswith("Lib/") else "Lib"
        counts[key] = counts.get(key, 0) + 1
    print(len(cases), "cases", counts, file=sys.stderr)


if __name__ == "__main__":
    main()
