# jpy's AOT training program: a fixed, generic workload (not a benchmark) that runs the compiler, the
# interpreter, the JIT tier, common builtins and the object model once, so that their classes and profiles
# are in the cache. It imports trainmod twice: compiled from source, then read back from __pycache__.
import sys
import trainmod
del sys.modules["trainmod"]
import trainmod
import math

class Expr:
    def __init__(self, *kids):
        self.kids = kids
    def __repr__(self):
        return f"{type(self).__name__}{self.kids!r}"

class Num(Expr):
    def value(self, env):
        return self.kids[0]

class Var(Expr):
    __slots__ = ()
    def value(self, env):
        return env[self.kids[0]]

class Add(Expr):
    def value(self, env):
        return self.kids[0].value(env) + self.kids[1].value(env)

class Mul(Add):
    def value(self, env):
        a, b = self.kids
        return a.value(env) * b.value(env)

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

def chunks(text, size):
    for start in range(0, len(text), size):
        piece = text[start:start + size]
        if piece.isalpha():
            yield piece

def tally(log):
    seen = []
    def note(item, weight=1):
        nonlocal log
        seen.append(item)
        log = log + weight
        return log
    return note

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(n):
    exprs = [Add(Var("x"), Num(i)) if i % 3 else Mul(Var("x"), Add(Num(i / 4), Var("y"))) for i in range(50)]
    total = 0.0
    words = {}
    note = tally(0)
    v = Vec(0, 0)
    big = 1
    for i in range(n):
        total += exprs[i % 50].value({"x": i % 11, "y": 0.5}) % 7
        key = "w" + str(i % 97)
        words[key] = words.get(key, 0) + 1
        v = v + Vec(1, i % 3)
        note(i, 2)
        if i % 50 == 0:
            big = big * (i + 3) + 1
        try:
            if i % 333 == 0:
                raise ValueError(i)
        except ValueError as e:
            total += e.args[0] % 5
    evens = sum(len(c) for c in chunks("abcdefghi1" * (n // 10), 4) if c[0] != "a")
    pairs = sorted(((v, k) for k, v in words.items()), reverse=True)[:5]
    text = " ".join(k.upper().strip("W") for k in sorted(words)[:10])
    parts = "a,b,,c".split(",") + list(map(str, range(5))) + [repr(1.5), "%d-%s" % (3, "x"), format(2.5, ".3f")]
    st = {i % 7 for i in range(100)} | set(range(3)) - {1}
    tup = tuple(enumerate(zip("abc", [1, 2, 3])))
    return (round(total, 3), len(words), v.norm, note(None, 0), big % 1000003, big.bit_length(), evens, pairs, text,
            parts, st, tup, fib(15), max(words.values()), min(words), abs(-3), divmod(17, 5), 2 ** 70 // 3,
            int("123") + int(4.7), float("1e3") / 7, "x".join(reversed("abc")), b"ab" + bytes(2), any(st), all(st),
            isinstance(exprs[0], Expr), repr(exprs[:2]), {1: [2, (3,)]}, trainmod.fold(range(200)))

print(work(6000))
