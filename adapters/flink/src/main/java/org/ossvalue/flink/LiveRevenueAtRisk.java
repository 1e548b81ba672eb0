package org.ossvalue.flink;

import java.time.Instant;
import org.immutables.value.Value;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;

/**
 * Revenue at risk per minute right now, for one cause, one account or in total, in one currency and
 * one class (unplanned or planned): the sum over the connections degraded at {@link #asOf()} of MRR
 * × d ÷ minutes in the current calendar month. A new record replaces the previous one with the same
 * {@link #dimension()}, {@link #key()}, currency and class; zero means nothing is at risk any more.
 *
 * <p>Per-cause figures overlap: a connection degraded by two causes counts in full under each; the
 * total counts it once.
 */
@Value.Immutable
public abstract class LiveRevenueAtRisk {

  LiveRevenueAtRisk() {}

  /** What the figure is broken down by. */
  public enum Dimension {
    /** All connections. */
    TOTAL,
    /** One account. */
    ACCOUNT,
    /** One cause (such as {@code alarm:7001}). */
    CAUSE
  }

  /** The breakdown. */
  public abstract Dimension dimension();

  /** The account id, the cause reference, or empty for the total. */
  public abstract String key();

  /** Unplanned or planned. */
  public abstract ImpactClass classification();

  /** Revenue at risk per minute, exact. */
  public abstract Money perMinute();

  /** The instant (event time) the figure describes. */
  public abstract Instant asOf();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LiveRevenueAtRisk}. */
  public static final class Builder extends ImmutableLiveRevenueAtRisk.Builder {}

  /** Revenue at risk per hour, exact. */
  public Money perHour() {
    return perMinute().times(60);
  }

  @Override
  public String toString() {
    return dimension()
        + (key().isEmpty() ? "" : " " + key())
        + " "
        + classification()
        + " "
        + perHour().rounded()
        + "/hour at "
        + asOf();
  }
}
