#!/usr/bin/env bash
# Parse benchmark: jpy's parser against CPython 3.13's compile(..., PyCF_ONLY_AST) over the 3.13 Lib,
# both run in this one session. Usage: bash bench/parse.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
build_classpath toolchain
exec "$JAVA" -Xmx4g -Xss64m -cp "toolchain/target/test-classes:toolchain/target/classes:$(cat toolchain/target/bench.cp)" dev.jpy.toolchain.bench.ParseBench "${1:-10}"
