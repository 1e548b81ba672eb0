package org.ossvalue.core.statement;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One connection's SLA assessment for one billing period: its measured availability and the credit
 * it is owed (zero when its target was met). JSON {@code slaCredits.byConnection[] {connection,
 * availability, money}}.
 */
@Value.Immutable
public abstract class CreditRow implements Explainable {

  CreditRow() {}

  /** The connection. */
  public abstract String connection();

  /** The agreement. */
  public abstract String agreement();

  /** The billing period (a calendar month). */
  public abstract TimeWindow billingPeriod();

  /** Availability in percent, exact (display: four decimals, half-even, as in 99.4848). */
  public abstract BigDecimal availability();

  /** Minutes of downtime counted. */
  public abstract BigDecimal downtimeMinutes();

  /** Minutes of service time measured. */
  public abstract BigDecimal measuredMinutes();

  /** The credit owed, exact. */
  public abstract Money money();

  /** Whether the period was breached. */
  public abstract boolean breached();

  /** Whether the billing period ends after the as-of instant (later impacts may still count). */
  public abstract boolean provisional();

  /** How the credit was derived (the SLA engine's explanation). */
  @Value.Auxiliary
  public abstract Explanation explanation();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditRow}. */
  public static final class Builder extends ImmutableCreditRow.Builder {}

  @Override
  public Explanation explain() {
    return explanation();
  }

  @Override
  public String toString() {
    return connection()
        + " "
        + agreement()
        + " "
        + availability().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
        + " % -> "
        + money().rounded();
  }
}
