#!/usr/bin/env bash
# Marshal benchmark: jpy's reader/writer against CPython 3.13's marshal over the 3.13 stdlib .pyc set,
# both run in this one session. Usage: bash bench/marshal.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -pl marshal -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
JAVA=""
for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
  [ -x "$j" ] || continue
  v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA=$j; break; fi
done
[ -n "$JAVA" ] || { echo "no Java 21+ found" >&2; exit 1; }
exec "$JAVA" -Xmx4g -cp "marshal/target/test-classes:marshal/target/classes:$(cat marshal/target/bench.cp)" dev.jpy.marshal.bench.MarshalBench "${1:-10}"
