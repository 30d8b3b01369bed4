#!/usr/bin/env bash
# VM benchmark (issue 5): runs each fixtures/bench/*.py under `./jpy run X.pyc` and `python3.13 X.py`
# alternately, checks both print the same checksum, and prints per-program and geometric-mean ratios
# (jpy / CPython, < 1 means jpy is faster) of whole-process wall time and of user+sys CPU time, plus a
# hello-world start-up line. The .pyc files are compiled by CPython (unchecked-hash) into
# fixtures/bench/target/, since `jpy run X.py` needs jpy's compiler.
# -v also prints every round's times (jpy wall/CPU, CPython wall/CPU) and the median ratios, to show the noise.
# The load average at the start is printed: with other work on the machine the wall times mean little and the
# CPU times (best of the rounds) are the ones to compare.
# Usage: bash bench/run.sh [-v] [ROUNDS] [PROGRAM...]     (ROUNDS default 3; PYTHON overrides python3.13)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  if command -v pyenv >/dev/null 2>&1 && [ -x "$(pyenv prefix 3.13.0 2>/dev/null)/bin/python3.13" ]; then
    PY="$(pyenv prefix 3.13.0)/bin/python3.13"
  else
    PY=$(command -v python3.13) || { echo "bench: python3.13 not found (set PYTHON)" >&2; exit 1; }
  fi
fi
verbose=0
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
export BENCH_VERBOSE=$verbose
rounds=${1:-3}
JPY=${JPY:-./jpy}  # the launcher to measure (another checkout's jpy for a before/after)
export JPY
shift || true
"$JPY" --help >/dev/null  # builds the jar first if it is stale
exec "$PY" - "$rounds" "$@" <<'PYEOF'
import math, os, py_compile, resource, subprocess, sys, time

rounds = int(sys.argv[1])
bench = "fixtures/bench"
names = sys.argv[2:] or sorted(f[:-3] for f in os.listdir(bench) if f.endswith(".py"))
out = os.path.join(bench, "target")
os.makedirs(out, exist_ok=True)
hello = os.path.join(out, "hello.py")
with open(hello, "w") as f:
    f.write('print("hello, world")\n')

def pyc(name, src):
    dst = os.path.join(out, name + ".pyc")
    py_compile.compile(src, cfile=dst, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    return dst

def timed(cmd):
    """Runs cmd; returns (stdout, wall seconds, user+sys CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        sys.stderr.write(f"bench: {' '.join(cmd)} exited {p.returncode}\n{p.stderr[-2000:]}\n")
        return None, wall, cpu
    return p.stdout, wall, cpu

verbose = os.environ.get("BENCH_VERBOSE") == "1"
med = lambda xs: sorted(xs)[len(xs) // 2]

def measure(name, src):
    jcmd = [os.environ["JPY"], "run", pyc(name, src)]
    ccmd = [sys.executable, src]
    jw, jc, cw, cc = [], [], [], []
    ok = True
    for _ in range(rounds):
        co, w, c = timed(ccmd); cw.append(w); cc.append(c)
        jo, w, c = timed(jcmd); jw.append(w); jc.append(c)
        if jo is None or jo != co:
            ok = False
    if verbose:
        rows = "  ".join(f"{a:.2f}/{b:.2f}|{c:.2f}/{d:.2f}" for a, b, c, d in zip(jw, jc, cw, cc))
        print(f"  {name}: rounds jpy wall/cpu|py wall/cpu: {rows}; median ratio wall {med(jw) / med(cw):.2f}"
              f" cpu {med(jc) / max(med(cc), 1e-3):.2f}")
    return min(jw), min(jc), min(cw), min(cc), ok

print(f"rounds={rounds} (best of each), python={sys.executable}, load average {os.getloadavg()[0]:.1f}"
      f" on {os.cpu_count()} CPUs")
print(f"{'program':16} {'jpy wall':>9} {'py wall':>8} {'ratio':>6}   {'jpy cpu':>8} {'py cpu':>7} {'ratio':>6}  check")
wr, cr = [], []
for n in names:
    jw, jc, cw, cc, ok = measure(n, os.path.join(bench, n + ".py"))
    if ok:
        wr.append(jw / cw); cr.append(jc / max(cc, 1e-3))
    print(f"{n:16} {jw:9.2f} {cw:8.2f} {jw / cw:6.2f}   {jc:8.2f} {cc:7.2f} {jc / max(cc, 1e-3):6.2f}  {'ok' if ok else 'MISMATCH/FAIL'}")
gm = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")
print(f"{'geometric mean':16} {'':9} {'':8} {gm(wr):6.2f}   {'':8} {'':7} {gm(cr):6.2f}  ({len(wr)}/{len(names)} ok)")
jw, jc, cw, cc, ok = measure("hello", hello)
print(f"{'hello start-up':16} {jw:9.2f} {cw:8.2f} {jw / cw:6.2f}   {jc:8.2f} {cc:7.2f} {jc / max(cc, 1e-3):6.2f}  {'ok' if ok else 'MISMATCH/FAIL'}")
PYEOF
