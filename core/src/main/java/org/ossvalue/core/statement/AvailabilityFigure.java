package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.internal.Decimals;

/**
 * Availability of what was sold, in percent: revenue-weighted in one currency (share of sold
 * revenue-minutes MRR × active minutes delivered) or connection-weighted (share of active
 * connection-minutes delivered), for unplanned impacts and including planned work, with the sums it
 * is the ratio of.
 */
@Value.Immutable
public abstract class AvailabilityFigure {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  AvailabilityFigure() {}

  /** The ISO 4217 code for revenue-weighted availability; absent for connection-weighted. */
  public abstract Optional<String> currency();

  /** Sold: Σ MRR × active minutes (revenue-weighted) or Σ active minutes (connection-weighted). */
  public abstract BigDecimal sold();

  /** Taken by unplanned impacts: Σ weight × d × minutes. */
  public abstract BigDecimal lostUnplanned();

  /** Taken by planned work. */
  public abstract BigDecimal lostPlanned();

  /** The figure of these sums. */
  public static AvailabilityFigure of(
      Optional<String> currency,
      BigDecimal sold,
      BigDecimal lostUnplanned,
      BigDecimal lostPlanned) {
    return ImmutableAvailabilityFigure.builder()
        .currency(currency)
        .sold(Decimals.normalize(sold))
        .lostUnplanned(Decimals.normalize(lostUnplanned))
        .lostPlanned(Decimals.normalize(lostPlanned))
        .build();
  }

  /** 100 × (1 − lost unplanned ÷ sold); 100 when nothing was sold. Exact to 18 places. */
  @Value.Derived
  public BigDecimal unplanned() {
    return percent(sold(), lostUnplanned());
  }

  /** 100 × (1 − (lost unplanned + lost planned) ÷ sold). */
  @Value.Derived
  public BigDecimal includingPlanned() {
    return percent(sold(), lostUnplanned().add(lostPlanned()));
  }

  private static BigDecimal percent(BigDecimal sold, BigDecimal lost) {
    if (sold.signum() == 0) {
      return HUNDRED;
    }
    BigDecimal ratio =
        BigDecimal.ONE.subtract(lost.divide(sold, Money.DIVISION_SCALE, RoundingMode.HALF_EVEN));
    return Decimals.normalize(ratio.multiply(HUNDRED));
  }

  /** A percentage rounded half-even to two decimals, for display: {@code 95.09}. */
  public static BigDecimal display(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** {@code EUR 95.09 % (95.09 % with planned)}. */
  @Override
  public String toString() {
    return currency().map(c -> c + " ").orElse("connections ")
        + display(unplanned()).toPlainString()
        + " % ("
        + display(includingPlanned()).toPlainString()
        + " % with planned)";
  }
}
