package org.ossvalue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ossvalue.testkit.SampleOperator;
import org.ossvalue.testkit.operator.EventMode;
import org.ossvalue.testkit.operator.OperatorSpec;
import org.ossvalue.testkit.operator.SyntheticOperator;
import org.ossvalue.testkit.operator.TmfLayout;
import org.ossvalue.testkit.operator.TmfVersion;
import org.ossvalue.testkit.operator.WriteOptions;
import org.ossvalue.testkit.operator.WriteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ossvalue generate --out DIR [--connections N] [--seed S] …}: writes a synthetic operator
 * (ossvalue-testkit) as a TMF export, streaming, the same for the same options; {@code --sample}
 * writes the bundled sample operator.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a seeded synthetic operator as a TMF export: products, services, resources, alarms,"
          + " tickets, problems, orders, SLAs, usage, bills (and events). Same options, same"
          + " bytes.",
      "Exit code 0: written; 2: usage error."
    })
final class GenerateCommand implements Callable<Integer> {

  /** Event modes on the command line. */
  enum Events {
    none,
    ordered,
    unordered
  }

  /** Layouts on the command line. */
  enum Layout {
    arrays,
    ndjson
  }

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write.")
  Path out;

  @Option(
      names = "--sample",
      description = "Write the bundled sample operator (4,000 connections, March 2025).")
  boolean sample;

  @Option(
      names = "--connections",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Connections, 10 to 10M (10k, 1M accepted); default 10000.")
  String connections;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Default 1.")
  long seed;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month generated; default " + "2025-03.")
  @Nullable YearMonth month;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Default UTC.")
  @Nullable ZoneId zone;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      description = "When the export is taken; default the end of the month.")
  @Nullable Instant asOf;

  @Option(
      names = "--currencies",
      split = ",",
      paramLabel = "CODES",
      description = "Region currencies, most common first; default EUR,GBP,CHF.")
  @Nullable List<String> currencies;

  @Option(names = "--alarms-per-connection", paramLabel = "RATE", description = "Default 0.1.")
  @Nullable Double alarmsPerConnection;

  @Option(names = "--leakage-rate", paramLabel = "SHARE", description = "Default 0.01.")
  @Nullable Double leakageRate;

  @Option(
      names = "--tmf-version",
      defaultValue = "4",
      paramLabel = "4|5",
      description = "TMF shapes: 4 (default) or 5.")
  int version;

  @Option(
      names = "--layout",
      defaultValue = "arrays",
      paramLabel = "LAYOUT",
      description = "arrays (default) or ndjson.")
  Layout layout;

  @Option(
      names = "--events",
      defaultValue = "none",
      paramLabel = "MODE",
      description = "none (default), ordered, or unordered (at-least-once: duplicates, shuffled).")
  Events events;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    SyntheticOperator operator;
    WriteOptions options;
    try {
      if (sample) {
        operator = SampleOperator.operator();
        options = SampleOperator.options();
      } else {
        operator = SyntheticOperator.of(spec());
        options =
            WriteOptions.builder()
                .version(versionOf(version))
                .layout(layout == Layout.arrays ? TmfLayout.ARRAYS : TmfLayout.NDJSON)
                .events(
                    switch (events) {
                      case none -> EventMode.NONE;
                      case ordered -> EventMode.ORDERED;
                      case unordered -> EventMode.AT_LEAST_ONCE_UNORDERED;
                    })
                .build();
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    long started = System.nanoTime();
    WriteSummary written = operator.writeTmf(out, options);
    double seconds = (System.nanoTime() - started) / 1e9;
    for (WriteSummary.FileSummary f : written.files()) {
      stdout.printf(
          Locale.ROOT, "%-36s %12d records %15d bytes%n", f.file(), f.records(), f.bytes());
    }
    stdout.printf(
        Locale.ROOT,
        "wrote %s: %d records, %d bytes in %.1f s to %s%n",
        operator.spec(),
        written.records(),
        written.bytes(),
        seconds,
        out);
    stdout.flush();
    return Main.OK;
  }

  private OperatorSpec spec() {
    OperatorSpec.Builder b = OperatorSpec.builder().seed(seed).connections(parseSize(connections));
    if (month != null) {
      b.month(month);
    }
    if (zone != null) {
      b.zone(zone);
    }
    if (asOf != null) {
      b.asOf(asOf);
    }
    if (currencies != null) {
      b.currencies(currencies);
    }
    if (alarmsPerConnection != null) {
      b.alarmsPerConnection(alarmsPerConnection);
    }
    if (leakageRate != null) {
      b.leakageRate(leakageRate);
    }
    return b.build();
  }

  private static TmfVersion versionOf(int v) {
    return switch (v) {
      case 4 -> TmfVersion.V4;
      case 5 -> TmfVersion.V5;
      default -> throw new IllegalArgumentException("--tmf-version must be 4 or 5, was " + v);
    };
  }

  /** {@code 10000}, {@code 10k}, {@code 1M}. */
  static int parseSize(String size) {
    String s = size.trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("--connections must be a number such as 10000 or 1M");
    }
    char last = Character.toUpperCase(s.charAt(s.length() - 1));
    int factor = last == 'K' ? 1_000 : last == 'M' ? 1_000_000 : 1;
    String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
    try {
      return Math.multiplyExact(Integer.parseInt(digits), factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "--connections must be a number such as 10000, 10k or 1M, was " + size, e);
    }
  }
}
