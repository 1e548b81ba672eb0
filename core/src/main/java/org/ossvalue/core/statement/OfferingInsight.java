package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;

/**
 * Product insight: for one offering and currency, the unplanned revenue at risk per incident-minute
 * (a minute during which one connection of the offering was impacted, whatever the degradation). It
 * tells product managers which offerings lose most per minute of incident. JSON {@code
 * productInsight[]}.
 */
@Value.Immutable
public abstract class OfferingInsight {

  OfferingInsight() {}

  /** The offering; absent for connections without one. */
  public abstract Optional<String> offering();

  /** The ISO 4217 code. */
  public abstract String currency();

  /** Unplanned impact windows counted. */
  public abstract long impacts();

  /** Σ minutes of those windows, exact. */
  public abstract BigDecimal incidentMinutes();

  /** Σ unplanned revenue at risk of those windows, exact. */
  public abstract Money atRisk();

  /** atRisk ÷ incidentMinutes, to twenty decimal places. */
  public abstract Money perIncidentMinute();

  /**
   * The insight of an offering in a currency from its sums: per incident-minute is atRisk ÷
   * incidentMinutes (zero when there were no minutes).
   */
  public static OfferingInsight of(
      Optional<String> offering,
      String currency,
      long impacts,
      BigDecimal incidentMinutes,
      Money atRisk) {
    return builder()
        .offering(offering)
        .currency(currency)
        .impacts(impacts)
        .incidentMinutes(incidentMinutes)
        .atRisk(atRisk)
        .perIncidentMinute(
            incidentMinutes.signum() == 0
                ? Money.zero(atRisk.currency())
                : atRisk.dividedBy(incidentMinutes))
        .build();
  }

  /**
   * The statement's order of insights: by currency, then the most lost per incident-minute first,
   * then by offering.
   */
  public static final Comparator<OfferingInsight> ORDER =
      Comparator.comparing(OfferingInsight::currency)
          .thenComparing(
              (OfferingInsight o) -> o.perIncidentMinute().amount(), Comparator.reverseOrder())
          .thenComparing(o -> o.offering().orElse(""));

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OfferingInsight}. */
  public static final class Builder extends ImmutableOfferingInsight.Builder {}

  @Override
  public String toString() {
    return offering().orElse("(no offering)")
        + " "
        + perIncidentMinute().amount().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
        + " "
        + currency()
        + "/incident-minute ("
        + atRisk().rounded()
        + " over "
        + incidentMinutes().toPlainString()
        + " min)";
  }
}
