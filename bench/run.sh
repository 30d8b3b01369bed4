#!/usr/bin/env bash
# VM benchmark (issue 5): runs each fixtures/bench/*.py under `./jpy run X.pyc` and `python3.13 X.py`
# alternately, checks both print the same checksum, and prints per-program and geometric-mean ratios
# (jpy / CPython, < 1 means jpy is faster) of whole-process wall time and of user+sys CPU time, plus a
# hello-world start-up line. The .pyc files are compiled by CPython (unchecked-hash) into
# fixtures/bench/target/, since `jpy run X.py` needs jpy's compiler.
# -v also prints every round's times (jpy wall/CPU, CPython wall/CPU) and the median ratios, to show the noise.
# The load average at the start is printed: with other work on the machine the wall times mean little and the
# CPU times (best of the rounds) are the ones to compare.
# JPY names the launcher to measure (default ./jpy); several launchers separated by ':' (say an old copy and a
# new one, for JVM options) are run alternately in each round, each with its own table, all against the same
# CPython runs, so that a before/after comparison shares the machine's conditions.
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
JPY=${JPY:-./jpy}  # the launcher(s) to measure, ':'-separated (another checkout's jpy for a before/after)
export JPY
shift || true
IFS=: read -r -a launchers <<<"$JPY"
for l in "${launchers[@]}"; do "$l" --help >/dev/null; done  # builds the jar first if it is stale
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
    """Best (wall, CPU) of each launcher and of CPython over the rounds, run alternately; ok per launcher."""
    jcmds = [[j, "run", pyc(name, src)] for j in launchers]
    ccmd = [sys.executable, src]
    jw, jc = [[] for _ in jcmds], [[] for _ in jcmds]
    cw, cc = [], []
    ok = [True] * len(jcmds)
    for _ in range(rounds):
        co, w, c = timed(ccmd); cw.append(w); cc.append(c)
        for k, jcmd in enumerate(jcmds):
            jo, w, c = timed(jcmd); jw[k].append(w); jc[k].append(c)
            if jo is None or jo != co:
                ok[k] = False
    if verbose:
        for k, j in enumerate(launchers):
            rows = "  ".join(f"{a:.2f}/{b:.2f}|{c:.2f}/{d:.2f}" for a, b, c, d in zip(jw[k], jc[k], cw, cc))
            print(f"  {name}{tag(k)}: rounds jpy wall/cpu|py wall/cpu: {rows}; median ratio wall"
                  f" {med(jw[k]) / med(cw):.2f} cpu {med(jc[k]) / max(med(cc), 1e-3):.2f}")
    if len(jcmds) > 1:  # progress, one line per program: each launcher's wall/CPU ratio
        sys.stderr.write(f"  {name}: " + "  ".join(f"{min(jw[k]) / min(cw):.2f}/{min(jc[k]) / max(min(cc), 1e-3):.2f}"
                                                  for k in range(len(jcmds))) + "\n")
    return [(min(jw[k]), min(jc[k]), min(cw), min(cc), ok[k]) for k in range(len(jcmds))]

launchers = os.environ["JPY"].split(":")
tag = lambda k: f" [{launchers[k]}]" if len(launchers) > 1 else ""
print(f"rounds={rounds} (best of each), python={sys.executable}, load average {os.getloadavg()[0]:.1f}"
      f" on {os.cpu_count()} CPUs")
results = {n: measure(n, os.path.join(bench, n + ".py")) for n in names}
hello_results = measure("hello", hello)
row = lambda n, r: (f"{n:16} {r[0]:9.2f} {r[2]:8.2f} {r[0] / r[2]:6.2f}   {r[1]:8.2f} {r[3]:7.2f}"
                    f" {r[1] / max(r[3], 1e-3):6.2f}  {'ok' if r[4] else 'MISMATCH/FAIL'}")
gm = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")
for k, j in enumerate(launchers):
    if len(launchers) > 1:
        print(f"launcher {j}:")
    print(f"{'program':16} {'jpy wall':>9} {'py wall':>8} {'ratio':>6}   {'jpy cpu':>8} {'py cpu':>7} {'ratio':>6}  check")
    wr, cr = [], []
    for n in names:
        r = results[n][k]
        if r[4]:
            wr.append(r[0] / r[2]); cr.append(r[1] / max(r[3], 1e-3))
        print(row(n, r))
    print(f"{'geometric mean':16} {'':9} {'':8} {gm(wr):6.2f}   {'':8} {'':7} {gm(cr):6.2f}  ({len(wr)}/{len(names)} ok)")
    print(row("hello start-up", hello_results[k]))
PYEOF
