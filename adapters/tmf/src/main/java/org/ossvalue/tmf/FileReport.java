package org.ossvalue.tmf;

import org.immutables.value.Value;

/**
 * What reading one file gave: records read, accepted, rejected and dropped as duplicates, and the
 * number of warnings. Counts always reconcile: {@code read = accepted + rejected + duplicates}.
 *
 * <p>A record is one element of a JSON array file or one non-blank line of an NDJSON file. A
 * duplicate is a later record with an id (for events: an {@code eventId}) already read from a file
 * of the same kind; the first one is kept and every later copy is counted here, not as rejected,
 * and named in a {@link Warning}.
 */
@Value.Immutable
public abstract class FileReport {

  FileReport() {}

  /** The file name, such as {@code product.json}. */
  public abstract String file();

  /** What the file holds. */
  public abstract TmfKind kind();

  /** Records read. */
  public abstract long read();

  /** Records accepted into the dataset. */
  public abstract long accepted();

  /** Records rejected (each has a {@link Rejection}). */
  public abstract long rejected();

  /** Later copies of an id already read, dropped (each named in a {@link Warning}). */
  public abstract long duplicates();

  /** Warnings about this file. */
  public abstract long warnings();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FileReport}. */
  public static final class Builder extends ImmutableFileReport.Builder {}

  @Value.Check
  void check() {
    if (read() != accepted() + rejected() + duplicates()) {
      throw new IllegalArgumentException(
          "read must equal accepted + rejected + duplicates, was "
              + read()
              + " != "
              + accepted()
              + " + "
              + rejected()
              + " + "
              + duplicates()
              + " ("
              + file()
              + ")");
    }
  }

  /** {@code product.json (product): read 12, accepted 12, rejected 0, duplicates 0, warnings 0}. */
  @Override
  public String toString() {
    return file()
        + " ("
        + kind()
        + "): read "
        + read()
        + ", accepted "
        + accepted()
        + ", rejected "
        + rejected()
        + ", duplicates "
        + duplicates()
        + ", warnings "
        + warnings();
  }
}
