package org.ossvalue.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
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

  static void writeJson(ReadReport report, Writer out) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try (JsonGenerator g =
        new JsonFactory()
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setPrettyPrinter(pretty)) {
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileReport f : report.files()) {
        g.writeStartObject();
        g.writeStringField("file", f.file());
        g.writeStringField("kind", f.kind().label());
        g.writeNumberField("read", f.read());
        g.writeNumberField("accepted", f.accepted());
        g.writeNumberField("rejected", f.rejected());
        g.writeNumberField("duplicates", f.duplicates());
        g.writeNumberField("warnings", f.warnings());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rejected");
      for (Rejection r : report.rejections()) {
        problem(g, r.file(), r.index(), r.line(), r.id(), r.field(), r.reason());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("warnings");
      for (Warning w : report.warnings()) {
        problem(g, w.file(), w.index(), w.line(), w.id(), w.field(), w.reason());
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void problem(
      JsonGenerator g,
      String file,
      OptionalLong index,
      OptionalLong line,
      Optional<String> id,
      Optional<String> field,
      String reason)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("file", file);
    if (index.isPresent()) {
      g.writeNumberField("index", index.getAsLong());
    }
    if (line.isPresent()) {
      g.writeNumberField("line", line.getAsLong());
    }
    if (id.isPresent()) {
      g.writeStringField("id", id.get());
    }
    if (field.isPresent()) {
      g.writeStringField("field", field.get());
    }
    g.writeStringField("reason", reason);
    g.writeEndObject();
  }
}
