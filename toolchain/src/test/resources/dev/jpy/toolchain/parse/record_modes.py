"""Record goldens for type comments and the 'single' / 'func_type' modes from CPython 3.13.

Run from this directory:  $(pyenv prefix 3.13.0)/bin/python3.13 record_modes.py
Writes modes.txt: for each case
    #case GROUP MODE TYPE_COMMENTS(0|1) BASE64(utf-8 source)
    ast.dump(ast.parse(src, mode=MODE, type_comments=...), include_attributes=True, indent=1)
      or  ERROR Class|msg|lineno|offset|end_lineno|end_offset
    #end
ParseModesTest checks every case.
"""
import ast
import base64
import sys

assert sys.version_info[:2] == (3, 13), sys.version

SEP = "\n---\n"

# Sources parsed in exec mode with type_comments=True (and again with False).
TYPE_COMMENTS = r"""
x = []  # type: List[int]
---
x = y = f()  # type: int
---
x = 1  #type:int
---
x = 1  #  type:   Dict[str, int]   
---
x = 1  # type: ignore
---
x = 1  # type: ignore[misc]
---
x = 1  # type: ignored
---
x = 1  # type: ignore-this
---
x = 1  # type: ignore # noqa
---
x = 1  # type: ignore[attr-defined,misc]  
---
# type: ignore
x = 1
---
import foo  # type: ignore
def f():
    # type: ignore
    pass
---
x: int = 1  # type: int
---
x += 1  # type: int
---
x = 1  # type:
---
x = 1  # typo: int
---
x = 1  # Type: int
---
for x in y:  # type: int
    pass
---
async def g():
    async for x in y:  # type: int
        pass
    async with a as b:  # type: int
        pass
---
with open(f) as g:  # type: IO[str]
    pass
---
with a, b as c:  # type: (int, str)
    pass
---
def f(a, b):  # type: (int, str) -> None
    pass
---
def f(a, b):
    # type: (int, str) -> None
    pass
---
async def f(a):  # type: (int) -> None
    pass
---
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
---
def f(a,  # type: int
      b=1,  # type: str
      *args,  # type: float
      c,  # type: bytes
      d=2,  # type: bool
      **kw  # type: dict
      ):
    pass
---
def f(a, b  # type: str
      ):
    pass
---
def f(a=1  # type: int
      ):
    pass
---
def f(*, a  # type: int
      ):
    pass
---
def f(a, /,  # type: int
      b):
    pass
---
def f(): pass  # type: () -> None
---
def f():  # type: () -> None
    x = 1  # type: int
    for i in x:  # type: int
        pass
---
class C:  # type: ignore
    x = 1  # type: int
---
if x:  # type: int
    pass
---
while x:  # type: int
    pass
---
x = 1
# type: int
---
# type: int
x = 1
---
def f():
    pass
    # type: int
---
def f():  # type: () -> None
    # type: () -> None
    pass
---
def f(*,  # type: int
      a):
    pass
---
x = 1  # type: int  # type: str
---
x = (1,  # type: int
     2)
---
f(a,  # type: int
  b)
---
x = 1  # type: ignore
y = 2  # type: ignore[foo]
# type: ignore[bar]
---
def f(a):  # type: (int) -> None
    pass  # type: ignore
---
x = 1;  # type: int
---
x = 1; y = 2  # type: int
---
with (open(f) as g):  # type: int
    pass
---
for x in y: pass  # type: int
---
lambda x: x  # type: int
---
x = 1  # type: ignoreé
---
x = 1  # type: ignore é
---
x = 'é'  # type: é
"""

SINGLE = r"""
x = 1
---
x = 1
y = 2
---
x = 1; y = 2
---
if x:
  pass
---
if x:
  pass
else:
  y
---
if x:
 pass
y = 1
---
def f(): pass
---
@d
def f():
    return 1

---
x = 1
# c
---
x = 1

---
x
# c

# d
---
1 +
---
1 + 2
---
class C:
    x = 1
    def m(self):
        pass
---
for i in range(3): print(i)
---
x = 1  # type: int
---
try:
    pass
except E:
    pass
---
match x:
    case 1:
        pass
---
(x,
 y)
---
x = 1
  
---
import a
import b
"""
SINGLE_RAW = ["", "\n", "# c\n", "x = 1", "if x:\n  pass", "x = 1\n\n\n", "x = 1 \\\n  + 2\n", "  x = 1\n", "\tx\n",
              "x = 1\n\ny = 2", "x = 1  # c", "if x:\n    pass\n  \n"]

FUNC_TYPE = r"""
(int, str) -> bool
---
() -> None
---
(*int) -> x
---
(**k) -> x
---
(a, *b, **c) -> x
---
(a, **c) -> x
---
(*a, **c) -> x
---
(a, b, c) -> List[Dict[str, int]]
---
(int) -> bool


---
(a,) -> x
---
int -> bool
---
(a, b=1) -> x
---
(x) -> y z
---
(*a, b) -> c
---
( ) ->  List[int]
---
(...) -> None
---
(int,
 str) -> bool
---
() -> (yield)
---
() -> lambda: 1
---
() ->
---
(a, *b, *c) -> d
---
(**a, b) -> c
"""


def cases(text):
    return [s + "\n" for s in text.strip("\n").split(SEP)]


def record(f, group, mode, tc, src):
    b64 = base64.b64encode(src.encode("utf-8")).decode("ascii")
    f.write(f"#case {group} {mode} {int(tc)} {b64}\n")
    try:
        tree = ast.parse(src, mode=mode, type_comments=tc)
        f.write(ast.dump(tree, include_attributes=True, indent=1))
    except SyntaxError as e:
        f.write("ERROR %s|%s|%s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    f.write("\n#end\n")


def main():
    n = 0
    with open("modes.txt", "w", encoding="utf-8") as f:
        for src in cases(TYPE_COMMENTS):
            record(f, "typecomments", "exec", True, src)
            record(f, "typecomments", "exec", False, src)
            n += 2
        for src in cases(SINGLE) + SINGLE_RAW:
            record(f, "single", "single", False, src)
            n += 1
        record(f, "single", "single", True, "x = 1  # type: int\n")
        for src in cases(FUNC_TYPE) + ["(int) -> str", "(int) -> str  # c"]:
            record(f, "functype", "func_type", False, src)
            n += 1
    print(n, "cases")


if __name__ == "__main__":
    main()
