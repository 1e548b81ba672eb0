package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.ossvalue.core.Money;

/** Every started hour of an outage beyond the allowance earns the amount. */
final class HourlyCredit implements CreditRule {

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private final CreditAmount perStartedHour;
  private final Duration allowance;
  private final BigDecimal allowanceMinutes;

  HourlyCredit(CreditAmount perStartedHour, Duration allowance) {
    if (allowance.isNegative()) {
      throw new IllegalArgumentException("allowancePerIncident must be >= 0, was " + allowance);
    }
    this.perStartedHour = perStartedHour;
    this.allowance = allowance;
    this.allowanceMinutes =
        BigDecimal.valueOf(allowance.getSeconds())
            .add(BigDecimal.valueOf(allowance.getNano(), 9))
            .divide(SIXTY, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
  }

  @Override
  public Optional<CreditLine> apply(Availability availability, Money mrr) {
    long hours = 0;
    int incidents = 0;
    for (Availability.Outage outage : availability.outages()) {
      BigDecimal excess = outage.countedMinutes().subtract(allowanceMinutes);
      if (excess.signum() > 0) {
        hours += excess.divide(SIXTY, 0, RoundingMode.CEILING).longValueExact();
        incidents++;
      }
    }
    if (hours == 0) {
      return Optional.empty();
    }
    Money rate = perStartedHour.resolve(mrr);
    Money amount = rate.times(hours);
    return Optional.of(
        CreditLine.builder()
            .rule(toString())
            .clause(
                incidents
                    + " outage(s) beyond the "
                    + allowance
                    + " allowance: "
                    + perStartedHour
                    + " per started hour")
            .formula(hours + " h x " + rate + " = " + amount.rounded())
            .amount(amount)
            .build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HourlyCredit that
        && that.perStartedHour.equals(perStartedHour)
        && that.allowance.equals(allowance);
  }

  @Override
  public int hashCode() {
    return perStartedHour.hashCode() * 31 + allowance.hashCode();
  }

  @Override
  public String toString() {
    return "CreditRule.perHour(" + perStartedHour + " per started hour beyond " + allowance + ")";
  }
}
