#!/usr/bin/env bash
# Acceptance: the example job through Spark's own spark-submit on a local master, over a generated
# TMF export, compared figure by figure with what the CLI's `ossvalue statement` writes.
#
#   adapters/spark/acceptance/spark-submit-local.sh [CONNECTIONS] [PARTITIONS] [CUT]
#
# Needs the build (`mvn -B -ntp -DskipTests install`: the CLI jar and the job jar) and python3 for
# the comparison. With SPARK_HOME set (a Spark 4.x distribution, Scala 2.13) it uses
# $SPARK_HOME/bin/spark-submit; without, it runs the same launcher class (org.apache.spark.deploy.
# SparkSubmit) on the Spark jars Maven resolves for the module's `provided` scope, with the
# --add-opens flags Spark's launcher adds on Java 17. Either way the job runs from the job jar
# alone (ossvalue and relocated Guava; Spark, Scala and Jackson are Spark's), as on a cluster.
# WORK (default: a new temporary directory) receives the export, both statements and the logs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
source "$here/common.sh" "$@"

mkdir -p "$work"
echo "work directory: $work"
java -jar "$cli" generate --connections "$connections" --seed 42 --month "$month" \
  --layout ndjson --out "$work/export" > "$work/generate.log"

start=$(date +%s)
java -jar "$cli" statement --tmf "$work/export" --month "$month" --as-of "$as_of" \
  --format json > "$work/cli.json"
echo "CLI statement: $(( $(date +%s) - start )) s"

if [[ -n "${SPARK_HOME:-}" ]]; then
  submit=("$SPARK_HOME/bin/spark-submit")
else
  (cd "$root" && mvn -B -ntp -q -pl adapters/spark dependency:build-classpath \
    -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark.classpath")
  submit=(java "${SPARK_OPENS[@]}" -Djdk.reflect.useDirectMethodHandle=false
    -Dio.netty.tryReflectionSetAccessible=true -Xmx6g
    -cp "$(cat "$work/spark.classpath")" org.apache.spark.deploy.SparkSubmit)
fi

start=$(date +%s)
"${submit[@]}" --master 'local[2]' --driver-memory 6g \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions="$partitions" \
  --class org.ossvalue.spark.StatementJob "$job" \
  --tmf-lake "file://$work/export" --month "$month" --as-of "$as_of" \
  --partitions "$partitions" --cut "$cut" --check-single-machine --out "$work/spark" \
  > "$work/spark-submit.out" 2> "$work/spark-submit.err" || {
  status=$?
  tail -20 "$work/spark-submit.err" >&2
  cat "$work/spark-submit.out" >&2
  echo "spark-submit failed with status $status" >&2
  exit "$status"
}
echo "spark-submit (local[2], $partitions partitions, cut by $cut): $(( $(date +%s) - start )) s"
cat "$work/spark-submit.out"

python3 "$here/compare-statements.py" "$work/cli.json" "$work/spark/statement.json"
