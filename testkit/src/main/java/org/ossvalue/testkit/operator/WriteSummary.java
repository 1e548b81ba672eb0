package org.ossvalue.testkit.operator;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What writing an export produced: one entry per file with its records and bytes. */
@Value.Immutable
@Value.Enclosing
public abstract class WriteSummary {

  WriteSummary() {}

  /** The files, in the order written. */
  public abstract List<FileSummary> files();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteSummary}. */
  public static final class Builder extends ImmutableWriteSummary.Builder {}

  /** The summary of one file, by name. */
  public Optional<FileSummary> file(String name) {
    return files().stream().filter(f -> f.file().equals(name)).findFirst();
  }

  /** Records written in all files. */
  public long records() {
    return files().stream().mapToLong(FileSummary::records).sum();
  }

  /** Bytes written in all files. */
  public long bytes() {
    return files().stream().mapToLong(FileSummary::bytes).sum();
  }

  @Override
  public String toString() {
    return "WriteSummary{"
        + files().size()
        + " files, "
        + records()
        + " records, "
        + bytes()
        + " bytes}";
  }

  /** One written file. */
  @Value.Immutable
  public abstract static class FileSummary {

    FileSummary() {}

    /** The file name, such as {@code product.json}. */
    @Value.Parameter
    public abstract String file();

    /** Records (array elements or lines) written. */
    @Value.Parameter
    public abstract long records();

    /** Bytes written. */
    @Value.Parameter
    public abstract long bytes();

    /** A file summary. */
    public static FileSummary of(String file, long records, long bytes) {
      return ImmutableWriteSummary.FileSummary.of(file, records, bytes);
    }

    @Override
    public String toString() {
      return file() + ": " + records() + " records, " + bytes() + " bytes";
    }
  }
}
