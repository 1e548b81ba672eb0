package org.ossvalue.tmf;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.ossvalue.core.statement.DataQuality;

/** Everything a read reports: one {@link FileReport} per file, every rejection, every warning. */
@Value.Immutable
public abstract class ReadReport {

  ReadReport() {}

  /** One report per file read, in the order read. */
  public abstract List<FileReport> files();

  /** Every rejected record, by file then position. */
  public abstract List<Rejection> rejections();

  /** Every warning, by file then position. */
  public abstract List<Warning> warnings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadReport}. */
  public static final class Builder extends ImmutableReadReport.Builder {}

  /** Whether any record was rejected. */
  public boolean hasRejections() {
    return !rejections().isEmpty();
  }

  /** The report of a file, by name. */
  public Optional<FileReport> file(String name) {
    return files().stream().filter(f -> f.file().equals(name)).findFirst();
  }

  /** The rejections of one file. */
  public List<Rejection> rejections(String file) {
    return rejections().stream().filter(r -> r.file().equals(file)).toList();
  }

  /**
   * These facts as the core's plain {@link DataQuality}, for a value statement ({@code
   * StatementInputs.builder().dataQuality(report.toDataQuality())}): files with their counts, every
   * rejection and every warning, in the same order and words.
   */
  public DataQuality toDataQuality() {
    DataQuality.Builder b = DataQuality.builder();
    for (FileReport f : files()) {
      b.addFiles(
          DataQuality.FileCount.builder()
              .file(f.file())
              .kind(f.kind().label())
              .read(f.read())
              .accepted(f.accepted())
              .rejected(f.rejected())
              .duplicates(f.duplicates())
              .warnings(f.warnings())
              .build());
    }
    for (Rejection r : rejections()) {
      b.addRejected(issue(r.file(), r.index(), r.line(), r.id(), r.field(), r.reason()));
    }
    for (Warning w : warnings()) {
      b.addWarnings(issue(w.file(), w.index(), w.line(), w.id(), w.field(), w.reason()));
    }
    return b.build();
  }

  private static DataQuality.Issue issue(
      String file,
      OptionalLong index,
      OptionalLong line,
      Optional<String> id,
      Optional<String> field,
      String reason) {
    return DataQuality.Issue.builder()
        .file(file)
        .index(index)
        .line(line)
        .id(id)
        .field(field)
        .reason(reason)
        .build();
  }

  /** The warnings of one file. */
  public List<Warning> warnings(String file) {
    return warnings().stream().filter(w -> w.file().equals(file)).toList();
  }

  @Override
  public String toString() {
    return "ReadReport{"
        + files().size()
        + " files, "
        + rejections().size()
        + " rejections, "
        + warnings().size()
        + " warnings}";
  }
}
