package org.ossvalue.flink;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Severity;
import org.ossvalue.core.valuation.SeverityMapping;

/**
 * How the stream handles time and values degradation.
 *
 * <ul>
 *   <li>{@link #maxOutOfOrderness()}: the watermark trails the greatest {@code eventTime} seen by
 *       this much (bounded out-of-orderness).
 *   <li>{@link #allowedLateness()}: impacts close this long behind the watermark; an event that
 *       would change time already closed (its alarm's raised or cleared instant earlier than the
 *       closed horizon) is reported as {@link SkippedEvent.Reason#LATE}, never applied.
 *   <li>{@link #endOfInput()}: when a bounded input (a replay) ends, time is taken to run to this
 *       instant: open causes count until it and every impact up to it closes, as a batch run with
 *       this as-of instant. Without it the end of the input closes nothing more.
 *   <li>{@link #zone()}: the calendar whose months cut impacts and price minutes.
 * </ul>
 */
@Value.Immutable
public abstract class StreamSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One minute. */
  public static final Duration DEFAULT_MAX_OUT_OF_ORDERNESS = Duration.ofMinutes(1);

  /** Ten minutes. */
  public static final Duration DEFAULT_ALLOWED_LATENESS = Duration.ofMinutes(10);

  /** Seven days. */
  public static final Duration DEFAULT_STATE_RETENTION = Duration.ofDays(7);

  StreamSettings() {}

  /** How far behind the greatest event time the watermark trails. */
  @Value.Default
  public Duration maxOutOfOrderness() {
    return DEFAULT_MAX_OUT_OF_ORDERNESS;
  }

  /** How far behind the watermark impacts close. */
  @Value.Default
  public Duration allowedLateness() {
    return DEFAULT_ALLOWED_LATENESS;
  }

  /** A source partition without events this long stops holding the watermark back. */
  public abstract Optional<Duration> idleTimeout();

  /** Where time runs to when a bounded input ends. */
  public abstract Optional<Instant> endOfInput();

  /** The zone whose calendar months cut impacts and price minutes. */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * How long event ids (for de-duplication) and cleared alarms are remembered after their last
   * event; a copy of an event delivered later than this is treated as new.
   */
  @Value.Default
  public Duration stateRetention() {
    return DEFAULT_STATE_RETENTION;
  }

  /** Degradation per severity: critical 1, major 0.5, minor 0.25, others 0 by default. */
  @Value.Default
  public Map<Severity, BigDecimal> degradation() {
    Map<Severity, BigDecimal> table = new EnumMap<>(Severity.class);
    table.put(Severity.CRITICAL, SeverityMapping.DEFAULT_CRITICAL);
    table.put(Severity.MAJOR, SeverityMapping.DEFAULT_MAJOR);
    table.put(Severity.MINOR, SeverityMapping.DEFAULT_MINOR);
    return table;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static StreamSettings defaults() {
    return builder().build();
  }

  /** Builds {@link StreamSettings}. */
  public static final class Builder extends ImmutableStreamSettings.Builder {}

  /** The severity mapping the table describes. */
  public SeverityMapping severityMapping() {
    return SeverityMapping.of(degradation());
  }

  @Value.Check
  void check() {
    if (maxOutOfOrderness().isNegative()) {
      throw new IllegalArgumentException(
          "maxOutOfOrderness must be >= 0, was " + maxOutOfOrderness());
    }
    if (allowedLateness().isNegative()) {
      throw new IllegalArgumentException("allowedLateness must be >= 0, was " + allowedLateness());
    }
    if (stateRetention().isNegative()) {
      throw new IllegalArgumentException("stateRetention must be >= 0, was " + stateRetention());
    }
    severityMapping(); // validates the table
  }
}
