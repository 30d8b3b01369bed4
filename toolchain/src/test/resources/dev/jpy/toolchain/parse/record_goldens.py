"""Record parser goldens from CPython 3.13.

Run from this directory:  $(pyenv prefix 3.13.0)/bin/python3.13 record_goldens.py
Writes goldens.txt: for each snippet
    #case GROUP BASE64(utf-8 source)
    ast.dump(ast.parse(src), include_attributes=True, indent=1)
    #end
Only areas the Java parser covers are listed; ParseGoldenTest checks every case.
"""
import ast
import base64
import sys

assert sys.version_info[:2] == (3, 13), sys.version

EXPRESSIONS = r"""
x
_private
é
naïve + 1
None
True
False
...
0
1
42
1_000_000
0x_ff
0XFF
0o17
0O_7
0b1010
0B_1
123456789012345678901234567890123456789
0x123456789abcdef0123456789abcdef
00
1.5
1.
.5
1e10
1E-5
1_0.0_1e1_0
1e400
0.1e-400
3j
1.5J
1e3j
0j
'a'
"a"
'''a'''
'''multi
line'''
'a' 'b'
'a' "b" '''c'''
u'x'
U'x' 'y'
'x' u'y'
r'\n'
R'\d'
b'abc'
B'abc'
rb'\x00'
Rb'x'
bR'x'
br'x' b'y'
b'\x00\xff\n'
b'\101\0'
'\x41\u00e9\U0001F600'
'\N{LATIN SMALL LETTER A}'
'\t\n\r\a\b\f\v\\\'\"'
'\101\7\0'
'\q'
'é'
'😀'
'a\
b'
''
b''
(1, 2)
(1,)
()
(x)
((x))
(yield)
[1, 2, 3]
[]
[1,]
[*a, *b]
{1, 2}
{*a}
{}
{1: 2}
{1: 2, 3: 4,}
{**a, 1: 2, **b}
{**a}
[x for x in y]
[x for x in y if x if z]
[x for x in y for z in x]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[x for *a, b in c]
[x for x, in y]
[x for (a, b) in c]
[x for [a, b] in c]
[x for a.b in c]
[x for a[0] in c]
f()
f(a)
f(a, b)
f(a,)
f(*a)
f(**k)
f(a, *b, c=1, **d)
f(a=1, b=2)
f(a=1, *b)
f(*a, *b, **c, **d)
f(x for x in y)
f((x for x in y), 1)
f(a)(b)(c)
f(x:=1)
a.b
a.b.c
a.b().c
a[0]
a[1:2]
a[:]
a[::]
a[1:2:3]
a[::2]
a[:2]
a[1:]
a[1:2, 3]
a[1, 2]
a[1,]
a[*b]
a[*b, c]
a[b:=1]
a[(b:=1):2]
a[x][y]
a.b[c].d(e)
-x
+x
~x
not x
not not x
--x
-1
a + b
a - b - c
a * b + c
a + b * c
a / b
a // b
a % b
a @ b
a ** b
a ** b ** c
-a ** b
a ** -b
a << b >> c
a & b
a | b
a ^ b
a | b ^ c & d << e + f * g ** h
(a + b) * c
a < b
a < b < c
a == b != c
a <= b >= c > d
a is b
a is not b
a in b
a not in b
not a == b
a and b
a or b
a and b or c
a or b and c
a and b and c
a or b or c
not a and not b
x if y else z
x if y else z if w else v
lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda *a: a
lambda **k: k
lambda *a, b, c=1, **k: 0
lambda a, /, b: 0
lambda a=1, /, b=2, *, c, d=3: 0
lambda *, a: a
lambda a, b=1, *c, d, e=2, **f: 0
lambda a,: 0
lambda: (yield)
(x := 1)
(x := (y := 1)) if 0 else 0
[y := 1, y]
f(a, b := 2)
await x
await x.y
await f()
-await x
await x ** 2
*a, b
a, *b
x.y.z(1)[2].w
(a, b)[0]
"abc".upper()
1 .real
1.0.real
a if b else lambda: c
lambda: a if b else c
[*a]
(*a, b)
{**{1: 2}}
f(a)[b]
f(a,
  b)
[1,
 2,
 3]
(
  x
)
'a' \
'b'
(1 +
 2)
"""

SIMPLE = r"""
x = 1
x = y = 1
x, y = 1, 2
x, y = y, x
(x, y) = 1, 2
[x, y] = 1, 2
x, = y
(x) = 1
((x)) = 1
a.b = 1
a[0] = 1
a.b.c[1:2] = 3
*a, b = c
a, *b, c = d
[a, [b, *c]] = d
x = yield
x = yield 1
x = yield from y
x = 1, 2
x = *a, b
x = y = z = w
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x &= 1
x |= 1
x ^= 1
x <<= 1
x >>= 1
a.b += 1
a[0] += 1
x += yield
x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: int = 1
x: list[int] = []
x: int = yield
x: tuple = 1, 2
pass
break
continue
return
return 1
return 1, 2
return *a, b
raise
raise E
raise E(1)
raise E from None
global a
global a, b
nonlocal a
nonlocal a, b, c
del a
del a, b
del a.b
del a[0]
del (a, b)
del [a, b]
del a,
del (a)
assert x
assert x, 'msg'
import a
import a.b.c
import a as b
import a.b as c
import a, b
import a as b, c.d as e
from a import b
from a import b, c
from a import b as c
from a import (b, c)
from a import (b, c,)
from a import (b as c, d)
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from ...a import b
from a import *
from . import *
x; y
x; y;
x = 1; y = 2
pass; pass
f()
yield
yield x
yield x, y
yield from x
await x
x
'docstring'
1
*a, b
a.b.c
x = 'a' 'b'
x = [
    1,
    2,
]
x = f(
    a,
)
x = 1 \
    + 2
x = 1  # comment
# comment only

x = 1

y = 2
"""

COMPOUND = r'''
if x:
    pass
---
if x: pass
---
if x:
    a
else:
    b
---
if x:
    a
elif y:
    b
---
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
---
if (n := 10) > 5:
    pass
---
while x:
    pass
---
while x:
    a
else:
    b
---
while True: break
---
for x in y:
    pass
---
for x, y in z:
    pass
---
for (x, y) in z: pass
---
for *a, b in c: pass
---
for x in a, b:
    pass
---
for x in *a, b:
    pass
---
for x in y:
    a
else:
    b
---
for a.b in c: pass
---
for a[0] in c: pass
---
for x, in y: pass
---
try:
    a
except:
    b
---
try:
    a
except E:
    b
---
try:
    a
except E as e:
    b
---
try:
    a
except (E, F) as e:
    b
except G:
    c
else:
    d
finally:
    f
---
try:
    a
finally:
    b
---
try:
    a
except* E:
    b
---
try:
    a
except* (E, F) as e:
    b
except* G:
    c
---
with a:
    pass
---
with a as b:
    pass
---
with a as b, c as d:
    pass
---
with a, b:
    pass
---
with (a, b):
    pass
---
with (a as b, c as d):
    pass
---
with (a as b, c as d,):
    pass
---
with (a):
    pass
---
with (a, b) as c:
    pass
---
with (yield) as x:
    pass
---
with a as (b, c):
    pass
---
with a as b.c:
    pass
---
with a() as b[0]:
    pass
---
def f():
    pass
---
def f(): pass
---
def f(a, b):
    return a + b
---
def f(a, b=1, *args, c, d=2, **kwargs):
    pass
---
def f(a, /, b, *, c):
    pass
---
def f(a=1, /, b=2):
    pass
---
def f(*, a=1, b):
    pass
---
def f(a: int, b: str = 'x') -> bool:
    pass
---
def f(*args: int, **kwargs: str): pass
---
def f(*args: *Ts): pass
---
def f(a,): pass
---
def f(
    a,
    b,
):
    pass
---
def f():
    """doc"""
    return 1
---
def f():
    yield 1
    yield
    x = yield
---
@dec
def f():
    pass
---
@dec1
@dec2(1)
@a.b.c
def f():
    pass
---
@x[0]
def f(): pass
---
@(lambda f: f)
def f(): pass
---
@dec
class C:
    pass
---
async def f():
    await x
---
@dec
async def f():
    pass
---
async def f():
    async for x in y:
        pass
    async with a as b:
        pass
    async for x in y:
        a
    else:
        b
---
async def f():
    return [x async for x in y]
---
async def f():
    async with a, b as c:
        pass
---
class C:
    pass
---
class C(): pass
---
class C(B):
    x = 1
---
class C(A, B, metaclass=M):
    def f(self):
        return self
---
class C(*bases, **kw): pass
---
class C:
    """doc"""
    x: int
    def __init__(self, x):
        self.x = x
---
def outer():
    def inner():
        nonlocal x
        x = 1
    global y
    return inner
---
if a:
    if b:
        pass
    else:
        pass
elif c:
    while d:
        for e in f:
            try:
                pass
            except:
                continue
            else:
                break
---
if x:
    pass
    # trailing comment
---
if x:

    pass

y
---
for i in range(10):
    if i: continue
    else: break
else:
    pass
---
x = 1
if x: y = 2; z = 3
---
class A:
    def f(self): return 1
    @property
    def g(self): return 2
---
try:
    pass
except E as e:
    raise X from e
---
def f(a, b=1, /, c=2, *d, e, f=3, **g):
    pass
---
lambda: 1
def g(): pass
---
def f():
    return (yield)
---
def f():
    x = yield from g()
---
def f(): return lambda x: (yield x)
---
with open('f') as f, open('g') as g:
    pass
---
while (x := f()) is not None:
    print(x)
---
def é(ñ):
    return 'é' + ñ
'''

MATCH = r'''
match x:
    case 1:
        pass
---
match x:
    case 1 | 2 | 3:
        pass
    case _:
        pass
---
match x:
    case -1: pass
    case 1.5: pass
    case 1 + 2j: pass
    case -1 - 2j: pass
    case 'a' 'b': pass
    case b'x': pass
    case None: pass
    case True: pass
    case False: pass
---
match x:
    case y: pass
---
match x:
    case a.b: pass
    case a.b.c: pass
---
match x:
    case (1): pass
    case (y as z): pass
    case 1 | 2 as z: pass
---
match x:
    case []: pass
    case (): pass
    case [a]: pass
    case [a, b]: pass
    case [a, *rest]: pass
    case [*_, b]: pass
    case (a, b): pass
    case (a,): pass
    case a, b: pass
    case a, *b: pass
    case *a, b: pass
    case [a, (b, c), [d]]: pass
---
match x:
    case {}: pass
    case {1: a}: pass
    case {'k': v, **rest}: pass
    case {**rest}: pass
    case {a.b: 1, None: 2, -1: 3, True: 4}: pass
    case {1: a,}: pass
---
match x:
    case Point(): pass
    case Point(1, 2): pass
    case Point(x=1, y=2): pass
    case Point(1, y=2): pass
    case a.B(c, d=e,): pass
    case Point(x=[1, 2] | (3, 4)): pass
---
match x:
    case y if y > 0:
        pass
    case (a, b) if a == b: pass
---
match x, y:
    case 1, 2: pass
---
match x,:
    case _: pass
---
match *a, b:
    case _: pass
---
match (x):
    case _: pass
---
match = 1
match.x = 2
match[0] = 3
match(x)
print(match)
---
case = 1
_ = case
---
def f(x):
    match x:
        case [1, 2]:
            return 1
        case {"a": b}:
            return b
        case _:
            return None
'''

TYPEPARAMS = r'''
type X = int
---
type X[T] = list[T]
---
type X[T: int, *Ts, **P] = T
---
type X[T = int, *Ts = *tuple[int], **P = [int]] = T
---
type X[T: (int, str) = int] = T
---
type = 1
type.x = 2
type(x)
---
def f[T](x: T) -> T: pass
---
def f[T: int, U](x): pass
---
def f[*Ts, **P](): pass
---
async def f[T](): pass
---
class C[T]: pass
---
class C[T, U: str](Base[T]): pass
---
class C[T,]: pass
---
@dec
class C[T = int]: pass
'''

FSTRINGS = r"""
f''
f'a'
f'{x}'
f'a{x}b'
f'{x}{y}'
f'{x!r}'
f'{x!s}'
f'{x!a}'
f'{x:10}'
f'{x:>{w}}'
f'{x:{w}.{p}f}'
f'{x!r:^10}'
f'{x:}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:10}'
f'{x=!r:10}'
f'a{x=}b'
f'{{}}'
f'{{x}}'
f'a{{b}}c'
f'{{{x}}}'
f'\n{x}\t'
f'\x41{x}'
f'\N{BULLET} {x}'
rf'\n{x}'
fr'\d{x}'
F'{x}'
f'{x}' 'a'
'a' f'{x}'
'a' f'b' 'c'
f'a' f'b'
f'{x}' f'{y}'
u'a' f'{x}'
f'{x}' u'a'
f'' ''
'' f''
f"{'a'}"
f"{"a"}"
f'{f'{x}'}'
f'{x, y}'
f'{*x, y}'
f'{(yield)}'
f'{x if y else z}'
f'{(lambda: 1)}'
f'{a["b"]}'
f'{x!r:{y}}'
f'{3.14:.2f}'
f'{x:%Y-%m-%d}'
f'é{x}ü'
f'{é}'
f'''multi
{x}
line'''
f'''{
x
}'''
f'{x:\n}'
f'{x:\\}'
f'{ x }'
f'{x}' \
f'{y}'
"""


def split_lines(text):
    """Join lines of a snippet list while brackets are open or the line ends in a backslash."""
    out, cur, depth = [], [], 0
    for line in text.strip("\n").splitlines():
        cur.append(line)
        try:
            ast.parse("\n".join(cur))
            complete = True
        except SyntaxError:
            complete = False
        if complete and not line.endswith("\\"):
            out.append("\n".join(cur))
            cur = []
    assert not cur, cur
    return out


def main():
    items = []
    for src in split_lines(EXPRESSIONS):
        items.append(("expr", src))
    for src in split_lines(SIMPLE):
        items.append(("simple", src))
    for src in COMPOUND.strip("\n").split("\n---\n"):
        items.append(("compound", src + "\n"))
    for src in split_lines(FSTRINGS):
        items.append(("fstring", src))
    for src in MATCH.strip("\n").split("\n---\n"):
        items.append(("match", src + "\n"))
    for src in TYPEPARAMS.strip("\n").split("\n---\n"):
        items.append(("typeparams", src + "\n"))
    with open("goldens.txt", "w", encoding="utf-8") as f:
        for group, src in items:
            tree = ast.parse(src)
            b64 = base64.b64encode(src.encode("utf-8")).decode("ascii")
            f.write(f"#case {group} {b64}\n")
            f.write(ast.dump(tree, include_attributes=True, indent=1))
            f.write("\n#end\n")
    counts = {}
    for g, _ in items:
        counts[g] = counts.get(g, 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
