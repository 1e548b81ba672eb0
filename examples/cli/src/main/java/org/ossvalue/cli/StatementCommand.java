package org.ossvalue.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.statement.StatementConfig;
import org.ossvalue.core.statement.ValueStatement;
import org.ossvalue.report.StatementRenderer;
import org.ossvalue.testkit.SampleOperator;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfDataset;
import org.ossvalue.tmf.TmfReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code ossvalue statement [--tmf DIR] [--month YYYY-MM | --from INSTANT --to INSTANT] [--zone
 * ZONE] [--as-of INSTANT] [--format text|json|csv|html] [--out FILE] [--lenient] [--config FILE]}:
 * the value statement of a TMF export, or of the bundled sample operator without {@code --tmf}. The
 * export is read through {@link TmfDataset#statementInputs}, stated by {@link
 * ValueStatement#assess} and written by an ossvalue-report {@link StatementRenderer}.
 *
 * <p>Strict by default: a rejected record ends the run with exit code 3 after every rejection is
 * listed on standard error; {@code --lenient} states the accepted records and the statement's data
 * quality lists the rejections. docs/cli.md documents the options, defaults and exit codes.
 */
@Command(
    name = "statement",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints the OSS value statement of a TMF export (or, without --tmf, of the bundled sample"
          + " operator): revenue connected, enabled, protected, at risk, lost, leaking and SLA"
          + " credits, per currency, with breakdowns, data quality and the parameters used.",
      "Exit code 0: stated; 3: records were rejected (strict); 2: usage error; 1: failure."
    })
final class StatementCommand implements Callable<Integer> {

  /** The default zone, printed {@code UTC}. */
  static final ZoneId UTC = ZoneId.of("UTC");

  /** Output formats (ossvalue-report renderers). */
  enum Format {
    text,
    json,
    csv,
    html
  }

  @Option(
      names = "--tmf",
      paramLabel = "DIR",
      description =
          "The export directory. Default: the bundled sample operator (4,000 connections, March"
              + " 2025).")
  @Nullable Path tmf;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description = "The calendar month stated, in --zone.")
  @Nullable YearMonth month;

  @Option(
      names = "--from",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "Start of the period stated (with --to), such as 2025-03-01T00:00Z.")
  @Nullable Instant from;

  @Option(
      names = "--to",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description = "End of the period stated, exclusive (with --from).")
  @Nullable Instant to;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "The zone whose calendar months count, such as Europe/Berlin. Default: UTC.")
  @Nullable ZoneId zone;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "When the records were true: open alarms and orders run to it. Default: now (the"
              + " sample: its export instant, 2025-04-01T00:00Z).")
  @Nullable Instant asOf;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), json, csv (one row per ledger entry) or html.")
  Format format = Format.text;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the statement to this file (UTF-8) instead of standard output.")
  @Nullable Path out;

  @Option(
      names = "--lenient",
      description =
          "State the accepted records when some are rejected; the data quality lists the"
              + " rejections.")
  boolean lenient;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Strategy parameters, a .properties or .json file (docs/cli.md).")
  @Nullable Path config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Clock clock;
  private final boolean terminal;

  /** On the command line: the system clock, progress when standard error is a terminal. */
  StatementCommand() {
    this(Clock.systemUTC(), Progress.terminal());
  }

  /** With a clock for "now" and whether progress may be shown (tests). */
  StatementCommand(Clock clock, boolean terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    StatementConfig parameters = parameters();
    ZoneId z = zone == null ? UTC : zone;
    try (Progress progress = Progress.start(err, "ossvalue statement", terminal)) {
      TmfDataset data;
      if (tmf == null) {
        progress.stage("generating the sample operator");
        var streams = SampleOperator.streams();
        progress.stage("reading the sample operator");
        data = TmfReader.lenient().readStreams(streams);
      } else {
        progress.stage("reading " + tmf);
        data = TmfReader.lenient().readDirectory(tmf);
      }
      ReadReport report = data.report();
      if (report.hasRejections() && !lenient) {
        progress.stop();
        err.println(
            "ossvalue statement: "
                + count(report.rejections().size(), "record")
                + " rejected, nothing stated (--lenient states the accepted records):");
        for (Rejection r : report.rejections()) {
          err.println("  " + r);
        }
        err.flush();
        return Main.REJECTED;
      }
      ReportingPeriod period = period(z);
      Instant at = asOf(period);
      progress.stage("stating " + period);
      ValueStatement statement =
          ValueStatement.assess(data.statementInputs(period, at), parameters);
      progress.stage("writing the " + format + " statement");
      StatementRenderer renderer = StatementRenderer.forFormat(format.name());
      if (out == null) {
        renderer.render(statement, stdout);
        stdout.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          renderer.render(statement, w);
        }
      }
      progress.stop();
      if (report.hasRejections()) {
        err.println(
            "ossvalue statement: "
                + count(report.rejections().size(), "record")
                + " rejected; stated the accepted records (the data quality lists the"
                + " rejections)");
      }
      if (out != null) {
        err.println("ossvalue statement: wrote " + out + " (" + renderer.mediaType() + ")");
      }
      noneActive(data, statement).ifPresent(err::println);
      err.flush();
      return Main.OK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkOptions() {
    if (month != null && (from != null || to != null)) {
      throw usage("--month and --from/--to are mutually exclusive");
    }
    if ((from == null) != (to == null)) {
      throw usage("--from and --to go together, was only " + (from == null ? "--to" : "--from"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw usage("--from must be before --to, was " + from + " and " + to);
    }
    if (tmf != null && !Files.isDirectory(tmf)) {
      throw usage(
          "--tmf must be a directory, was "
              + tmf
              + (Files.exists(tmf) ? " (a file)" : " (does not exist)"));
    }
    if (out != null) {
      if (Files.isDirectory(out)) {
        throw usage("--out must be a file, was " + out + " (a directory)");
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw usage("--out must be in an existing directory, was " + out);
      }
    }
  }

  private StatementConfig parameters() {
    if (config == null) {
      return StatementConfig.defaults();
    }
    try {
      return ConfigFile.read(config);
    } catch (ConfigFile.ConfigException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * A warning when the export has connections but none was active in the period stated — most often
   * the default period (the last full month before now) on an older export: the statement is then
   * all zeros, which looks like a result.
   */
  static Optional<String> noneActive(TmfDataset data, ValueStatement statement) {
    if (data.connections().isEmpty()
        || statement.connections().stream().anyMatch(l -> l.active().isPresent())) {
      return Optional.empty();
    }
    Optional<Instant> first =
        data.connections().stream()
            .map(Connection::activation)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    return Optional.of(
        "ossvalue statement: none of the "
            + count(data.connections().size(), "connection")
            + " was active in "
            + statement.period()
            + first.map(i -> " (the first activation is " + i + ")").orElse("")
            + "; --month or --from/--to state another period");
  }

  /**
   * The period stated: --month, or --from/--to; else the sample's own month for the sample without
   * --as-of; else the last full calendar month before the as-of instant, in the zone.
   */
  ReportingPeriod period(ZoneId z) {
    if (month != null) {
      return ReportingPeriod.month(month, z);
    }
    if (from != null && to != null) {
      return ReportingPeriod.of(from, to, z);
    }
    if (tmf == null && asOf == null) {
      return ReportingPeriod.month(SampleOperator.MONTH, z);
    }
    Instant at = asOf == null ? clock.instant() : asOf;
    return ReportingPeriod.month(YearMonth.from(at.atZone(z)).minusMonths(1), z);
  }

  /** --as-of; else the sample's export instant (or the period's end, if later); else now. */
  Instant asOf(ReportingPeriod period) {
    if (asOf != null) {
      return asOf;
    }
    if (tmf == null) {
      Instant sample = SampleOperator.asOf();
      return period.to().isAfter(sample) ? period.to() : sample;
    }
    return clock.instant();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static String count(int n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  /** {@code YYYY-MM}. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be YYYY-MM such as 2025-03, was " + value);
      }
    }
  }

  /** An instant with its offset: {@code 2025-04-01T00:00Z}, {@code 2025-04-01T02:00:00+02:00}. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value.trim()).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "must be a date-time with an offset such as 2025-04-01T00:00Z or"
                + " 2025-04-01T02:00+02:00, was "
                + value);
      }
    }
  }

  /** A zone id: {@code UTC}, {@code Europe/Berlin}, {@code +02:00}. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.trim());
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "must be a zone id such as UTC, Europe/Berlin or +02:00, was " + value);
      }
    }
  }
}
