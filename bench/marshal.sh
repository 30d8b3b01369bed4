#!/usr/bin/env bash
# Marshal benchmark: jpy's reader/writer against CPython 3.13's marshal over the 3.13 stdlib .pyc set,
# both run in this one session. Usage: bash bench/marshal.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
build_classpath marshal
exec "$JAVA" -Xmx4g -cp "marshal/target/test-classes:marshal/target/classes:$(cat marshal/target/bench.cp)" dev.jpy.marshal.bench.MarshalBench "${1:-10}"
