package org.ossvalue.core.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.TimeWindow;

/**
 * The terms of one service-level agreement as data: the availability target, the credit tiers (the
 * worst breached tier applies; tiers are not cumulative), an optional cap, and whether planned work
 * is excluded from downtime. Measured per calendar month.
 *
 * <p>An SLA policy (valuation) turns these terms and a connection's impacts into credits owed.
 */
@Value.Immutable
public abstract class SlaTerms {

  SlaTerms() {}

  /** The agreement id, as connections refer to it. */
  public abstract String id();

  /** A name for people. */
  public abstract Optional<String> name();

  /** The credit tiers, ordered from the highest threshold (the target) down. */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<CreditTier> tiers();

  /** The most that can be credited in one period, in percent of MRR. */
  public abstract Optional<BigDecimal> capPercentOfMrr();

  /** Whether planned work is excluded from downtime (it is, unless the terms say otherwise). */
  @Value.Default
  public boolean plannedExcluded() {
    return true;
  }

  /** When the agreement is in force. */
  public abstract Optional<TimeWindow> validFor();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SlaTerms}. */
  public static final class Builder extends ImmutableSlaTerms.Builder {}

  /** The availability target in percent: the highest tier threshold; absent without tiers. */
  public Optional<BigDecimal> target() {
    return tiers().isEmpty() ? Optional.empty() : Optional.of(tiers().first().belowPercent());
  }

  /** The tiers in order, as a list. */
  public List<CreditTier> tierList() {
    return List.copyOf(tiers());
  }

  @Value.Check
  void check() {
    if (capPercentOfMrr().isPresent() && capPercentOfMrr().get().signum() < 0) {
      throw new IllegalArgumentException(
          "capPercentOfMrr must be >= 0, was " + capPercentOfMrr().get() + " (sla " + id() + ")");
    }
  }

  @Override
  public String toString() {
    return "SlaTerms{"
        + id()
        + name().map(n -> " \"" + n + "\"").orElse("")
        + ", tiers="
        + tiers()
        + capPercentOfMrr().map(c -> ", cap=" + c.toPlainString() + "% MRR").orElse("")
        + (plannedExcluded() ? ", planned excluded" : ", planned counted")
        + "}";
  }
}
