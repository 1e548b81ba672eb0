package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.ChargePeriod;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Columnar;
import org.ossvalue.core.topology.ImpactEngine;
import org.ossvalue.core.topology.RandomOperator;

/**
 * Revenue at risk valued straight from the engine's columns ({@link ColumnarRevenueAtRisk}) is
 * identical, digit for digit, to revenue at risk valued from {@code ServiceImpact} objects (the
 * assessor's object path, and {@link RevenueAtRiskStrategy#valueOf} impact by impact): entries,
 * totals per currency, per-connection sums, unvalued connections, equality, hash code and text.
 *
 * <p>The random operators are priced to reach every branch of the integer arithmetic and its
 * fallback: whole and decimal amounts, yearly and daily charges (20-decimal monthly amounts), huge
 * amounts beyond 126 bits, zero, usage revenue, connections without a charge, three currencies;
 * instants with nanoseconds; periods in zones whose months start at other instants than UTC's, over
 * several months, and over centuries beyond what nanoseconds since the epoch hold in a long.
 */
class ColumnarRevenueAtRiskTest {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kolkata"));

  private static final List<RevenueAtRiskStrategy> STRATEGIES =
      List.of(
          RevenueAtRiskStrategy.calendarAccurate(),
          RevenueAtRiskStrategy.flatRate(),
          RevenueAtRiskStrategy.flatRate(Duration.ofDays(28).plusMillis(1)),
          RevenueAtRiskStrategy.flatRate(Duration.ofSeconds(3_000_000_000L)),
          new HalfOfEverything());

  private static final Instant BASE = Instant.parse("2025-02-28T00:00:00Z");

  @Test
  void columnarRevenueAtRiskEqualsTheObjectPathOnRandomOperators() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomOperator o = RandomOperator.of(seed);
              Random r = new Random(seed * 31 + 7);
              List<Connection> connections = priced(o.connections, r);
              List<Cause> causes = jittered(o.causes, r);
              Impacts columnar =
                  ImpactEngine.create().compute(o.topology, connections, causes, o.asOf);
              assertNotNull(Columnar.impacts().table(columnar), "the engine's compact form");
              Impacts objects =
                  Impacts.builder()
                      .asOf(columnar.asOf())
                      .all(columnar.all())
                      .unresolvedCauses(columnar.unresolvedCauses())
                      .build();
              assertNull(Columnar.impacts().table(objects), "built impacts");
              List<Connection> others = reordered(connections, r);
              ReportingPeriod march = ReportingPeriod.month("2025-03", "UTC");
              assertSame(
                  RevenueAtRiskStrategy.calendarAccurate(),
                  others,
                  objects,
                  columnar,
                  march,
                  "other connections than the engine's " + o + " " + others);
              for (ReportingPeriod period : periods(r)) {
                for (RevenueAtRiskStrategy strategy : STRATEGIES) {
                  assertSame(
                      strategy,
                      connections,
                      objects,
                      columnar,
                      period,
                      strategy + " " + period + " " + o + " " + connections);
                }
              }
            });
  }

  @Test
  void aConnectionListedTwiceIsValuedAtItsLastEntryAsAMapWouldKeepIt() {
    RandomOperator o = RandomOperator.of(3);
    List<Connection> connections = new ArrayList<>(o.connections);
    for (Connection c : o.connections) {
      connections.add(
          Connection.builder()
              .from(c)
              .recurringCharges(List.of(RecurringCharge.monthly(Money.of("12.34", "EUR"))))
              .build());
    }
    Impacts columnar = ImpactEngine.create().compute(o.topology, o.connections, o.causes, o.asOf);
    Impacts objects = Impacts.builder().from(columnar).build();
    ReportingPeriod march = ReportingPeriod.month("2025-03", "UTC");
    for (RevenueAtRiskStrategy strategy : STRATEGIES) {
      assertSame(strategy, connections, objects, columnar, march, strategy.toString());
    }
  }

  private static void assertSame(
      RevenueAtRiskStrategy strategy,
      List<Connection> connections,
      Impacts objects,
      Impacts columnar,
      ReportingPeriod period,
      String message) {
    RevenueAtRisk expected = strategy.assess(connections, objects, period);
    RevenueAtRisk actual = strategy.assess(connections, columnar, period);
    assertEquals(expected.entries(), actual.entries(), message);
    for (int i = 0; i < expected.entries().size(); i++) {
      assertEquals(
          expected.entries().get(i).toString(), actual.entries().get(i).toString(), message);
      assertEquals(
          expected.entries().get(i).hashCode(), actual.entries().get(i).hashCode(), message);
    }
    assertEquals(expected.unvaluedConnections(), actual.unvaluedConnections(), message);
    assertEquals(expected.unplanned(), actual.unplanned(), message);
    assertEquals(expected.planned(), actual.planned(), message);
    assertEquals(expected.usageLost(), actual.usageLost(), message);
    assertEquals(expected.unplanned().rounded(), actual.unplanned().rounded(), message);
    List<String> ids = new ArrayList<>(List.of("NOWHERE", "X0"));
    connections.forEach(c -> ids.add(c.id()));
    for (String id : ids) {
      assertEquals(expected.unplannedFor(id), actual.unplannedFor(id), message + " " + id);
      assertEquals(expected.plannedFor(id), actual.plannedFor(id), message + " " + id);
    }
    assertEquals(expected, actual, message);
    assertEquals(actual, expected, message);
    assertEquals(expected.hashCode(), actual.hashCode(), message);
    assertEquals(expected.toString(), actual.toString(), message);
    if (!(strategy instanceof HalfOfEverything)) {
      assertEquals(
          RevenueAtRiskAssessorTest.reference(strategy, connections, columnar, period),
          actual,
          message);
    }
  }

  /**
   * Not the list the engine was given: shuffled, one left out, one listed again with another price.
   */
  private static List<Connection> reordered(List<Connection> connections, Random r) {
    List<Connection> others = new ArrayList<>(connections);
    java.util.Collections.shuffle(others, r);
    if (!others.isEmpty()) {
      others.remove(r.nextInt(others.size()));
    }
    if (!others.isEmpty()) {
      Connection again = others.get(r.nextInt(others.size()));
      others.add(
          r.nextInt(others.size() + 1),
          Connection.builder()
              .from(again)
              .recurringCharges(
                  List.of(
                      RecurringCharge.monthly(
                          amount(
                              r,
                              again.currency().orElse(null) == null
                                  ? "EUR"
                                  : again.currency().get().getCurrencyCode()))))
              .usageRevenuePerMonth(java.util.Optional.empty())
              .build());
    }
    return others;
  }

  /** The connections with new prices: every kind of amount the arithmetic must handle. */
  private static List<Connection> priced(List<Connection> connections, Random r) {
    List<Connection> priced = new ArrayList<>();
    for (Connection c : connections) {
      String currency = List.of("EUR", "GBP", "JPY").get(r.nextInt(3));
      List<RecurringCharge> charges = new ArrayList<>();
      int charged = r.nextInt(8) == 0 ? 0 : 1 + (r.nextInt(4) == 0 ? 1 : 0);
      for (int i = 0; i < charged; i++) {
        charges.add(RecurringCharge.of(amount(r, currency), period(r)));
      }
      Connection.Builder b = Connection.builder().from(c).recurringCharges(charges);
      if (r.nextInt(3) == 0 || charges.isEmpty() && r.nextBoolean()) {
        b.usageRevenuePerMonth(amount(r, currency));
      }
      priced.add(b.build());
    }
    return priced;
  }

  private static Money amount(Random r, String currency) {
    BigDecimal amount;
    switch (r.nextInt(6)) {
      case 0:
        amount = BigDecimal.ZERO;
        break;
      case 1: // beyond 126 bits: BigDecimal only
        amount = new BigDecimal("1e40").add(BigDecimal.valueOf(r.nextInt(1000), 2));
        break;
      case 2: // 20 decimals
        amount = BigDecimal.valueOf(1 + r.nextInt(1_000_000), 20);
        break;
      case 3: // large but within 126 bits
        amount = new BigDecimal(String.valueOf(1 + r.nextInt(9)) + "0".repeat(25)).movePointLeft(4);
        break;
      default:
        amount = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(5));
    }
    return Money.of(amount, Money.currency(currency));
  }

  private static ChargePeriod period(Random r) {
    return r.nextInt(3) == 0
        ? ChargePeriod.values()[r.nextInt(ChargePeriod.values().length)]
        : ChargePeriod.MONTH;
  }

  /** Some causes moved by up to a second, so that windows have nanoseconds. */
  private static List<Cause> jittered(List<Cause> causes, Random r) {
    List<Cause> jittered = new ArrayList<>();
    for (Cause c : causes) {
      if (r.nextInt(3) > 0) {
        jittered.add(c);
        continue;
      }
      long nanos = r.nextInt(1_000_000_000);
      Cause.Builder b = Cause.builder().from(c).raised(c.raised().plusNanos(nanos));
      c.cleared().ifPresent(cleared -> b.cleared(cleared.plusNanos(nanos + r.nextInt(1000))));
      jittered.add(b.build());
    }
    return jittered;
  }

  /** A month, two ranges over several months, a random short period, and seven centuries. */
  private static List<ReportingPeriod> periods(Random r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    Instant from = BASE.plus(Duration.ofMinutes(r.nextInt(4 * 24 * 60))).plusNanos(r.nextInt(3));
    Instant to = from.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
    List<ReportingPeriod> periods =
        new ArrayList<>(
            List.of(
                ReportingPeriod.month("2025-03", "UTC"),
                ReportingPeriod.of(
                    Instant.parse("2025-02-15T00:00:00Z"),
                    Instant.parse("2025-04-15T00:00:00Z"),
                    ZoneId.of("America/New_York")),
                ReportingPeriod.of(from, to, zone)));
    if (r.nextInt(8) == 0) { // thousands of months: not every time
      periods.add(
          ReportingPeriod.of(
              Instant.parse("1650-01-01T00:00:00Z"),
              Instant.parse("2290-01-01T00:00:00Z"),
              ZONES.get(r.nextInt(ZONES.size()))));
    }
    return periods;
  }

  /** A user's own strategy: half the monthly amount for any window. */
  private static final class HalfOfEverything implements RevenueAtRiskStrategy {
    @Override
    public Money valueOf(Money monthly, TimeWindow window, BigDecimal degradation, ZoneId zone) {
      assertFalse(window.isEmpty());
      return monthly.times(new BigDecimal("0.5")).times(degradation);
    }

    @Override
    public String toString() {
      return "HalfOfEverything";
    }
  }
}
