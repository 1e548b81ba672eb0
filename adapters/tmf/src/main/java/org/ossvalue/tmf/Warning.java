package org.ossvalue.tmf;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Something the reader read but wants a person to know: a duplicate it dropped, a reference it
 * could not resolve, an event type it ignores, a tax-included amount it had to use, a file it does
 * not read. Warnings never change the counts of accepted and rejected records.
 *
 * <p>Same shape as {@link Rejection}: file, position ({@code index} or {@code line}), id, field,
 * reason.
 */
@Value.Immutable
public abstract class Warning {

  Warning() {}

  /** The file name, such as {@code product.json}. */
  public abstract String file();

  /** The 0-based position in a JSON array file. */
  public abstract OptionalLong index();

  /** The 1-based line in an NDJSON file. */
  public abstract OptionalLong line();

  /** The record's id, when it has one. */
  public abstract Optional<String> id();

  /** The field path inside the record; absent for the whole record or file. */
  public abstract Optional<String> field();

  /** What happened and what the reader did about it. */
  public abstract String reason();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}. */
  public static final class Builder extends ImmutableWarning.Builder {}

  /** {@code product.json[1] id=g265-tf86 productPrice[0].priceType: …}. */
  @Override
  public String toString() {
    return Positions.describe(file(), index(), line(), id(), field(), reason());
  }
}
