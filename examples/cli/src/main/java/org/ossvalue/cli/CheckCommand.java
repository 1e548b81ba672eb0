package org.ossvalue.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ossvalue.report.internal.Json;
import org.ossvalue.tmf.FileReport;
import org.ossvalue.tmf.ReadReport;
import org.ossvalue.tmf.Rejection;
import org.ossvalue.tmf.TmfReader;
import org.ossvalue.tmf.Warning;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ossvalue check --tmf DIR [--format text|json]}: reads a TMF export leniently and reports,
 * per file, records read, accepted, rejected and duplicates, then every rejection and warning. The
 * JSON shape is a stable contract (docs/cli.md).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a TMF export directory and reports, per file, records read, accepted, rejected and"
          + " duplicates, then every rejected record and every warning.",
      "Exit code 0: nothing rejected; 3: records were rejected; 2: usage error."
    })
final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--tmf",
      required = true,
      paramLabel = "DIR",
      description = "The export directory (product.json, alarm.ndjson, events.ndjson, …).")
  Path tmf;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json.")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(tmf)) {
      err.println(
          "ossvalue check: --tmf must be a directory, was "
              + tmf
              + (Files.exists(tmf) ? " (a file)" : " (does not exist)"));
      err.flush();
      return Main.USAGE;
    }
    ReadReport report = TmfReader.lenient().readDirectory(tmf).report();
    if (format == Format.json) {
      writeJson(report, out);
    } else {
      writeText(report, out);
    }
    out.flush();
    return report.hasRejections() ? Main.REJECTED : Main.OK;
  }

  static void writeText(ReadReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-36s %-28s %9s %9s %9s %10s %9s%n",
        "file",
        "kind",
        "read",
        "accepted",
        "rejected",
        "duplicates",
        "warnings");
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    long duplicates = 0;
    for (FileReport f : report.files()) {
      out.printf(
          Locale.ROOT,
          "%-36s %-28s %9d %9d %9d %10d %9d%n",
          f.file(),
          f.kind().label(),
          f.read(),
          f.accepted(),
          f.rejected(),
          f.duplicates(),
          f.warnings());
      read += f.read();
      accepted += f.accepted();
      rejected += f.rejected();
      duplicates += f.duplicates();
    }
    out.printf(
        Locale.ROOT,
        "%-36s %-28s %9d %9d %9d %10d %9d%n",
        "total",
        "",
        read,
        accepted,
        rejected,
        duplicates,
        report.warnings().size());
    out.println();
    out.println("Rejected (" + report.rejections().size() + "):");
    for (Rejection r : report.rejections()) {
      out.println("  " + r);
    }
    out.println();
    out.println("Warnings (" + report.warnings().size() + "):");
    for (Warning w : report.warnings()) {
      out.println("  " + w);
    }
  }

  /**
   * The JSON contract: the same data-quality object the statement's {@code dataQuality} key holds,
   * written by the report module so the two cannot drift apart.
   */
  static void writeJson(ReadReport report, Writer out) {
    try {
      Json.writeDataQuality(report.toDataQuality(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
