package org.ossvalue.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.tmf.TmfReader;

/**
 * The TMF read benchmark (a main, not a test): a generated NDJSON export read on the driver ({@link
 * TmfTables}, the baseline) and in parallel by the executors ({@link TmfLake}) on local[N], then
 * stated from each; every lake read's report is checked against {@link TmfReader#readDirectory}.
 * docs/performance.md has the command and the figures.
 *
 * <p>Arguments: connections (default 20000), measured runs (default 2), local cores (default 2).
 */
public final class LakeReadBenchmark {

  private LakeReadBenchmark() {}

  /** Runs the benchmark and prints one line per measurement. */
  public static void main(String[] args) throws Exception {
    int connections = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int cores = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    System.out.println("load before: " + Files.readString(Path.of("/proc/loadavg")).trim());
    Path export = Files.createTempDirectory("ossvalue-tmf-read");
    SyntheticOperator op = SyntheticOperator.of(42, connections);
    op.writeTmf(export, WriteOptions.of(TmfVersion.V5, TmfLayout.NDJSON));
    long bytes;
    try (Stream<Path> s = Files.list(export)) {
      bytes = s.mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(Locale.ROOT, "export: %,d connections, %,d bytes%n", connections, bytes);
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("ossvalue-tmf-read")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", Integer.toString(cores * 2))
            .getOrCreate();
    var expected = TmfReader.lenient().readDirectory(export).report();
    for (int run = 0; run <= runs; run++) {
      String label = run == 0 ? "warm-up" : "run " + run;
      long t0 = System.nanoTime();
      TmfTables driver = TmfTables.read(spark, export);
      long t1 = System.nanoTime();
      state(driver.tables(), op, cores);
      long t2 = System.nanoTime();
      TmfLake lake = TmfLake.read(spark, export.toUri().toString());
      long t3 = System.nanoTime();
      state(lake.tables(), op, cores);
      long t4 = System.nanoTime();
      if (!lake.report().equals(expected)) {
        throw new AssertionError("the lake's report differs from readDirectory's");
      }
      lake.unpersist();
      System.out.printf(
          Locale.ROOT,
          "%-8s local[%d]  driver read %,7d ms, statement %,7d ms  |  lake read %,7d ms,"
              + " statement %,7d ms  (lake read / driver read %.2f)%n",
          label,
          cores,
          ms(t1 - t0),
          ms(t2 - t1),
          ms(t3 - t2),
          ms(t4 - t3),
          (double) (t3 - t2) / (t1 - t0));
    }
    spark.stop();
    try (Stream<Path> s = Files.walk(export)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    System.out.println("load after: " + Files.readString(Path.of("/proc/loadavg")).trim());
  }

  private static void state(StatementTables tables, SyntheticOperator op, int cores) {
    try (SparkStatementResult r =
        SparkStatement.builder()
            .period(op.period())
            .asOf(op.asOf())
            .partitions(cores * 2)
            .build()
            .assess(tables)) {
      r.statement();
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
