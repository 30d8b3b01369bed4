# Programs for JitTest: each part prints what CPython 3.13 prints (checked by running this file with python3.13).
import sys

def div(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1

def pick(x):
    y = x + 1
    return [1][y]

print([div(i) for i in range(3)])
for i in range(3000):
    div(i % 3)
try:
    pick(5)
except IndexError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("IndexError", e, lines)

def gen(n):
    total = 0
    for i in range(n):
        got = yield i * 2
        if got:
            total += got
    return total

def drive():
    g = gen(5)
    out = [next(g)]
    try:
        while True:
            out.append(g.send(1))
    except StopIteration as stop:
        out.append(stop.value)
    return out

for i in range(1500):
    r = drive()
print("gen", r, sum(gen(2000)))

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)

K = 1
def useK(x):
    return x + K

s = 0
for i in range(3000):
    s += useK(i)
K = 100
print("global", s, useK(1))

def loop_once(n):
    t = 0
    i = 0
    while i < n:
        t += i % 7
        i += 1
    return t
print("osr", loop_once(50000))

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def boxes(n):
    return sum(Box(i).get() for i in range(n))
print("boxes", boxes(5000))

class Ctx:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *exc):
        return exc[0] is KeyError

def handlers(n):
    ctx = Ctx()
    caught = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                raise ValueError(i)
            with ctx:
                if i % 4 == 1:
                    {}[i]
        except ValueError as e:
            caught += e.args[0] % 3
    return caught, ctx.n
print("handlers", handlers(4000))

def builtin_calls(n):
    acc = []
    t = 0
    for i in range(n):
        xs = [i, i + 1, 3]
        t += len(xs) + max(xs) + min(i, 7) + sum(xs, 1) + pow(2, i % 5, 7)
        acc.append(i % 3)
        t += int("12") + divmod(i, 7)[1] + max(1, 2, 3, 4, i % 9)
        try:
            t += len(i)
        except TypeError as e:
            t += len(e.args)
        f = list.append
        f(acc, 0)
    return t, len(acc), str.upper("ab"), sorted(xs, reverse=True)
print("builtins", builtin_calls(3000))

def fails_late(n):
    for i in range(n):
        if i == n - 1:
            return undefined_name
fails_late(2000)
