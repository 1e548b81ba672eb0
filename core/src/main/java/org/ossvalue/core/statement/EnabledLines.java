package org.ossvalue.core.statement;

import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Revenue enabled in the period: revenue earned by connections activated in the period, plus
 * revenue pulled forward into the period on connections activated before it (pulled-forward revenue
 * of connections activated in the period is already in their earned revenue, so it is shown, not
 * added). JSON {@code enabled}; {@code headline.enabled} is {@link #total()}.
 */
@Value.Immutable
public abstract class EnabledLines {

  EnabledLines() {}

  /** Revenue connected by connections whose activation lies in the period, per currency. */
  public abstract List<Money> activated();

  /** Revenue pulled forward inside the period (ledger, after the guard), per currency. */
  public abstract List<Money> pulledForward();

  /**
   * The part of {@link #pulledForward()} on connections activated in the period: not added twice.
   */
  public abstract List<Money> includedInActivated();

  /** activated + pulledForward − includedInActivated, per currency. */
  public abstract List<Money> total();

  /** The contracted MRR of connections activated in the period: a monthly run rate. */
  public abstract List<Money> activatedMrr();

  /** Enabled revenue per connection (non-zero), by connection id. */
  public abstract List<ConnectionAmount> byConnection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EnabledLines}. */
  public static final class Builder extends ImmutableEnabledLines.Builder {}
}
