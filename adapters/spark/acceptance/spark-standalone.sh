#!/usr/bin/env bash
# Acceptance: the example job on a real Spark standalone cluster on this machine — a Master and two
# Workers, each its own JVM, the executors launched by the Workers as further JVMs — over a generated
# TMF export, compared figure by figure with what the CLI's `ossvalue statement` writes. Unlike
# spark-submit-local.sh (local[2]: one JVM), tasks, closures, broadcasts, shuffles and the job jar
# cross process boundaries here, as on a cluster.
#
#   adapters/spark/acceptance/spark-standalone.sh [CONNECTIONS] [PARTITIONS] [CUT]
#
# Needs the build (`mvn -B -ntp -DskipTests install`: the CLI jar and the job jar), Maven (offline is
# enough) for the Spark jars of the module's `provided` scope, curl, and python3. No Spark
# distribution is needed (a SPARK_HOME in the environment is not used): the script makes one in WORK
# — spark-home/jars/ holds symlinks to the Maven-resolved Spark 4.2 jars — because a standalone
# Worker builds each executor's command with Spark's WorkerCommandBuilder, whose class path is
# $SPARK_HOME/conf/, $SPARK_HOME/jars/* and SPARK_DIST_CLASSPATH, and which fails if
# $SPARK_HOME/jars is not a directory or SPARK_SCALA_VERSION is unset (no build tree to guess it
# from). Master, Workers and driver run on the same jars/* class path. Executors get the job jar
# from the driver (spark.jars) and their Java 17 --add-opens flags from Spark itself: SparkContext
# prepends JavaModuleOptions.defaultModuleOptions() to spark.executor.extraJavaOptions, which the
# Worker puts on the executor's command line. The driver (SparkSubmit in client mode, run here with
# java directly) and the daemons get the flags from this script.
#
# Everything binds to 127.0.0.1 on free ports. Each Worker offers 1 core and WORKER_MEMORY (default
# 3g); the application takes 2 executors of 1 core and EXECUTOR_MEMORY (default 2g) and waits for
# both before scheduling. After the job the script checks, from the Master's and Workers' JSON, the
# executors' own logs in the Workers' work directories and the processes seen while the job ran,
# that the statement was computed by 2 executors in 2 processes other than the driver's and the
# Workers', each running tasks; then it stops the cluster and compares the statements. The Master,
# the Workers and their executors are stopped on any exit (trap). WORK (default: a new temporary
# directory) receives the export, both statements, the logs (logs/) and the Workers' work
# directories (worker-1/, worker-2/, with the executors' stdout and stderr).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
source "$here/common.sh" "$@"
worker_memory="${WORKER_MEMORY:-3g}"
executor_memory="${EXECUTOR_MEMORY:-2g}"
daemon_memory=512m
startup_timeout=90

mkdir -p "$work/logs"
work="$(cd "$work" && pwd)"
logs="$work/logs"
echo "work directory: $work"
echo "load at start: $(uptime)"

step_start=0
begin() { step_start=$(date +%s%N); }
took() {
  local ms=$(( ($(date +%s%N) - step_start) / 1000000 ))
  printf '%-58s %4d.%d s\n' "$1:" $(( ms / 1000 )) $(( ms % 1000 / 100 ))
}

# --- the cluster's processes, stopped on any exit ---------------------------------------------
daemon_pids=()   # Master, Workers: started here
worker_pids=()
submit_pid=""
watch_pid=""
stopped=""

children_of() {   # the executors a Worker launched (its direct child processes)
  local pid
  for pid in "$@"; do pgrep -P "$pid" 2>/dev/null || true; done
}

alive() {
  local pid left=()
  for pid in "$@"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
  echo "${left[@]:-}"
}

stop_cluster() {
  [[ -n "$stopped" ]] && return 0
  stopped=yes
  local t0 executors left t
  t0=$(date +%s%N)
  [[ -n "$watch_pid" ]] && kill "$watch_pid" 2>/dev/null || true
  if [[ -n "$submit_pid" ]] && kill -0 "$submit_pid" 2>/dev/null; then
    kill "$submit_pid" 2>/dev/null || true
  fi
  executors="$(children_of "${worker_pids[@]:-}")"
  # Workers first (their shutdown hook kills their executors), then the Master
  for pid in "${worker_pids[@]:-}" ; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  for t in $(seq 1 30); do
    [[ -z "$(alive ${worker_pids[@]:-} $executors)" ]] && break
    sleep 0.5
  done
  for pid in "${daemon_pids[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  for t in $(seq 1 30); do
    [[ -z "$(alive ${daemon_pids[@]:-} $executors ${submit_pid:-})" ]] && break
    sleep 0.5
  done
  left="$(alive ${daemon_pids[@]:-} $executors ${submit_pid:-})"
  if [[ -n "$left" ]]; then
    echo "still running after SIGTERM, killing: $left" >&2
    kill -9 $left 2>/dev/null || true
    sleep 1
  fi
  left="$(alive ${daemon_pids[@]:-} $executors ${submit_pid:-})"
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  if [[ -n "$left" ]]; then
    echo "could not stop processes: $left" >&2
    return 1
  fi
  if (( ${#daemon_pids[@]} > 0 )); then
    printf '%-58s %4d.%d s\n' "stop Master, Workers, executors (pids ${daemon_pids[*]}${executors:+ $(echo $executors)}):" \
      $(( ms / 1000 )) $(( ms % 1000 / 100 ))
  fi
}
trap 'status=$?; stop_cluster || status=1; exit $status' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {   # message, log files whose tail to show
  local message="$1"; shift
  local log
  for log in "$@"; do
    [[ -f "$log" ]] || continue
    echo "---- tail of $log" >&2
    tail -40 "$log" >&2
  done
  echo "$message" >&2
  exit 1
}

# --- export and the CLI's statement ------------------------------------------------------------
begin
java -jar "$cli" generate --connections "$connections" --seed 42 --month "$month" \
  --layout ndjson --out "$work/export" > "$logs/generate.log"
took "generate ($connections connections, NDJSON)"

begin
java -jar "$cli" statement --tmf "$work/export" --month "$month" --as-of "$as_of" \
  --format json > "$work/cli.json"
took "CLI statement"

# --- a SPARK_HOME from the Maven jars ------------------------------------------------------------
begin
(cd "$root" && mvn -B -ntp -q -o -pl adapters/spark dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark.classpath") > "$logs/maven.log" 2>&1 \
  || (cd "$root" && mvn -B -ntp -q -pl adapters/spark dependency:build-classpath \
  -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark.classpath") >> "$logs/maven.log" 2>&1 \
  || fail "could not resolve the Spark class path" "$logs/maven.log"
spark_home="$work/spark-home"
rm -rf "$spark_home"
mkdir -p "$spark_home/jars" "$spark_home/conf"
tr ':' '\n' < "$work/spark.classpath" | while read -r jar; do
  [[ -n "$jar" ]] && ln -s "$jar" "$spark_home/jars/"
done
jars=$(ls "$spark_home/jars" | wc -l)
ls "$spark_home/jars" | grep -q '^spark-core_2\.13-' || fail "no spark-core_2.13 among the resolved jars"
export SPARK_HOME="$spark_home"
export SPARK_SCALA_VERSION=2.13
export SPARK_CONF_DIR="$spark_home/conf"
export SPARK_LOCAL_IP=127.0.0.1
unset SPARK_DIST_CLASSPATH SPARK_CLASSPATH SPARK_JAVA_OPTS HADOOP_CONF_DIR YARN_CONF_DIR
classpath="$spark_home/jars/*"
took "SPARK_HOME with $jars jars (spark-home/jars -> ~/.m2)"

jvm_flags=("${SPARK_OPENS[@]}" -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)

read -r master_port master_ui worker1_port worker1_ui worker2_port worker2_ui < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(6)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()')
master="spark://127.0.0.1:$master_port"
master_json="http://127.0.0.1:$master_ui/json/"

json_field() {   # URL, python expression on `j`
  curl -sf --max-time 5 "$1" 2>/dev/null | python3 -c "import json,sys; j=json.load(sys.stdin); print($2)" 2>/dev/null
}

# --- Master -----------------------------------------------------------------------------------
begin
java -Xmx$daemon_memory "${jvm_flags[@]}" -cp "$classpath" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" > "$logs/master.log" 2>&1 &
master_pid=$!
daemon_pids+=("$master_pid")
for t in $(seq 1 $startup_timeout); do
  [[ "$(json_field "$master_json" 'j["status"]')" == ALIVE ]] && break
  kill -0 "$master_pid" 2>/dev/null || fail "the Master exited" "$logs/master.log"
  (( t == startup_timeout )) && fail "the Master is not up after $startup_timeout s" "$logs/master.log"
  sleep 1
done
took "Master up at $master (pid $master_pid, UI $master_ui)"

# --- two Workers ------------------------------------------------------------------------------
begin
for n in 1 2; do
  port_var="worker${n}_port"; ui_var="worker${n}_ui"
  mkdir -p "$work/worker-$n/local"
  SPARK_LOCAL_DIRS="$work/worker-$n/local" \
    java -Xmx$daemon_memory "${jvm_flags[@]}" -cp "$classpath" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port "${!port_var}" --webui-port "${!ui_var}" --cores 1 \
    --memory "$worker_memory" --work-dir "$work/worker-$n" "$master" > "$logs/worker-$n.log" 2>&1 &
  daemon_pids+=("$!")
  worker_pids+=("$!")
done
for t in $(seq 1 $startup_timeout); do
  [[ "$(json_field "$master_json" 'j["aliveworkers"]')" == 2 ]] && break
  for n in 1 2; do
    kill -0 "${worker_pids[$((n - 1))]}" 2>/dev/null \
      || fail "Worker $n exited" "$logs/worker-$n.log" "$logs/master.log"
  done
  (( t == startup_timeout )) \
    && fail "2 Workers not registered after $startup_timeout s" "$logs/worker-1.log" "$logs/worker-2.log" "$logs/master.log"
  sleep 1
done
took "2 Workers registered, 1 core and $worker_memory each (pids ${worker_pids[*]})"

# --- the job ----------------------------------------------------------------------------------
echo "load before spark-submit: $(uptime)"
mkdir -p "$work/driver-local"
begin
SPARK_LOCAL_DIRS="$work/driver-local" \
  java "${jvm_flags[@]}" -Xmx6g -cp "$classpath" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --deploy-mode client --driver-memory 6g \
  --executor-memory "$executor_memory" --executor-cores 1 --total-executor-cores 2 \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.scheduler.minRegisteredResourcesRatio=1.0 \
  --conf spark.scheduler.maxRegisteredResourcesWaitingTime=300s \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions="$partitions" \
  --class org.ossvalue.spark.StatementJob "$job" \
  --tmf-lake "file://$work/export" --month "$month" --as-of "$as_of" \
  --partitions "$partitions" --cut "$cut" --check-single-machine --out "$work/spark" \
  > "$work/spark-submit.out" 2> "$work/spark-submit.err" &
submit_pid=$!
# the processes the Workers launch while the job runs: pid, parent (a Worker), command
driver_pid=$submit_pid
(
  while kill -0 "$submit_pid" 2>/dev/null; do
    ps -o pid=,ppid=,args= --ppid "$(IFS=,; echo "${worker_pids[*]}")" 2>/dev/null | cut -c1-2000 || true
    sleep 1
  done
) > "$logs/executor-processes.raw" &
watch_pid=$!
status=0
wait "$submit_pid" || status=$?
submit_pid=""
wait "$watch_pid" 2>/dev/null || true
watch_pid=""
sort -u -k1,1n "$logs/executor-processes.raw" > "$logs/executor-processes.txt"
if (( status != 0 )); then
  for d in "$work"/worker-*/app-*/*/; do
    [[ -f "$d/stderr" ]] && { echo "---- tail of ${d}stderr" >&2; grep -E 'ERROR|Exception|Caused by' "$d/stderr" | tail -20 >&2 || true; }
  done
  cat "$work/spark-submit.out" >&2
  fail "spark-submit failed with status $status" "$work/spark-submit.err"
fi
took "spark-submit ($master, 2 executors, $partitions partitions, cut by $cut)"
echo "load after spark-submit: $(uptime)"
cat "$work/spark-submit.out"

# --- evidence: 2 executors in 2 other processes ---------------------------------------------------
begin
for n in 1 2; do
  ui_var="worker${n}_ui"
  curl -sf --max-time 10 "http://127.0.0.1:${!ui_var}/json/" > "$logs/worker-$n.json" \
    || fail "no JSON from Worker $n" "$logs/worker-$n.log"
done
curl -sf --max-time 10 "$master_json" > "$logs/master.json" || fail "no JSON from the Master" "$logs/master.log"
python3 - "$work" "$(basename "$job")" "$driver_pid" "$master_pid" "${worker_pids[@]}" <<'EOF' || fail "the application did not run on 2 executors in separate processes" "$work/spark-submit.err"
import glob, json, os, re, sys

work, job_jar, driver_pid, master_pid = sys.argv[1:5]
worker_pids = sys.argv[5:7]
problems = []

master = json.load(open(f"{work}/logs/master.json"))
apps = master["completedapps"] + master["activeapps"]
print(f"Master {master['url']}: {master['aliveworkers']} alive workers, "
      f"{master['cores']} cores; applications:")
for a in apps:
    print(f"  {a['id']} '{a['name']}' {a['state']}, {a['cores']} cores, "
          f"{a['memoryperexecutor']} MB per executor, {a['duration'] / 1000:.1f} s")
if len(apps) != 1:
    problems.append(f"{len(apps)} applications on the Master, expected 1")
app_id = apps[0]["id"] if apps else None

observed = {}   # pid -> (ppid, command) of the Workers' children seen while the job ran
for line in open(f"{work}/logs/executor-processes.txt"):
    parts = line.split(None, 2)
    if len(parts) == 3:
        observed[parts[0]] = (parts[1], parts[2])

executors = []
for n, worker_pid in enumerate(worker_pids, 1):
    w = json.load(open(f"{work}/logs/worker-{n}.json"))
    done = w["finishedexecutors"] + w["executors"]
    print(f"Worker {n} {w['id']} (pid {worker_pid}): {w['cores']} core, {w['memory']} MB; "
          "executors " + ", ".join(f"{e['appid']}/{e['id']}" for e in done))
    for stderr in sorted(glob.glob(f"{work}/worker-{n}/{app_id}/*/stderr")):
        text = open(stderr, errors="replace").read()
        command = re.search(r"Spark Executor Command: (.*)", text)
        command = command.group(1).replace('"', '') if command else ""
        pid = re.search(r"Started daemon with process name: (\d+)@", text)
        pid = pid.group(1) if pid else None
        tasks = len(re.findall(r"Running task \S+ in stage", text))
        executors.append({
            "worker": n, "worker_pid": worker_pid, "dir": os.path.dirname(stderr),
            "id": re.search(r"--executor-id (\S+)", command).group(1) if "--executor-id" in command else "?",
            "pid": pid, "tasks": tasks,
            "opens": command.count("--add-opens"),
            "xmx": (re.search(r"-Xmx\S+", command) or [""])[0],
            "driver": (re.search(r"--driver-url \S+", command) or [""])[0],
            "jar": bool(re.search(r"Fetching spark://\S+/jars/" + re.escape(job_jar), text)),
            # until the driver's shutdown: the Worker then ends the executor with SIGTERM (logged
            # as an ERROR, often cut short)
            "errors": len(re.findall(r"\bERROR\b", text.split("Driver commanded a shutdown")[0])),
        })

err = open(f"{work}/spark-submit.err", errors="replace").read()
for e in executors:
    seen = observed.get(e["pid"])
    print(f"executor {e['id']} on Worker {e['worker']}: pid {e['pid']}"
          f" (seen as child of pid {seen[0] if seen else '?'}: {'CoarseGrainedExecutorBackend' in seen[1] if seen else False}),"
          f" {e['tasks']} tasks run, job jar fetched from the driver: {e['jar']},"
          f" {e['opens']} --add-opens and {e['xmx']} on its command line, {e['errors']} ERROR lines before shutdown;"
          f" log {e['dir']}/stderr")
lost = re.findall(r"Lost task [^\n]*", err)
for l in lost[:10]:
    print(f"  driver: {l}")
print(f"processes: executors {[e['pid'] for e in executors]}, driver {driver_pid}, "
      f"workers {worker_pids}, master {master_pid}")

if len(executors) != 2:
    problems.append(f"{len(executors)} executor logs, expected 2")
if len({e["worker"] for e in executors}) != 2:
    problems.append("the executors are not on 2 different Workers")
pids = [e["pid"] for e in executors]
if None in pids or len(set(pids)) != len(pids):
    problems.append(f"executor processes not distinct: {pids}")
for e in executors:
    if e["pid"] in worker_pids or e["pid"] in (master_pid, driver_pid):
        problems.append(f"executor {e['id']} runs in a daemon's process")
    if e["pid"] not in observed or observed[e["pid"]][0] != e["worker_pid"]:
        problems.append(f"executor {e['id']} (pid {e['pid']}) not seen as a child process of its Worker")
    if e["tasks"] == 0:
        problems.append(f"executor {e['id']} ran no task")
    if not e["jar"]:
        problems.append(f"executor {e['id']} did not fetch the job jar")
if lost:
    print(f"note: the driver lost {len(lost)} task(s) (retried); see spark-submit.err")
for p in problems:
    print("PROBLEM: " + p)
sys.exit(1 if problems else 0)
EOF
grep -E 'Granted executor ID|Executor added|Registered executor' "$work/spark-submit.err" \
  | sed -E 's/^.*(Granted|Executor added|Registered executor)/  driver: \1/' || true
took "evidence checked"

stop_cluster
python3 "$here/compare-statements.py" "$work/cli.json" "$work/spark/statement.json"
echo "load at end: $(uptime)"
