package org.ossvalue.tmf;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a record is in an export: its file and its 0-based array {@code index} or 1-based NDJSON
 * {@code line} (neither for the file as a whole). What {@link Rejection} and {@link Warning} name,
 * as a value for readers that assemble an export from parts ({@link TmfParts}).
 */
@Value.Immutable
public abstract class TmfPosition {

  TmfPosition() {}

  /** The file name, such as {@code product.json}. */
  public abstract String file();

  /** The 0-based position in a JSON array file. */
  public abstract OptionalLong index();

  /** The 1-based line in an NDJSON file. */
  public abstract OptionalLong line();

  /** A record of a JSON array file. */
  public static TmfPosition index(String file, long index) {
    return ImmutableTmfPosition.builder().file(file).index(index).build();
  }

  /** A record of an NDJSON file. */
  public static TmfPosition line(String file, long line) {
    return ImmutableTmfPosition.builder().file(file).line(line).build();
  }

  /** A file as a whole. */
  public static TmfPosition file(String file) {
    return ImmutableTmfPosition.builder().file(file).build();
  }

  @Value.Check
  void check() {
    if (index().isPresent() && line().isPresent()) {
      throw new IllegalArgumentException(
          "a position has an index or a line, not both, was index "
              + index().getAsLong()
              + " and line "
              + line().getAsLong());
    }
    if (index().isPresent() && index().getAsLong() < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index().getAsLong());
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line().getAsLong());
    }
  }

  /** {@code product.json[3]}, {@code alarm.ndjson:12} or {@code product.json}. */
  @Override
  public String toString() {
    return file()
        + (index().isPresent()
            ? "[" + index().getAsLong() + "]"
            : line().isPresent() ? ":" + line().getAsLong() : "");
  }
}
