package org.ossvalue.core.valuation.fulfilment;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * Parameters of fulfilment valuation: the baseline lead time per offering, the reason codes that
 * mean "no capacity", how a span of time is valued, and which comparison feeds the ledgers.
 */
@Value.Immutable
public abstract class FulfilmentConfig {

  /** Reason codes read as lack of capacity (compared case-insensitively). */
  public static final Set<String> DEFAULT_CAPACITY_REASONS =
      Set.of("noCapacity", "insufficientCapacity", "lackOfCapacity", "capacity");

  /** Calendar-accurate: MRR × minutes ÷ minutes of the calendar month they fall in. */
  public static final RevenueAtRiskStrategy DEFAULT_TIME_VALUE =
      RevenueAtRiskStrategy.calendarAccurate();

  /** The requested date feeds the ledgers. */
  public static final FulfilmentBasis DEFAULT_LEDGER_BASIS = FulfilmentBasis.REQUESTED_DATE;

  FulfilmentConfig() {}

  /** The baseline lead time (order placed to completion) per offering id. */
  public abstract Map<String, Duration> baselineLeadTimes();

  /** The baseline lead time of offerings not in the map; absent means no baseline. */
  public abstract Optional<Duration> defaultBaselineLeadTime();

  /** Reason codes that mean an item is held or failed for lack of capacity. */
  @Value.Default
  public Set<String> capacityReasons() {
    return DEFAULT_CAPACITY_REASONS;
  }

  /** How MRR over a span of time is valued. */
  @Value.Default
  public RevenueAtRiskStrategy timeValue() {
    return DEFAULT_TIME_VALUE;
  }

  /** Which comparison feeds the pulled-forward and delayed ledgers. */
  @Value.Default
  public FulfilmentBasis ledgerBasis() {
    return DEFAULT_LEDGER_BASIS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No baselines, the default capacity reasons, calendar-accurate, requested date to ledgers. */
  public static FulfilmentConfig defaults() {
    return builder().build();
  }

  /** Builds a {@link FulfilmentConfig}. */
  public static final class Builder extends ImmutableFulfilmentConfig.Builder {}

  /** The baseline lead time of an offering, if any. */
  public Optional<Duration> baselineFor(Optional<String> offering) {
    return offering.map(o -> baselineLeadTimes().get(o)).or(this::defaultBaselineLeadTime);
  }

  /** Whether a reason code means lack of capacity. */
  public boolean isCapacityReason(String reason) {
    String key = reason.trim().toLowerCase(Locale.ROOT);
    return capacityReasons().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(key));
  }

  @Value.Check
  void check() {
    baselineLeadTimes()
        .forEach(
            (offering, d) -> {
              if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(
                    "baselineLeadTimes must be > 0, was " + d + " for " + offering);
              }
            });
    if (defaultBaselineLeadTime().isPresent()
        && (defaultBaselineLeadTime().get().isNegative()
            || defaultBaselineLeadTime().get().isZero())) {
      throw new IllegalArgumentException(
          "defaultBaselineLeadTime must be > 0, was " + defaultBaselineLeadTime().get());
    }
  }

  @Override
  public String toString() {
    return "FulfilmentConfig{"
        + (baselineLeadTimes().isEmpty() ? "" : "baselines " + baselineLeadTimes() + ", ")
        + defaultBaselineLeadTime().map(d -> "default baseline " + d + ", ").orElse("")
        + "capacity reasons "
        + new java.util.TreeSet<>(capacityReasons())
        + ", "
        + timeValue()
        + ", ledgers from "
        + ledgerBasis()
        + "}";
  }
}
