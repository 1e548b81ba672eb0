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
import org.ossvalue.core.statement.StatementInputs;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;
import org.ossvalue.spark.internal.StatementSums;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;

/**
 * The example job: the value statement of a base on Spark, written to a directory as the CLI's JSON
 * ({@code statement.json}) and the statement's tables in Parquet ({@code totals}, {@code
 * ledgerEntries}, {@code exclusions}, {@code impacts}, {@code connections}).
 *
 * <pre>
 * spark-submit --class org.ossvalue.spark.StatementJob ossvalue-spark-VERSION-job.jar \
 *   (--tmf-lake EXPORT_URI | --tmf EXPORT_DIR | --parquet BASE_DIR) --month 2025-03 [--zone UTC] \
 *   [--as-of INSTANT] [--partitions N] [--cut account|network] [--no-driver-ledgers] \
 *   [--check-single-machine] --out OUT_DIR
 * </pre>
 *
 * <p>{@code --tmf-lake} reads a TMF export without events in parallel on the executors from any
 * file system Spark reads ({@link TmfLake}); {@code --tmf} reads an export (events included) on the
 * driver ({@link TmfTables}); {@code --parquet} reads a base in the documented schemas.
 *
 * <p>{@code --check-single-machine} (with a local export) also reads the export and computes the
 * statement in the driver JVM alone with ossvalue-tmf and the core, as the CLI does, and fails
 * (exit status 1) unless the read's report and every figure are equal: the acceptance check. See
 * the module README for local and cluster runs.
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
      "usage: StatementJob (--tmf-lake URI | --tmf DIR | --parquet DIR) --month YYYY-MM"
          + " [--zone ZONE]"
          + " [--as-of INSTANT] [--partitions N] [--cut account|network] [--no-driver-ledgers]"
          + " [--check-single-machine]"
          + " --out DIR";

  /** Runs the job in a session; the exit status. */
  static int run(SparkSession spark, Arguments a) {
    ReportingPeriod period = a.period();
    Instant asOf = a.asOf != null ? a.asOf : period.to();
    TmfTables tmf = null;
    TmfLake lake = null;
    StatementTables tables;
    DataQuality quality = DataQuality.empty();
    if (a.tmf != null) {
      tmf = TmfTables.read(spark, java.nio.file.Path.of(a.tmf));
      tables = tmf.tables();
      quality = tmf.dataQuality();
    } else if (a.tmfLake != null) {
      lake = TmfLake.read(spark, a.tmfLake);
      tables = lake.tables();
      quality = lake.dataQuality();
    } else {
      tables = StatementTables.readParquet(spark, Objects.requireNonNull(a.parquet));
    }
    SparkStatement.Builder job =
        SparkStatement.builder()
            .period(period)
            .asOf(asOf)
            .ledgersOnDriver(a.driverLedgers)
            .cut(a.cut)
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
        List<String> differences = new ArrayList<>();
        StatementInputs inputs;
        if (tmf != null) {
          inputs = tmf.statementInputs(period, asOf);
        } else {
          TmfDataset read =
              TmfReader.lenient().readDirectory(localPath(Objects.requireNonNull(a.tmfLake)));
          if (!read.report().equals(Objects.requireNonNull(lake).report())) {
            differences.add("read report: " + read.report() + " single machine, " + lake.report());
          }
          inputs = read.statementInputs(period, asOf);
        }
        ValueStatement single = ValueStatement.assess(inputs);
        differences.addAll(differences(single, result));
        if (!differences.isEmpty()) {
          differences.forEach(d -> System.out.println("DIFFERS " + d));
          return 1;
        }
        System.out.println(
            (lake != null
                    ? "single-machine check: the read report and all "
                    : "single-machine check: all ")
                + StatementSums.of(single).size()
                + " figures, every ledger total and every headline explanation equal, to the"
                + " last decimal");
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
    if (!single.explanations().equals(result.statement().explanations())) {
      differences.add(
          "headline explanations: "
              + single.explanations().size()
              + " single machine, "
              + result.statement().explanations().size()
              + " Spark, first differing: "
              + firstDifference(single.explanations(), result.statement().explanations()));
    }
    return differences;
  }

  private static String firstDifference(List<?> a, List<?> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return a.get(i) + "\n/\n" + b.get(i);
      }
    }
    return a.size() > b.size() ? String.valueOf(a.get(b.size())) : String.valueOf(b.get(a.size()));
  }

  /** A local export directory from a path or a {@code file:} URI. */
  private static java.nio.file.Path localPath(String export) {
    if (export.startsWith("file:")) {
      return java.nio.file.Path.of(java.net.URI.create(export));
    }
    if (export.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "--check-single-machine reads the export on this machine: give a local path, was "
              + export);
    }
    return java.nio.file.Path.of(export);
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
    @Nullable String tmfLake;
    @Nullable String parquet;
    @Nullable String month;
    String zone = "UTC";
    @Nullable Instant asOf;
    int partitions;
    UnitCut cut = UnitCut.BY_ACCOUNT;
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
              case "--tmf-lake" -> a.tmfLake = v;
              case "--parquet" -> a.parquet = v;
              case "--month" -> a.month = v;
              case "--zone" -> a.zone = v;
              case "--as-of" -> a.asOf = Instant.parse(v);
              case "--partitions" -> a.partitions = Integer.parseInt(v);
              case "--cut" ->
                  a.cut =
                      switch (v) {
                        case "account" -> UnitCut.BY_ACCOUNT;
                        case "network" -> UnitCut.BY_NETWORK;
                        default ->
                            throw new IllegalArgumentException(
                                "--cut is account or network, was " + v);
                      };
              case "--out" -> a.out = v;
              default -> throw new IllegalArgumentException("unknown option " + name);
            }
          }
        }
      }
      int inputs =
          (a.tmf != null ? 1 : 0) + (a.tmfLake != null ? 1 : 0) + (a.parquet != null ? 1 : 0);
      if (inputs != 1) {
        throw new IllegalArgumentException("give exactly one of --tmf-lake, --tmf and --parquet");
      }
      if (a.month == null || a.out == null) {
        throw new IllegalArgumentException("--month and --out are required");
      }
      if (a.checkSingleMachine && a.parquet != null) {
        throw new IllegalArgumentException("--check-single-machine needs --tmf or --tmf-lake");
      }
      return a;
    }

    ReportingPeriod period() {
      return ReportingPeriod.month(YearMonth.parse(Objects.requireNonNull(month)), ZoneId.of(zone));
    }
  }
}
