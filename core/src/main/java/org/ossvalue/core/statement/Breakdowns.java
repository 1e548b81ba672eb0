package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;

/**
 * The statement broken down by segment, offering and account (by OSS function: {@code
 * attribution[]}). JSON {@code breakdowns {bySegment[], byOffering[], byAccount[]}}.
 */
@Value.Immutable
public abstract class Breakdowns {

  Breakdowns() {}

  /** One row per segment, by key (the row without a key last). */
  public abstract List<BreakdownRow> bySegment();

  /** One row per offering. */
  public abstract List<BreakdownRow> byOffering();

  /** One row per account. */
  public abstract List<BreakdownRow> byAccount();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Breakdowns}. */
  public static final class Builder extends ImmutableBreakdowns.Builder {}
}
