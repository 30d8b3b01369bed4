#!/usr/bin/env python3
"""Record CPython 3.13's ast.dump output for AstDumpTest.

Run with CPython 3.13 from anywhere:

    $(pyenv prefix 3.13.0)/bin/python3.13 toolchain/src/test/resources/dev/jpy/toolchain/ast/record_ast_goldens.py

Writes, next to this script:
  ast_classes.json   every concrete class of the C module _ast: name, abstract base, _fields (with the
                     ASDL type from the docstring, shape and class-level None default), _attributes
  ast_cases.json.gz  (gzip, mtime 0) for each case: the tree serialised as JSON and ast.dump of it in several ways (4 for the
                     fixtures: indent None/3 x include_attributes off/on; 10 for the others), and
                     the class names ast.walk visits, in order

Trees come from fixtures/src/*.py and from the snippets below; the script fails unless every concrete
class appears in some tree.  JSON tree encoding: a node is {"_type": name, "f": [fields in _fields
order], "a": [attributes in _attributes order]}; lists are arrays, None is null, identifiers, strings
and ints are JSON strings and numbers, and values of ASDL type constant are {"marshal_hex": hex of
marshal.dumps(value)}.
"""

import _ast
import ast
import glob
import gzip
import json
import marshal
import os
import re
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit("record_ast_goldens.py must be run with CPython 3.13, this is %s" % sys.version.split()[0])

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, *[".."] * 8))
FIXTURES = os.path.join(ROOT, "fixtures", "src")

SNIPPETS = {
    "statements": '''
import os, os.path as p
from . import a
from ..pkg.mod import (b as c, d)
from m import *
x: int
y: "list[int]" = []
(z): int = 1
a.b: int
x = y = 1
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2; x @= m
x <<= 1; x >>= 1; x |= 1; x ^= 1; x &= 1
del x, y[0], z.a
assert x, "msg"
assert y
raise
raise E
raise E from None
global g1, g2
def outer():
    v = 1
    def inner():
        nonlocal v
        v = 2
    return inner
while x:
    break
else:
    continue
for i, j in k:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
with a as (b, c), d:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* TypeError:
    pass
type Alias = int
type Gen[T, *Ts, **P] = tuple[T, *Ts]
type WithDefaults[T: int = bool, *Ts = (), **P = [int]] = T
class C[T: (int, str), U = int](Base, metaclass=M, **kw):
    """doc"""
    def m[V](self, /, a, b=1, *args, c, d=2, **kwargs) -> V: ...
async def coro():
    async for q in aiter():
        await q
    async with lock as held:
        pass
    return [w async for w in gen() if w]
@dec
@dec2(1)
def decorated(): return
''',
    "expressions": '''
a and b or c and not d
[x := 1]
(y := 2)
-a; +a; ~a; not a
a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n
a < b <= c > d >= e == f != g is h is not i in j not in k
lambda: 0
lambda a, /, b=1, *c, d, e=2, **f: a
x if y else z
{}; {1: 2, **d, 3: 4}
{1, 2, *s}
[1, *l]; (); (1,); 1, 2
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
def g():
    yield
    yield 1
    yield from g()
    x = yield
f(a, *b, c=1, **d)
f"lit {x!r:>{w}} {y!s} {z!a} {q=} {r:{fmt}.{p}f} tail"
f"{x}" f"{y}"
u"unicode kind"
b"bytes\\x00\\xff'"
"it's \\"quoted\\"\\n\\t\\x7f\\u20ac\\U0001f600 \\ud800"
0; 1; -1; 12345678901234567890123456789; 0x10; 1_000
1.0; 1e300; 1e400; 0.1; 1.5e-10; 3j; 1.5j; 0j
True; False; None; ...
a.b.c; a[1]; a[1:2]; a[::3]; a[1:2, ::3, ...]; a[:]
*a, b = c
x[1:2] = y
print(*args)
'non-ascii: é', ñame, 変数 + "文字"
''',
    "matching": '''
match command:
    case 1 | 2 | -3 | 1.5 | 2j | -1 + 2j | "s" | b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case [a, b, *rest]:
        pass
    case [*_]:
        pass
    case (x, y) if x > y:
        pass
    case {"k": v, 1: w, **kw}:
        pass
    case {}:
        pass
    case Point(x=0, y=yy) | Point(1, 2, z=3):
        pass
    case Cls():
        pass
    case a.b.c:
        pass
    case [1, [2, x as inner]] as whole:
        pass
    case _:
        pass
''',
    "type_comments": '''
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    x = 1  # type: int
    for i in y:  # type: int
        pass
    async def g():  # type: () -> int
        async for j in z:  # type: int
            pass
        async with a as b:  # type: int
            pass
    with c as d:  # type: ignore
        pass
x = []  # type: ignore[assignment]
y = 2  # type: ignore
''',
    "empty": '',
    "docstring_only": '"""Just a docstring."""\n',
    "nested_deep": "x = " + "(" * 40 + "1" + ")" * 40 + "\n" + "f(" * 20 + ")" * 20 + "\n",
    "positions_multiline": 'x = (\n    1 +\n    2\n)\nfoo(\n  "é", bar=[\n    1,\n  ]\n)\n',
}

EXTRA_MODES = [
    ("mode_eval", "a + b * c", "eval"),
    ("mode_eval_lambda", "lambda x: (yield)", "eval"),
    ("mode_single", "x = 1; print(x)\n", "single"),
    ("mode_single_expr", "1 + 1\n", "single"),
    ("mode_func_type", "(int, *str, **dict) -> list[int]", "func_type"),
    ("mode_func_type_empty", "() -> None", "func_type"),
]


def synthetic():
    """Trees the parser never makes but the model must still carry and dump."""
    out = []
    m = ast.parse("from m import x\ny\n")
    m.body[0].level = None          # int? left None: omitted
    m.body[1].end_lineno = None      # end positions left None: omitted with include_attributes
    m.body[1].end_col_offset = None
    m.body[1].value.end_lineno = None
    m.body[1].value.end_col_offset = None
    out.append(("synthetic_nones", m))
    m = ast.parse("x = 1\n")
    m.body[0].value.value = (1, "a", b"b", None, 2.5, frozenset(), ...)
    m.body[0].targets[0].id = "weird\ttab'\"name"
    out.append(("synthetic_tuple_constant", m))
    m = ast.parse("from m import x\nglobal g\n")
    m.body[0].names = []             # three simple arguments: still on one line when indented
    m.body[1].names = []
    out.append(("synthetic_three_simple", m))
    m = ast.parse("d = {**a}\n")
    out.append(("synthetic_dict_none_key", m))
    return out


def to_json(node, const=False):
    if const:
        return {"marshal_hex": marshal.dumps(node).hex()}
    if isinstance(node, ast.AST):
        cls = type(node)
        types = signature_types(cls)
        return {
            "_type": cls.__name__,
            "f": [to_json(getattr(node, n), types[n] == "constant") for n in cls._fields],
            "a": [getattr(node, a) for a in cls._attributes],
        }
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if node is None or isinstance(node, (str, int)):
        return node
    raise TypeError("unexpected value %r" % (node,))


_SIG_CACHE = {}


def signature_types(cls):
    if cls not in _SIG_CACHE:
        m = re.match(r"^\w+(?:\((.*)\))?$", cls.__doc__.strip())
        types = {}
        if m.group(1):
            for part in m.group(1).split(", "):
                typ, name = part.split(" ")
                types[name] = typ.rstrip("*?")
        _SIG_CACHE[cls] = (types, re.findall(r"\w+[*?]?", m.group(1) or ""))
    return _SIG_CACHE[cls][0]


def concrete_classes():
    """The concrete node classes of the C module _ast (so not the deprecated ones of Lib/ast.py)."""
    c_names = {n for n, c in vars(_ast).items() if isinstance(c, type)}
    return {n: c for n, c in vars(_ast).items()
            if isinstance(c, type) and issubclass(c, ast.AST) and c is not ast.AST
            and not [s for s in c.__subclasses__() if s.__name__ in c_names]}


def class_table():
    table = []
    for name, cls in sorted(concrete_classes().items()):
        base = cls.__bases__[0]
        kind = cls.__name__ if base is ast.AST else base.__name__
        m = re.match(r"^\w+(?:\((.*)\))?$", cls.__doc__.strip())
        fields = []
        if m.group(1):
            for part in m.group(1).split(", "):
                typ, fname = part.split(" ")
                shape = "LIST" if typ.endswith("*") else "OPTIONAL" if typ.endswith("?") else "ONE"
                fields.append({"name": fname, "type": typ.rstrip("*?"), "shape": shape,
                               "defaultNone": getattr(cls, fname, ...) is None})
        assert [f["name"] for f in fields] == list(cls._fields), name
        attrs = [{"name": a, "type": "int",
                  "shape": "OPTIONAL" if getattr(cls, a, ...) is None else "ONE",
                  "defaultNone": getattr(cls, a, ...) is None} for a in cls._attributes]
        table.append({"name": name, "kind": kind, "fields": fields, "attributes": attrs})
    return table


def dumps(tree, all_ways):
    ways = {
        "plain": ast.dump(tree),
        "attrs": ast.dump(tree, include_attributes=True),
        "indent3": ast.dump(tree, indent=3),
        "indent3_attrs": ast.dump(tree, include_attributes=True, indent=3),
    }
    if not all_ways:
        return ways
    ways.update({
        "indent_tab": ast.dump(tree, indent="\t"),
        "indent0_attrs": ast.dump(tree, include_attributes=True, indent=0),
        "positional": ast.dump(tree, annotate_fields=False),
        "positional_indent2": ast.dump(tree, annotate_fields=False, indent=2),
        "show_empty": ast.dump(tree, show_empty=True),
        "show_empty_positional_attrs": ast.dump(tree, annotate_fields=False, show_empty=True,
                                                include_attributes=True, indent=1),
    })
    return ways


def main():
    trees = []
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.py"))):
        with open(path, "rb") as f:
            src = f.read()
        name = "fixture_" + os.path.splitext(os.path.basename(path))[0]
        trees.append((name, ast.parse(src, filename=path)))
    if len(trees) != 24:
        sys.exit("expected the 24 fixtures of %s, found %d" % (FIXTURES, len(trees)))
    for name, src in SNIPPETS.items():
        trees.append(("snippet_" + name, ast.parse(src, type_comments=(name == "type_comments"))))
    for name, src, mode in EXTRA_MODES:
        trees.append((name, ast.parse(src, mode=mode)))
    trees.extend(synthetic())

    seen = set()
    for _, tree in trees:
        for node in ast.walk(tree):
            seen.add(type(node).__name__)
    classes = concrete_classes()
    missing = sorted(set(classes) - seen)
    if missing:
        sys.exit("no tree covers: %s" % ", ".join(missing))

    cases = [{"name": name, "tree": to_json(tree), "dumps": dumps(tree, not name.startswith("fixture_")),
              "walk": " ".join(type(n).__name__ for n in ast.walk(tree))} for name, tree in trees]
    data = json.dumps({"python": sys.version.split()[0], "cases": cases}, ensure_ascii=True) + "\n"
    with gzip.GzipFile(os.path.join(HERE, "ast_cases.json.gz"), "wb", mtime=0) as f:
        f.write(data.encode("ascii"))
    with open(os.path.join(HERE, "ast_classes.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"python": sys.version.split()[0], "classes": class_table()}, f, ensure_ascii=True,
                  indent=1)
        f.write("\n")
    print("%d cases, %d classes" % (len(cases), len(classes)))


if __name__ == "__main__":
    main()
