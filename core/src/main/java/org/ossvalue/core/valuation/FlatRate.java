package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;

/** monthly × d × seconds ÷ seconds of a fixed-length month. */
final class FlatRate implements RevenueAtRiskStrategy {
  static final Duration DEFAULT_MONTH = Duration.ofDays(30);

  private final Duration month;
  private final BigDecimal monthSeconds;

  FlatRate(Duration month) {
    if (month.isNegative() || month.isZero()) {
      throw new IllegalArgumentException("monthLength must be > 0, was " + month);
    }
    this.month = month;
    this.monthSeconds =
        TimeWindow.of(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plus(month)).seconds();
  }

  /** The month's length in seconds. */
  BigDecimal monthSeconds() {
    return monthSeconds;
  }

  @Override
  public Money valueOf(Money monthly, TimeWindow window, BigDecimal degradation, ZoneId zone) {
    if (window.isEmpty() || degradation.signum() == 0) {
      return Money.zero(monthly.currency());
    }
    return monthly.times(degradation.multiply(window.seconds())).dividedBy(monthSeconds);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlatRate other && other.month.equals(month);
  }

  @Override
  public int hashCode() {
    return month.hashCode();
  }

  @Override
  public String toString() {
    return month.equals(DEFAULT_MONTH)
        ? "RevenueAtRiskStrategy.flatRate()"
        : "RevenueAtRiskStrategy.flatRate(" + month + ")";
  }
}
