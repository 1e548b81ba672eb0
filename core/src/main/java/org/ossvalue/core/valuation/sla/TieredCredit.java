package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ossvalue.core.Money;
import org.ossvalue.core.sla.CreditTier;

/** The worst breached tier applies alone. */
final class TieredCredit implements CreditRule {

  /** Highest threshold first. */
  private final List<CreditTier> tiers;

  TieredCredit(Collection<CreditTier> tiers) {
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("tiers must not be empty, was []");
    }
    List<CreditTier> sorted = new ArrayList<>(tiers);
    sorted.sort(null);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).belowPercent().compareTo(sorted.get(i - 1).belowPercent()) == 0) {
        throw new IllegalArgumentException(
            "tiers must have distinct thresholds, was "
                + sorted.get(i - 1)
                + " and "
                + sorted.get(i));
      }
    }
    this.tiers = List.copyOf(sorted);
  }

  @Override
  public Optional<CreditLine> apply(Availability availability, Money mrr) {
    for (int i = tiers.size() - 1; i >= 0; i--) {
      CreditTier tier = tiers.get(i);
      if (availability.isBelow(tier.belowPercent())) {
        Money amount = mrr.times(tier.creditPercentOfMrr().movePointLeft(2));
        return Optional.of(
            CreditLine.builder()
                .rule(toString())
                .clause(
                    "availability "
                        + availability.percentText()
                        + " % < "
                        + tier.belowPercent().toPlainString()
                        + " % -> "
                        + tier.creditPercentOfMrr().toPlainString()
                        + " % of MRR (worst breached tier; tiers are not cumulative)")
                .formula(
                    tier.creditPercentOfMrr().toPlainString()
                        + " % x "
                        + mrr
                        + " = "
                        + amount.rounded())
                .amount(amount)
                .build());
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<BigDecimal> target() {
    return Optional.of(tiers.get(0).belowPercent());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TieredCredit that && that.tiers.equals(tiers);
  }

  @Override
  public int hashCode() {
    return tiers.hashCode();
  }

  @Override
  public String toString() {
    return "CreditRule.tiers("
        + tiers.stream().map(CreditTier::toString).collect(Collectors.joining(", "))
        + ")";
  }
}
