package org.ossvalue.core.valuation.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Estimate;

class ChurnCalibrationTest {

  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
  private static final long MONTH = 2_629_746L;

  @Test
  void relativeRiskComesWithItsConfidenceInterval() {
    List<ChurnObservation> history = new ArrayList<>();
    // Exposed: 100 connections x 10 months, 20 churned. Unexposed: 400 x 10 months, 40 churned.
    for (int i = 0; i < 100; i++) {
      history.add(observation("E" + i, 10 * MONTH, i < 20, 1, 0));
    }
    for (int i = 0; i < 400; i++) {
      history.add(observation("U" + i, 10 * MONTH, i < 40, 0, 0));
    }
    ChurnCalibration c = ChurnCalibration.fit(history);
    assertTrue(c.sufficient());
    Estimate rr = c.relativeRisk().orElseThrow();
    // RR = (20/1000) / (40/4000) = 2; exp(ln 2 +- 1.959964 x sqrt(1/20 + 1/40)).
    assertEquals(0, rr.central().compareTo(new BigDecimal("2")), rr.toString());
    assertClose(1.169281, rr.low().doubleValue(), 1e-5);
    assertClose(3.420906, rr.high().doubleValue(), 1e-5);
    assertClose(1 - Math.exp(-0.01), c.baselineMonthlyChurn().orElseThrow().doubleValue(), 1e-12);
    // Two groups, one covariate: the fitted coefficient is ln RR with the same interval.
    Estimate perIncident = c.perIncident().orElseThrow();
    assertClose(Math.log(2), perIncident.central().doubleValue(), 1e-9);
    assertClose(Math.log(1.169281), perIncident.low().doubleValue(), 1e-5);
    assertTrue(c.perImpactHour().isEmpty());
    assertTrue(c.notes().get(0).contains("per-hour uplift cannot be fitted"));
  }

  @Test
  void thinHistoryIsTooThinToSayAnything() {
    List<ChurnObservation> history = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      history.add(observation("E" + i, 12 * MONTH, i < 3, 2, 1));
      history.add(observation("U" + i, 12 * MONTH, i < 9, 0, 0));
    }
    ChurnCalibration c = ChurnCalibration.fit(history);
    assertFalse(c.sufficient());
    assertTrue(c.relativeRisk().isEmpty());
    assertTrue(c.perIncident().isEmpty());
    assertEquals(
        List.of("too thin to say: 3 churn events among exposed connections, fewer than 5"),
        c.notes());
    ChurnParameters unchanged = c.applyTo(ChurnParameters.defaults());
    assertEquals(ChurnParameters.defaults(), unchanged);
  }

  @Test
  void theFitRecoversTheCoefficientsOfASyntheticHistory() {
    Random r = new Random(20250401L);
    double alpha = Math.log(0.01);
    double perIncident = 0.3;
    double perHour = 0.05;
    List<ChurnObservation> history = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int incidents = r.nextInt(4);
      double hours = 0;
      for (int k = 0; k < incidents; k++) {
        hours += Math.round(r.nextDouble() * 20) / 4.0;
      }
      double rate = Math.exp(alpha + perIncident * incidents + perHour * hours);
      double t = -Math.log(1 - r.nextDouble()) / rate;
      boolean churned = t < 24;
      long seconds = churned ? Math.max(1, (long) (t * MONTH)) : 24 * MONTH;
      history.add(observation("C" + i, seconds, churned, incidents, hours));
    }
    ChurnCalibration c = ChurnCalibration.fit(history);
    Estimate n = c.perIncident().orElseThrow();
    Estimate h = c.perImpactHour().orElseThrow();
    assertTrue(
        n.low().doubleValue() < perIncident && perIncident < n.high().doubleValue(), n.toString());
    assertTrue(h.low().doubleValue() < perHour && perHour < h.high().doubleValue(), h.toString());
    assertClose(perIncident, n.central().doubleValue(), 0.05);
    assertClose(perHour, h.central().doubleValue(), 0.01);
    ChurnParameters fitted = c.applyTo(ChurnParameters.defaults());
    assertEquals(n, fitted.perIncident());
    assertEquals(h, fitted.perImpactHour());
  }

  @Test
  void anObservationIsReadFromAConnectionAndItsImpacts() {
    Connection c =
        Connection.builder()
            .id("C1")
            .account("A")
            .segment("smb")
            .activation(Instant.parse("2025-01-01T00:00:00Z"))
            .termination(Instant.parse("2025-03-01T00:00:00Z"))
            .build();
    Impacts impacts =
        Impacts.builder()
            .asOf(Instant.parse("2025-04-01T00:00:00Z"))
            .addAll(
                impact("2025-01-10T00:00Z/2025-01-10T02:00Z", "1", ImpactClass.UNPLANNED),
                impact("2025-01-10T02:00Z/2025-01-10T04:00Z", "0.5", ImpactClass.UNPLANNED),
                impact("2025-02-10T00:00Z/2025-02-10T01:00Z", "1", ImpactClass.PLANNED))
            .build();
    ChurnObservation o =
        ChurnObservation.of(c, impacts, TimeWindow.parse("2024-12-01T00:00Z/2025-04-01T00:00Z"))
            .orElseThrow();
    assertTrue(o.churned());
    assertEquals(TimeWindow.parse("2025-01-01T00:00Z/2025-03-01T00:00Z"), o.atRisk());
    assertEquals(
        new BigDecimal("1"),
        o.incidents(),
        "touching impacts are one incident; planned work is not exposure");
    assertEquals(new BigDecimal("3"), o.impactHours());
  }

  @Test
  void theNormalQuantileOf95PercentIs1Point96() {
    assertClose(1.959963985, CalibrationConfig.defaults().z(), 1e-8);
    assertClose(-2.326347874, Statistics.normalQuantile(0.01), 1e-8);
  }

  private static ServiceImpact impact(String interval, String d, ImpactClass cls) {
    return ServiceImpact.builder()
        .connection("C1")
        .window(TimeWindow.parse(interval))
        .degradation(new BigDecimal(d))
        .classification(cls)
        .addCauses(CauseRef.parse("alarm:1"))
        .build();
  }

  private static ChurnObservation observation(
      String id, long seconds, boolean churned, int incidents, double hours) {
    return ChurnObservation.builder()
        .connection(id)
        .atRisk(TimeWindow.of(START, START.plus(Duration.ofSeconds(seconds))))
        .churned(churned)
        .incidents(BigDecimal.valueOf(incidents))
        .impactHours(BigDecimal.valueOf(hours))
        .build();
  }

  private static void assertClose(double expected, double actual, double tolerance) {
    assertTrue(
        Math.abs(expected - actual) <= tolerance, "expected " + expected + " but was " + actual);
  }
}
