"""Record goldens for compile() in the 'single' (interactive) and 'eval' modes from CPython 3.13.

Run from this directory:  $(pyenv prefix 3.13.0)/bin/python3.13 record_compile_modes.py
Writes compile_modes.txt (every 'single' source is recorded with and without a final newline): for each case
    #case MODE BASE64(utf-8 source)
    HEX(marshal.dumps(compile(src, 'x', MODE, dont_inherit=True)))
      or  ERROR Class|msg|lineno|offset|end_lineno|end_offset
    #end
CompileModesTest compiles each source with Compiler.compile(src, "x", MODE, 0) and checks it.
"""
import base64
import marshal
import sys

assert sys.version_info[:2] == (3, 13), sys.version

SEP = "\n---\n"

SINGLE = r"""
1 + 1
---
x = 1
---
'a string is printed, not a docstring'
---
None
---
42
---
...
---
print('hi')
---
x = 1; y = 2
---
1; 2; x
---
f(x)
---
a, b = 1, 2
---
x += 1
---
if x:
    y
else:
    -y
---
for i in range(3): i
---
while x:
    x
    break
---
def f():
    x
    return x
---
async def f():
    await x
---
class C:
    x
    def m(self):
        return self
---
@d
def f(): pass
---
[i for i in range(3)]
---
{k: v for k, v in y}
---
(i for i in y)
---
lambda: 1
---
x: int = 1
---
x: int
---
try:
    1/0
except ZeroDivisionError as e:
    e
finally:
    x
---
with a as b: b
---
import os
---
from os import path
---
from os import *
---
global x
---
del x
---
assert x, 'msg'
---
raise E
---
f'{x!r:>10}'
---
x if y else z
---
(x := 5)
---
x.y.z()
---
x[1:2]
---

---
# only a comment
---
  
---


# c
---
if x:
    y
z
---
 x
---
x
  
---
return 1
---
yield 1
---
break
---
await x
---
x = 1
y = 2
---
1 +
---
print "x"
---
print "x"; y
---
x = 1; exec "x"
---
if a
  b
---
if x
---
class C
---
class C(B)
---
while x
---
for x in range(3)
  x
---
for x in y:
  pass
else
---
try
---
try:
  x
finally
---
try:
  x
---
try:
  x
except
---
try:
  x
except*
---
def f()
---
def f() -> int
---
def f
---
if x:
  pass
elif y
---
match x:
  case 1
---
f(a for a in b, c)
---
x if y
---
from x import a,
---
x = [1, 2
---
if é
---
f(**a, *b)
"""

EVAL = r"""
1
---
x
---
x + 1
---
f(a, *b, **c)
---
[i for i in y]
---
(i for i in y)
---
{i: i for i in y}
---
lambda x, *a, k=1, **kw: x
---
a if b else c
---
{**a, 'b': 1}
---
'doc'
---
None
---
x.y.z()
---
(x := 1)
---
(1 +
 2)
---
not x and y or z
---
[*a, *b]
---
f'{x}{y!r}'
---
x[1:2, ::3]
---
a < b < c
---
await x
---
(yield)
---
x = 1
---
1 +
---
  
---
f(a for a in b, c)
---
print "x"
---
x if y
---
exec "x"
---
# c
---


---

"""


def cases(text):
    return [c for c in text[1:-1].split(SEP)] if text.strip() else []


def record(out, mode, src):
    out.append(f"#case {mode} {base64.b64encode(src.encode()).decode()}")
    try:
        code = compile(src, "x", mode, dont_inherit=True)
        out.append(marshal.dumps(code).hex())
    except SyntaxError as e:
        out.append(f"ERROR {type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
    out.append("#end")


def main():
    out = []
    for src in cases(SINGLE):
        record(out, "single", src)
        record(out, "single", src + "\n")  # a compound statement needs its newline
    for src in cases(EVAL):
        record(out, "eval", src)
    with open("compile_modes.txt", "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {sum(1 for l in out if l.startswith('#case'))} cases to compile_modes.txt")


if __name__ == "__main__":
    main()
