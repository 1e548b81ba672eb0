package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.ossvalue.core.Money;

/** Every outage of at least the minimum duration earns the amount. */
final class IncidentCredit implements CreditRule {

  private final CreditAmount perIncident;
  private final Duration minimum;
  private final BigDecimal minimumMinutes;

  IncidentCredit(CreditAmount perIncident, Duration minimum) {
    if (minimum.isNegative()) {
      throw new IllegalArgumentException("minimumDuration must be >= 0, was " + minimum);
    }
    this.perIncident = perIncident;
    this.minimum = minimum;
    this.minimumMinutes =
        BigDecimal.valueOf(minimum.getSeconds())
            .add(BigDecimal.valueOf(minimum.getNano(), 9))
            .divide(BigDecimal.valueOf(60), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
  }

  @Override
  public Optional<CreditLine> apply(Availability availability, Money mrr) {
    long incidents =
        availability.outages().stream()
            .filter(o -> o.countedMinutes().signum() > 0)
            .filter(o -> o.countedMinutes().compareTo(minimumMinutes) >= 0)
            .count();
    if (incidents == 0) {
      return Optional.empty();
    }
    Money each = perIncident.resolve(mrr);
    Money amount = each.times(incidents);
    return Optional.of(
        CreditLine.builder()
            .rule(toString())
            .clause(incidents + " outage(s) of at least " + minimum + ": " + perIncident + " each")
            .formula(incidents + " x " + each + " = " + amount.rounded())
            .amount(amount)
            .build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IncidentCredit that
        && that.perIncident.equals(perIncident)
        && that.minimum.equals(minimum);
  }

  @Override
  public int hashCode() {
    return perIncident.hashCode() * 31 + minimum.hashCode();
  }

  @Override
  public String toString() {
    return "CreditRule.perIncident(" + perIncident + " per outage of at least " + minimum + ")";
  }
}
