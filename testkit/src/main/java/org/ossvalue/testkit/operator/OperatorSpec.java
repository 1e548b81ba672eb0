package org.ossvalue.testkit.operator;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;

/**
 * What a {@link SyntheticOperator} generates: a seed, a number of connections, the month its
 * alarms, orders, usage and bills fall in (in a zone), the as-of instant of the export, the
 * currencies of its regions, how many alarms per connection the month has and what share of active
 * connections leak revenue. Every record is a pure function of these values.
 *
 * <pre>{@code
 * OperatorSpec spec = OperatorSpec.of(42, 5_000);                       // March 2025, UTC
 * OperatorSpec big = OperatorSpec.builder().seed(7).connections(1_000_000)
 *     .month(YearMonth.of(2025, 10)).zone(ZoneId.of("Europe/Berlin")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class OperatorSpec {

  /** The fewest connections: 10. */
  public static final int MIN_CONNECTIONS = 10;

  /** The most connections: 10 million. */
  public static final int MAX_CONNECTIONS = 10_000_000;

  /** The month by default: March 2025 (the NetCo month). */
  public static final YearMonth DEFAULT_MONTH = YearMonth.of(2025, 3);

  /** The zone by default: UTC. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

  /** The regions' currencies by default: EUR, GBP and CHF, most regions in the first. */
  public static final List<String> DEFAULT_CURRENCIES = List.of("EUR", "GBP", "CHF");

  /** Alarms per connection in the month by default: 0.1. */
  public static final double DEFAULT_ALARMS_PER_CONNECTION = 0.1;

  /** Share of active connections whose recurring charge is missing or short on the bill: 1 %. */
  public static final double DEFAULT_LEAKAGE_RATE = 0.01;

  OperatorSpec() {}

  /** The seed every record is a function of. */
  public abstract long seed();

  /** The number of connections (TMF637 products), from 10 to 10 million. */
  public abstract int connections();

  /** The month of alarms, orders, usage and bills. */
  @Value.Default
  public YearMonth month() {
    return DEFAULT_MONTH;
  }

  /** The zone whose calendar month is generated; also the offset written in TMF date-times. */
  @Value.Default
  public ZoneId zone() {
    return DEFAULT_ZONE;
  }

  /**
   * The instant the export is taken: alarms and tickets still open then have no clear or
   * resolution, and nothing happens after it. The end of the month by default.
   */
  @Value.Default
  public Instant asOf() {
    return period().to();
  }

  /**
   * The currencies of the operator's regions (ISO 4217 codes): each aggregation region bills in
   * one; the first is the most common (weights 1, 1/4, 1/9, …).
   */
  @Value.Default
  public List<String> currencies() {
    return DEFAULT_CURRENCIES;
  }

  /** Alarms raised per connection in the month (0.1: 500 alarms for 5,000 connections). */
  @Value.Default
  public double alarmsPerConnection() {
    return DEFAULT_ALARMS_PER_CONNECTION;
  }

  /** The share of active connections whose recurring charge is missing or short on the bill. */
  @Value.Default
  public double leakageRate() {
    return DEFAULT_LEAKAGE_RATE;
  }

  /** A spec with this seed and size, and the defaults for everything else. */
  public static OperatorSpec of(long seed, int connections) {
    return builder().seed(seed).connections(connections).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OperatorSpec}. */
  public static final class Builder extends ImmutableOperatorSpec.Builder {}

  /** The generated month as a reporting period, in the spec's zone. */
  public ReportingPeriod period() {
    return ReportingPeriod.month(month(), zone());
  }

  /** The number of alarms the month has: connections × alarms per connection, at least 1. */
  public int alarms() {
    return (int) Math.max(1, Math.round(connections() * alarmsPerConnection()));
  }

  @Value.Check
  void check() {
    if (connections() < MIN_CONNECTIONS || connections() > MAX_CONNECTIONS) {
      throw new IllegalArgumentException(
          "connections must be in ["
              + MIN_CONNECTIONS
              + ", "
              + MAX_CONNECTIONS
              + "], was "
              + connections());
    }
    if (currencies().isEmpty()) {
      throw new IllegalArgumentException("currencies must name at least one currency, was []");
    }
    currencies().forEach(Money::currency);
    if (!(alarmsPerConnection() >= 0 && alarmsPerConnection() <= 10)) {
      throw new IllegalArgumentException(
          "alarmsPerConnection must be in [0, 10], was " + alarmsPerConnection());
    }
    if (!(leakageRate() >= 0 && leakageRate() <= 1)) {
      throw new IllegalArgumentException("leakageRate must be in [0, 1], was " + leakageRate());
    }
    if (!asOf().isAfter(period().from())) {
      throw new IllegalArgumentException(
          "asOf must be after the start of the month " + period().from() + ", was " + asOf());
    }
  }

  /** {@code OperatorSpec{seed=42, 5000 connections, 2025-03 UTC, asOf=…}}. */
  @Override
  public String toString() {
    return "OperatorSpec{seed="
        + seed()
        + ", "
        + connections()
        + " connections, "
        + month()
        + " "
        + zone()
        + ", asOf="
        + asOf()
        + ", currencies="
        + currencies()
        + ", alarmsPerConnection="
        + alarmsPerConnection()
        + ", leakageRate="
        + leakageRate()
        + "}";
  }
}
