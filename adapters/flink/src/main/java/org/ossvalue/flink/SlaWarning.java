package org.ossvalue.flink;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.sla.CreditTier;

/**
 * Where a connection under an SLA stands this billing month, measured by the core SLA policy
 * ({@code SlaPolicy.fromTerms}) at {@link #asOf()}: its availability so far, the worst credit tier
 * already breached, the next tier and how many more minutes of downtime it can take before that
 * tier is breached; when it is down right now, the instant the next tier breaks if it stays down.
 */
@Value.Immutable
public abstract class SlaWarning {

  SlaWarning() {}

  /** The connection. */
  public abstract String connection();

  /** The connection's account. */
  public abstract String account();

  /** The agreement (SLA id). */
  public abstract String agreement();

  /** The billing period (calendar month) measured. */
  public abstract TimeWindow billingPeriod();

  /** The instant (event time) measured up to. */
  public abstract Instant asOf();

  /** Availability so far this billing period, in percent. */
  public abstract BigDecimal availabilityPercent();

  /** Downtime counted so far, in minutes. */
  public abstract BigDecimal downtimeMinutes();

  /** Minutes of service time in the billing period. */
  public abstract BigDecimal measuredMinutes();

  /** The credit owed if the period ended with this downtime. */
  public abstract Money creditSoFar();

  /** The worst tier already breached, if any. */
  public abstract Optional<CreditTier> breachedTier();

  /** The next tier that more downtime would breach, if any is left. */
  public abstract Optional<CreditTier> nextTier();

  /**
   * Minutes of further downtime this billing period before {@link #nextTier()} is breached (it is
   * breached once downtime exceeds this).
   */
  public abstract Optional<BigDecimal> minutesToNextTier();

  /** Whether the connection is down right now (counted as SLA downtime). */
  public abstract boolean down();

  /** When the next tier is breached if the connection stays down, within this billing period. */
  public abstract Optional<Instant> breachAt();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaWarning}. */
  public static final class Builder extends ImmutableSlaWarning.Builder {}

  @Override
  public String toString() {
    return connection()
        + " "
        + agreement()
        + " "
        + availabilityPercent().setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()
        + " % at "
        + asOf()
        + nextTier()
            .map(
                t ->
                    ", "
                        + minutesToNextTier().orElseThrow().stripTrailingZeros().toPlainString()
                        + " min to "
                        + t)
            .orElse(", every tier breached")
        + (down() ? ", down" : "")
        + breachAt().map(b -> ", breaches at " + b).orElse("");
  }
}
