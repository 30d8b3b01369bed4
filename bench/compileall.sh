#!/usr/bin/env bash
# compileall benchmark: `jpy compileall -f -q -j 0` on one copy of CPython 3.13's Lib against
# `python3.13 -m compileall -f -q -j 0` on another copy, in this one session; prints both wall times,
# the ratio and how many files each failed to compile. Usage: bash bench/compileall.sh [PYTHON3.13]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-$(pyenv prefix 3.13.0 2>/dev/null)/bin/python3.13}
[ -x "$PY" ] || { echo "no CPython 3.13 (pass its python3.13 as the first argument)" >&2; exit 1; }
LIB=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
./jpy --version >/dev/null   # builds the jar first, outside the timing
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy() { cp -a "$LIB" "$1"; rm -rf "$1/site-packages"; find "$1" -name __pycache__ -type d -prune -exec rm -rf {} +; }
copy "$work/jpy"; copy "$work/cpython"
files=$(find "$work/jpy" -name '*.py' | wc -l)
# wall-clock seconds of one command, written to $1.time (CPU time is not comparable: CPython's
# compileall workers run under a forkserver that the shell does not wait for)
timed() { local f=$1; shift; local TIMEFORMAT='%R'; { time "$@" >"$f.out" 2>&1 || true; } 2>"$f.time"; }
timed "$work/jpy" ./jpy compileall -f -q -j 0 "$work/jpy"
timed "$work/cpython" env -u PYTHONDONTWRITEBYTECODE "$PY" -m compileall -f -q -j 0 "$work/cpython"
read -r jt <"$work/jpy.time"; read -r ct <"$work/cpython.time"
printf 'files: %d .py in %s (%d cores, load %s)\n' "$files" "$LIB" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
printf 'jpy compileall:        %6.2f s  (%d files not compiled, %d .pyc written)\n' "$jt" \
  "$(grep -c '^\*\*\* Error compiling' "$work/jpy.out" || true)" "$(find "$work/jpy" -name '*.pyc' | wc -l)"
printf 'python3.13 compileall: %6.2f s  (%d files not compiled, %d .pyc written)\n' "$ct" \
  "$(grep -c '^\*\*\* Error compiling' "$work/cpython.out" || true)" "$(find "$work/cpython" -name '*.pyc' | wc -l)"
printf 'ratio jpy/cpython: %.2f\n' "$(echo "$jt / $ct" | bc -l)"
