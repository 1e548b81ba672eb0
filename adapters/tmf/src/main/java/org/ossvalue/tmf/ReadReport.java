package org.ossvalue.tmf;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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
