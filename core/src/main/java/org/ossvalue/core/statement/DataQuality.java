package org.ossvalue.core.statement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Facts about the data a statement was computed from, as the reader that loaded it reports them:
 * records read per file, every record rejected and every warning, each naming its file, position,
 * id and field. Core reads no files, so the caller supplies these facts as plain data (the TMF
 * adapter's {@code ReadReport.toDataQuality()} does it); the statement carries them unchanged.
 */
@Value.Immutable
@Value.Enclosing
public abstract class DataQuality {

  DataQuality() {}

  /** One entry per file read, in reading order. */
  public abstract List<FileCount> files();

  /** Every record rejected, by file then position. */
  public abstract List<Issue> rejected();

  /** Every warning, by file then position. */
  public abstract List<Issue> warnings();

  /** No facts: nothing was reported (data built in code). */
  public static DataQuality empty() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DataQuality}. */
  public static final class Builder extends ImmutableDataQuality.Builder {}

  /** Records read over all files. */
  public long read() {
    return files().stream().mapToLong(FileCount::read).sum();
  }

  /** Records accepted over all files. */
  public long accepted() {
    return files().stream().mapToLong(FileCount::accepted).sum();
  }

  @Override
  public String toString() {
    return "DataQuality{"
        + files().size()
        + " files, read "
        + read()
        + ", accepted "
        + accepted()
        + ", "
        + rejected().size()
        + " rejected, "
        + warnings().size()
        + " warnings}";
  }

  /**
   * What reading one file gave; the counts reconcile: {@code read = accepted + rejected +
   * duplicates}.
   */
  @Value.Immutable
  public abstract static class FileCount {

    FileCount() {}

    /** The file name, such as {@code product.json}. */
    public abstract String file();

    /** What the file holds, such as {@code product}. */
    public abstract String kind();

    /** Records read. */
    public abstract long read();

    /** Records accepted. */
    public abstract long accepted();

    /** Records rejected. */
    public abstract long rejected();

    /** Later copies of an id already read, dropped. */
    public abstract long duplicates();

    /** Warnings about this file. */
    public abstract long warnings();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FileCount}. */
    public static final class Builder extends ImmutableDataQuality.FileCount.Builder {}

    @Value.Check
    void check() {
      if (read() < 0 || accepted() < 0 || rejected() < 0 || duplicates() < 0 || warnings() < 0) {
        throw new IllegalArgumentException(
            "counts must be >= 0, was " + this + " (" + file() + ")");
      }
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

  /** One rejected record or one warning: where it is, and why. */
  @Value.Immutable
  public abstract static class Issue {

    Issue() {}

    /** The file name. */
    public abstract String file();

    /** The 0-based position in a JSON array file. */
    public abstract OptionalLong index();

    /** The 1-based line in an NDJSON file. */
    public abstract OptionalLong line();

    /** The record's id, when it has one. */
    public abstract Optional<String> id();

    /** The field path inside the record; absent for the whole record or file. */
    public abstract Optional<String> field();

    /** What is wrong, or what the reader did. */
    public abstract String reason();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Issue}. */
    public static final class Builder extends ImmutableDataQuality.Issue.Builder {}

    /**
     * {@code product.json[3] id=P-9 productPrice[0].price: must be >= 0, was -45.00}, as the TMF
     * adapter writes it.
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(file());
      index().ifPresent(i -> s.append('[').append(i).append(']'));
      line().ifPresent(l -> s.append(':').append(l));
      id().ifPresent(i -> s.append(" id=").append(i));
      s.append(' ');
      field().ifPresent(f -> s.append(f).append(": "));
      return s.append(reason()).toString();
    }
  }
}
