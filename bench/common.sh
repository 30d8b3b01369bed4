# Shared by the bench/*.sh scripts: compiles a module's tests, writes its test classpath to
# MODULE/target/bench.cp, and sets JAVA to a JDK >= 21.
build_classpath() {
  mvn -q -B -Dstyle.color=never -pl "$1" -am -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >&2
}
JAVA=""
for j in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
  [ -x "$j" ] || continue
  v=$("$j" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then JAVA=$j; break; fi
done
[ -n "$JAVA" ] || { echo "no Java 21+ found" >&2; exit 1; }
