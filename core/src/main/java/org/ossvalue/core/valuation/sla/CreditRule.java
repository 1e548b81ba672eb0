package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ossvalue.core.Money;
import org.ossvalue.core.sla.CreditTier;

/**
 * A rule that grants a credit from a connection's measured availability in one billing period. A
 * policy's rules are summed, then capped.
 */
public interface CreditRule {

  /** The credit this rule grants for that availability and MRR; empty when it grants nothing. */
  Optional<CreditLine> apply(Availability availability, Money mrr);

  /** The availability target the rule implies, in percent, if any (a tier table's top step). */
  default Optional<BigDecimal> target() {
    return Optional.empty();
  }

  /**
   * Stepped tiers: when availability is below one or more thresholds, the worst breached tier (the
   * lowest threshold breached) applies alone; tiers are not cumulative.
   */
  static CreditRule tiers(Collection<CreditTier> tiers) {
    return new TieredCredit(tiers);
  }

  /** Stepped tiers: {@code CreditRule.tiers(CreditTier.of("99.95", "10"), …)}. */
  static CreditRule tiers(CreditTier... tiers) {
    return tiers(List.of(tiers));
  }

  /**
   * Per-hour credits: each outage earns the amount for every started hour beyond the allowance (the
   * fix time the terms grant per incident).
   */
  static CreditRule perHour(CreditAmount perStartedHour, Duration allowancePerIncident) {
    return new HourlyCredit(perStartedHour, allowancePerIncident);
  }

  /** Per-incident credits: each outage of at least the minimum duration earns the amount. */
  static CreditRule perIncident(CreditAmount perIncident, Duration minimumDuration) {
    return new IncidentCredit(perIncident, minimumDuration);
  }
}
