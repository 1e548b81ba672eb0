package org.ossvalue.core.statement;

import java.math.BigDecimal;
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
