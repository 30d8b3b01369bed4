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
copy() { rsync -a --exclude __pycache__ --exclude site-packages "$LIB/" "$1/"; }
copy "$work/jpy"; copy "$work/cpython"
files=$(find "$work/jpy" -name '*.py' | wc -l)
now() { date +%s.%N; }
t0=$(now); ./jpy compileall -f -q -j 0 "$work/jpy" >"$work/jpy.out" 2>&1 || true; t1=$(now)
env -u PYTHONDONTWRITEBYTECODE "$PY" -m compileall -f -q -j 0 "$work/cpython" >"$work/cpython.out" 2>&1 || true; t2=$(now)
jt=$(echo "$t1 - $t0" | bc -l); ct=$(echo "$t2 - $t1" | bc -l)
printf 'files: %d .py in %s (%d cores)\n' "$files" "$LIB" "$(nproc)"
printf 'jpy compileall:     %6.2f s  (%d files not compiled, %d .pyc written)\n' "$jt" \
  "$(grep -c '^\*\*\* Error compiling' "$work/jpy.out" || true)" "$(find "$work/jpy" -name '*.pyc' | wc -l)"
printf 'python3.13 compileall: %6.2f s  (%d files not compiled, %d .pyc written)\n' "$ct" \
  "$(grep -c '^\*\*\* Error compiling' "$work/cpython.out" || true)" "$(find "$work/cpython" -name '*.pyc' | wc -l)"
printf 'ratio jpy/cpython: %.2f\n' "$(echo "$jt / $ct" | bc -l)"
