"""CPython's side of MarshalBench: times marshal.loads and marshal.dumps over a list of .pyc files.

Reads file paths from stdin, loads them all into memory, then for each of `rounds` rounds times one
pass of loads over every body and one pass of dumps over every loaded code object. Prints one line
"loads_ms dumps_ms" per round.
"""
import marshal, sys, time

rounds = int(sys.argv[1])
bodies = []
for line in sys.stdin:
    with open(line.rstrip("\n"), "rb") as f:
        bodies.append(f.read()[16:])
codes = [marshal.loads(b) for b in bodies]
for _ in range(rounds):
    t0 = time.perf_counter()
    for b in bodies:
        marshal.loads(b)
    t1 = time.perf_counter()
    for c in codes:
        marshal.dumps(c)
    t2 = time.perf_counter()
    print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}", flush=True)
