package org.ossvalue.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.DataQuality;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;
import org.ossvalue.spark.internal.StatementSums;

/**
 * The example job: the value statement of a base on Spark, written to a directory as the CLI's JSON
 * ({@code statement.json}) and the statement's tables in Parquet ({@code totals}, {@code
 * ledgerEntries}, {@code exclusions}, {@code impacts}, {@code connections}).
 *
 * <pre>
 * spark-submit --class org.ossvalue.spark.StatementJob ossvalue-spark-VERSION-job.jar \
 *   (--tmf EXPORT_DIR | --parquet BASE_DIR) --month 2025-03 [--zone UTC] [--as-of INSTANT] \
 *   [--partitions N] [--no-driver-ledgers] [--check-single-machine] --out OUT_DIR
 * </pre>
 *
 * <p>{@code --check-single-machine} also computes the statement in the driver JVM alone with the
 * core and fails (exit status 1) unless every figure is equal: the acceptance check. See the module
 * README for local and cluster runs.
 */
public final class StatementJob {

  private StatementJob() {}

  /** Runs the job; exit status 0, 1 when the single-machine check differs, 2 on bad arguments. */
  public static void main(String[] args) {
    Arguments a;
    try {
      a = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ossvalue-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("ossvalue statement").getOrCreate();
    try {
      int status = run(spark, a);
      if (status != 0) {
        System.exit(status);
      }
    } finally {
      spark.stop();
    }
  }

  static final String USAGE =
      "usage: StatementJob (--tmf DIR | --parquet DIR) --month YYYY-MM [--zone ZONE]"
          + " [--as-of INSTANT] [--partitions N] [--no-driver-ledgers] [--check-single-machine]"
          + " --out DIR";

  /** Runs the job in a session; the exit status. */
  static int run(SparkSession spark, Arguments a) {
    ReportingPeriod period = a.period();
    Instant asOf = a.asOf != null ? a.asOf : period.to();
    TmfTables tmf = null;
    StatementTables tables;
    DataQuality quality = DataQuality.empty();
    if (a.tmf != null) {
      tmf = TmfTables.read(spark, java.nio.file.Path.of(a.tmf));
      tables = tmf.tables();
      quality = tmf.dataQuality();
    } else {
      tables = StatementTables.readParquet(spark, Objects.requireNonNull(a.parquet));
    }
    SparkStatement.Builder job =
        SparkStatement.builder()
            .period(period)
            .asOf(asOf)
            .ledgersOnDriver(a.driverLedgers)
            .dataQuality(quality);
    if (a.partitions > 0) {
      job.partitions(a.partitions);
    }
    long start = System.nanoTime();
    try (SparkStatementResult result = job.build().assess(tables)) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      write(spark, a.out, result);
      System.out.println(result.statement());
      System.out.println(
          "stated in "
              + millis
              + " ms over "
              + result.partitions()
              + " partitions; written to "
              + a.out);
      if (a.checkSingleMachine) {
        ValueStatement single =
            ValueStatement.assess(Objects.requireNonNull(tmf).statementInputs(period, asOf));
        List<String> differences = differences(single, result);
        if (!differences.isEmpty()) {
          differences.forEach(d -> System.out.println("DIFFERS " + d));
          return 1;
        }
        System.out.println(
            "single-machine check: all "
                + StatementSums.of(single).size()
                + " figures and every ledger total equal, to the last decimal");
      }
    }
    return 0;
  }

  /** Every figure of the single-machine statement that the Spark result states differently. */
  static List<String> differences(ValueStatement single, SparkStatementResult result) {
    List<String> differences = new ArrayList<>();
    Map<String, List<Money>> spark = result.figures();
    StatementSums.of(single)
        .forEach(
            (name, amounts) -> {
              if (!same(amounts, spark.getOrDefault(name, List.of()))) {
                differences.add(name + ": " + amounts + " single machine, " + spark.get(name));
              }
            });
    for (org.ossvalue.core.valuation.LedgerKind kind :
        org.ossvalue.core.valuation.LedgerKind.values()) {
      List<Money> s = single.ledgers().total(kind).all();
      List<Money> p = spark.getOrDefault("ledger." + kind.label(), List.of());
      if (!same(s, p)) {
        differences.add("ledger " + kind.label() + ": " + s + " single machine, " + p);
      }
    }
    if (!single.attribution().toString().equals(result.statement().attribution().toString())) {
      differences.add(
          "attribution: " + single.attribution() + " / " + result.statement().attribution());
    }
    return differences;
  }

  private static boolean same(List<Money> a, List<Money> b) {
    for (Money m : a) {
      Money o = b.stream().filter(x -> x.currency().equals(m.currency())).findFirst().orElse(null);
      if (o == null ? m.signum() != 0 : o.amount().compareTo(m.amount()) != 0) {
        return false;
      }
    }
    for (Money o : b) {
      if (o.signum() != 0 && a.stream().noneMatch(x -> x.currency().equals(o.currency()))) {
        return false;
      }
    }
    return true;
  }

  private static void write(SparkSession spark, String out, SparkStatementResult result) {
    result.totals().write().mode(SaveMode.Overwrite).parquet(out + "/totals");
    result.ledgerEntries().write().mode(SaveMode.Overwrite).parquet(out + "/ledgerEntries");
    result.exclusions().write().mode(SaveMode.Overwrite).parquet(out + "/exclusions");
    result.impacts().write().mode(SaveMode.Overwrite).parquet(out + "/impacts");
    result.connections().write().mode(SaveMode.Overwrite).parquet(out + "/connections");
    Path json = new Path(out, "statement.json");
    try {
      FileSystem fs = json.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (Writer w = new OutputStreamWriter(fs.create(json, true), StandardCharsets.UTF_8)) {
        StatementRenderer.json().render(result.statement(), w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json, e);
    }
  }

  /** The job's arguments. */
  static final class Arguments {
    @Nullable String tmf;
    @Nullable String parquet;
    @Nullable String month;
    String zone = "UTC";
    @Nullable Instant asOf;
    int partitions;
    boolean driverLedgers = true;
    boolean checkSingleMachine;
    @Nullable String out;

    static Arguments parse(String[] args) {
      Arguments a = new Arguments();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        switch (name) {
          case "--no-driver-ledgers" -> a.driverLedgers = false;
          case "--check-single-machine" -> a.checkSingleMachine = true;
          default -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            String v = args[++i];
            switch (name) {
              case "--tmf" -> a.tmf = v;
              case "--parquet" -> a.parquet = v;
              case "--month" -> a.month = v;
              case "--zone" -> a.zone = v;
              case "--as-of" -> a.asOf = Instant.parse(v);
              case "--partitions" -> a.partitions = Integer.parseInt(v);
              case "--out" -> a.out = v;
              default -> throw new IllegalArgumentException("unknown option " + name);
            }
          }
        }
      }
      if ((a.tmf == null) == (a.parquet == null)) {
        throw new IllegalArgumentException("give exactly one of --tmf and --parquet");
      }
      if (a.month == null || a.out == null) {
        throw new IllegalArgumentException("--month and --out are required");
      }
      if (a.checkSingleMachine && a.tmf == null) {
        throw new IllegalArgumentException("--check-single-machine needs --tmf");
      }
      return a;
    }

    ReportingPeriod period() {
      return ReportingPeriod.month(YearMonth.parse(Objects.requireNonNull(month)), ZoneId.of(zone));
    }
  }
}
