# Sourced (not run) by spark-submit-local.sh and spark-standalone.sh, after they set `here` to their
# directory: their arguments [CONNECTIONS] [PARTITIONS] [CUT] with defaults, the project's paths,
# WORK, the reporting month, the build check, and SPARK_OPENS — the --add-opens flags Spark's own
# launcher adds on Java 17, for the JVMs these scripts start with java directly.
connections="${1:-20000}"
partitions="${2:-4}"
cut="${3:-account}"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$(mktemp -d)}"
month=2025-03
as_of=2025-04-01T00:00:00Z

cli="$root/examples/cli/target/ossvalue.jar"
job="$(ls "$root"/adapters/spark/target/ossvalue-spark-*-job.jar 2>/dev/null | head -1 || true)"
if [[ ! -f "$cli" || -z "$job" ]]; then
  echo "build first: (cd $root && mvn -B -ntp -DskipTests install)" >&2
  exit 2
fi

SPARK_OPENS=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
  java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
  sun.security.action sun.util.calendar; do
  SPARK_OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
