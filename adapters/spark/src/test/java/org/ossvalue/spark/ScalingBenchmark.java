package org.ossvalue.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.ossvalue.core.statement.ValueStatement;

/**
 * The scaling benchmark (a main, not a test): the statement of a generated operator on local[1] and
 * local[2], against the single-machine statement in the same JVM, with the load average before and
 * after. docs/performance.md has the command and the figures; docs/scale.md extrapolates them.
 *
 * <p>Arguments: connections (default 20000), measured runs per master (default 2), partitions per
 * core (default 2), the local masters' core counts (default {@code 1,2}).
 */
public final class ScalingBenchmark {

  private ScalingBenchmark() {}

  /** Runs the benchmark and prints one line per measurement. */
  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int perCore = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int[] masters =
        java.util.Arrays.stream((args.length > 3 ? args[3] : "1,2").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    System.out.println("load before: " + load());
    GeneratedOperator operator = GeneratedOperator.of(42, connections);
    long t0 = System.nanoTime();
    ValueStatement single = operator.singleMachine();
    long singleMs = (System.nanoTime() - t0) / 1_000_000;
    java.util.Map<String, String> expected = Digest.of(single);
    single = null; // only its figures are kept: the Spark runs get the heap
    print("single machine (1 thread)", connections, singleMs, 1, 1);
    for (int cores : masters) {
      SparkSession spark =
          SparkSession.builder()
              .master("local[" + cores + "]")
              .appName("ossvalue-spark-scaling")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", Integer.toString(cores * perCore))
              .getOrCreate();
      if (Boolean.getBoolean("ossvalue.spark.stages")) {
        spark
            .sparkContext()
            .addSparkListener(
                new org.apache.spark.scheduler.SparkListener() {
                  @Override
                  public void onStageCompleted(
                      org.apache.spark.scheduler.SparkListenerStageCompleted e) {
                    org.apache.spark.scheduler.StageInfo i = e.stageInfo();
                    long ms = (long) i.completionTime().get() - (long) i.submissionTime().get();
                    System.out.printf(
                        "  stage %d %s: %d tasks, %d ms, executor run %d ms%n",
                        i.stageId(), i.name(), i.numTasks(), ms, i.taskMetrics().executorRunTime());
                  }
                });
      }
      StatementTables tables = operator.tables(spark);
      int partitions = cores * perCore;
      for (int run = 0; run <= runs; run++) {
        long start = System.nanoTime();
        try (SparkStatementResult result = operator.job(partitions).assess(tables)) {
          long ms = (System.nanoTime() - start) / 1_000_000;
          if (!Digest.diff(expected, Digest.of(result.statement())).isEmpty()) {
            throw new AssertionError("the Spark statement differs from the single-machine one");
          }
          print(
              (run == 0 ? "warm-up " : "run " + run + " ") + "local[" + cores + "]",
              connections,
              ms,
              cores,
              partitions);
        }
      }
      spark.stop();
    }
    System.out.println("load after: " + load());
  }

  private static void print(String what, int connections, long ms, int cores, int partitions) {
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-28s %,d connections  %,8d ms  %,8.0f connections/s  %,8.0f per core-second"
                + "  (%d partitions)",
            what,
            connections,
            ms,
            connections * 1000.0 / ms,
            connections * 1000.0 / ms / cores,
            partitions));
  }

  private static String load() throws Exception {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? Files.readString(p).trim() : "n/a";
  }
}
