package org.ossvalue.tmf;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A record the reader refused, and why: the file, the record's position (array {@code index} or
 * NDJSON {@code line}), its id when it has one, the field path and the reason with the offending
 * value. A rejected record is not in the dataset; it is counted as rejected in its file's report.
 *
 * <p>Reads as {@code product.json[3] id=P-9 productPrice[0].price.dutyFreeAmount.value: must be >=
 * 0, was -45.00}.
 */
@Value.Immutable
public abstract class Rejection {

  Rejection() {}

  /** The file name, such as {@code product.json}. */
  public abstract String file();

  /** The 0-based position in a JSON array file. */
  public abstract OptionalLong index();

  /** The 1-based line in an NDJSON file. */
  public abstract OptionalLong line();

  /** The record's id, when it has one. */
  public abstract Optional<String> id();

  /**
   * The field path inside the record, such as {@code productPrice[0].price.dutyFreeAmount.value};
   * absent for problems with the whole record or file.
   */
  public abstract Optional<String> field();

  /** Why, with the offending value (cut to a readable length). */
  public abstract String reason();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rejection}. */
  public static final class Builder extends ImmutableRejection.Builder {}

  /** {@code product.json[3] id=P-9 productPrice[0].price.dutyFreeAmount.value: must be >= 0…}. */
  @Override
  public String toString() {
    return Positions.describe(file(), index(), line(), id(), field(), reason());
  }
}
