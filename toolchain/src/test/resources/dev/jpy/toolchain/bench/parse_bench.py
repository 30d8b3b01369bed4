"""CPython's side of ParseBench: times compile(src, path, 'exec', ast.PyCF_ONLY_AST) over files.

Reads file paths from stdin (the files jpy parses too), loads them, then prints one line per round:
the milliseconds one pass over all files took.
"""
import ast, sys, time

rounds = int(sys.argv[1])
sources = []
for line in sys.stdin:
    path = line.rstrip("\n")
    with open(path, "rb") as f:
        sources.append((path, f.read()))
for _ in range(rounds):
    t0 = time.perf_counter()
    for path, src in sources:
        compile(src, path, "exec", ast.PyCF_ONLY_AST)
    print(f"{(time.perf_counter() - t0) * 1000:.1f}", flush=True)
