package org.ossvalue.core.valuation.sla;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;

/**
 * How SLA availability is measured: which degradation counts as down, what is excluded (planned
 * work, excluded causes such as customer-caused faults, time outside the service schedule), the
 * shortest outage that counts, when the clock starts, and the zone whose calendar months are the
 * billing periods.
 *
 * <p>Availability per connection and billing period = 1 − downtime ÷ measured time, where measured
 * time is the connection's active time inside the schedule and downtime is the weighted length of
 * the outages that remain after the exclusions.
 */
@Value.Immutable
public abstract class AvailabilityConfig {

  /** Only d = 1 counts as down. */
  public static final DowntimeRule DEFAULT_DOWNTIME_RULE = DowntimeRule.fullOutageOnly();

  /** Planned work is excluded. */
  public static final boolean DEFAULT_PLANNED_EXCLUDED = true;

  /** Around the clock. */
  public static final ServiceSchedule DEFAULT_SCHEDULE = ServiceSchedule.always();

  /** Every outage counts, however short. */
  public static final Duration DEFAULT_MINIMUM_OUTAGE = Duration.ZERO;

  /** The clock starts at the alarm. */
  public static final ClockStart DEFAULT_CLOCK_START = ClockStart.ALARM;

  AvailabilityConfig() {}

  /** Which degradation counts as down, and how much. */
  @Value.Default
  public DowntimeRule downtimeRule() {
    return DEFAULT_DOWNTIME_RULE;
  }

  /** Whether planned work is excluded from downtime. */
  @Value.Default
  public boolean plannedExcluded() {
    return DEFAULT_PLANNED_EXCLUDED;
  }

  /**
   * Causes whose impacts never count (customer-caused, force majeure, third party): an impact is
   * excluded when every one of its causes is in this set.
   */
  @Value.NaturalOrder
  public abstract SortedSet<CauseRef> excludedCauses();

  /** The time the SLA covers. */
  @Value.Default
  public ServiceSchedule schedule() {
    return DEFAULT_SCHEDULE;
  }

  /** Outages shorter than this (after the clock starts) do not count. */
  @Value.Default
  public Duration minimumOutage() {
    return DEFAULT_MINIMUM_OUTAGE;
  }

  /** When an outage's clock starts. */
  @Value.Default
  public ClockStart clockStart() {
    return DEFAULT_CLOCK_START;
  }

  /**
   * The zone whose calendar months are the billing periods and whose clock the schedule reads;
   * absent means the reporting period's zone.
   */
  public abstract Optional<ZoneId> zone();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** d = 1 counts, planned excluded, 24 × 7, no minimum, clock at the alarm. */
  public static AvailabilityConfig defaults() {
    return builder().build();
  }

  /** Builds an {@link AvailabilityConfig}. */
  public static final class Builder extends ImmutableAvailabilityConfig.Builder {}

  @Value.Check
  void check() {
    if (minimumOutage().isNegative()) {
      throw new IllegalArgumentException("minimumOutage must be >= 0, was " + minimumOutage());
    }
  }

  @Override
  public String toString() {
    return "AvailabilityConfig{"
        + downtimeRule()
        + (plannedExcluded() ? ", planned excluded" : ", planned counted")
        + (excludedCauses().isEmpty() ? "" : ", excluded causes " + excludedCauses())
        + ", "
        + schedule()
        + (minimumOutage().isZero() ? "" : ", minimum outage " + minimumOutage())
        + ", clock at "
        + clockStart()
        + zone().map(z -> ", zone " + z).orElse("")
        + "}";
  }
}
