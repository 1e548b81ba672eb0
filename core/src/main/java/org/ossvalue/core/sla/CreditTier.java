package org.ossvalue.core.sla;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;

/**
 * One step of a tiered credit table: when availability in the measurement period falls below a
 * threshold (a percentage), the customer is owed a percentage of the monthly recurring revenue.
 * TMF623 writes it as a rule {@code referenceValue 99.95, operator .ge, consequence
 * serviceCredit:10%MRR}.
 */
@Value.Immutable
public abstract class CreditTier implements Comparable<CreditTier> {

  CreditTier() {}

  /** The availability, in percent, below which the tier applies (such as 99.95). */
  @Value.Parameter
  public abstract BigDecimal belowPercent();

  /** The credit owed, in percent of MRR (such as 10). */
  @Value.Parameter
  public abstract BigDecimal creditPercentOfMrr();

  /** A tier: below {@code belowPercent} availability, {@code creditPercentOfMrr} of MRR is owed. */
  public static CreditTier of(BigDecimal belowPercent, BigDecimal creditPercentOfMrr) {
    return ImmutableCreditTier.of(belowPercent, creditPercentOfMrr);
  }

  /** A tier from decimal text: {@code CreditTier.of("99.95", "10")}. */
  public static CreditTier of(String belowPercent, String creditPercentOfMrr) {
    return of(new BigDecimal(belowPercent), new BigDecimal(creditPercentOfMrr));
  }

  /** Orders by threshold, highest (least severe) first. */
  @Override
  public int compareTo(CreditTier that) {
    return that.belowPercent().compareTo(belowPercent());
  }

  @SuppressWarnings("BigDecimalEquals") // scale matters: detects whether normalising changed it
  @Value.Check
  CreditTier normalize() {
    if (belowPercent().signum() <= 0 || belowPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("belowPercent must be in (0, 100], was " + belowPercent());
    }
    if (creditPercentOfMrr().signum() < 0) {
      throw new IllegalArgumentException(
          "creditPercentOfMrr must be >= 0, was " + creditPercentOfMrr());
    }
    BigDecimal below = Decimals.normalize(belowPercent());
    BigDecimal credit = Decimals.normalize(creditPercentOfMrr());
    return below.equals(belowPercent()) && credit.equals(creditPercentOfMrr())
        ? this
        : ImmutableCreditTier.of(below, credit);
  }

  @Override
  public String toString() {
    return "<"
        + belowPercent().toPlainString()
        + "% -> "
        + creditPercentOfMrr().toPlainString()
        + "% MRR";
  }
}
