package org.ossvalue.core.valuation.sla;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.sla.CreditTier;

/** Invariants of SLA measurement and credits over random impacts and policies. */
class SlaPropertiesTest {

  private static final Instant FROM = Instant.parse("2025-02-25T00:00:00Z");
  private static final String[] CAUSES = {
    "alarm:1", "alarm:2", "alarm:3", "ticket:T9", "change:C1"
  };
  private static final String[] D = {"0.25", "0.5", "0.75", "1"};

  @Test
  void creditsNeverExceedTheirCap() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Connection c = SlaFixtures.connection("C1", (1 + r.nextInt(5000)) + ".00");
              SlaPolicyConfig config = randomPolicy(r);
              SlaCredit credit =
                  SlaFixtures.assess(
                      config, c, impacts(r, 1 + r.nextInt(8)), tickets(r), SlaFixtures.MARCH, 0);
              Optional<Money> cap = config.cap().limit(c.mrr().orElseThrow());
              assertTrue(
                  cap.isEmpty() || credit.credit().compareTo(cap.get()) <= 0,
                  () -> "seed " + seed + ": " + credit + " above " + cap);
              assertTrue(credit.credit().compareTo(credit.uncapped()) <= 0, () -> "seed " + seed);
            });
  }

  @Test
  void availabilityStaysWithinZeroAndOneAndNeverRisesWhenAnImpactIsAdded() {
    qt().forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Connection c = SlaFixtures.connection("C1", "100.00");
              SlaPolicyConfig config = withoutTicketElseAlarm(randomPolicy(r));
              List<TroubleTicket> tickets = tickets(r);
              List<ServiceImpact> before = impacts(r, r.nextInt(7));
              List<ServiceImpact> after = new ArrayList<>(before);
              after.add(impacts(r, 1).get(0));
              Availability a =
                  SlaFixtures.assess(config, c, before, tickets, SlaFixtures.MARCH, 0)
                      .availability();
              Availability b =
                  SlaFixtures.assess(config, c, after, tickets, SlaFixtures.MARCH, 0)
                      .availability();
              for (Availability x : List.of(a, b)) {
                assertTrue(
                    x.ratio().signum() >= 0 && x.ratio().compareTo(BigDecimal.ONE) <= 0,
                    () -> "seed " + seed + ": " + x);
              }
              assertTrue(
                  b.ratio().compareTo(a.ratio()) <= 0,
                  () -> "seed " + seed + ": " + a + " rose to " + b + " with " + after);
            });
  }

  /**
   * The policy with {@link ClockStart#TICKET_ELSE_ALARM} replaced by {@link ClockStart#ALARM}: that
   * clock is not monotone by design (an added impact can link a ticket opened after the alarm, and
   * the clock then starts later; {@code SlaPolicyTest} shows it), so the monotonicity property
   * covers the two clocks that are.
   */
  static SlaPolicyConfig withoutTicketElseAlarm(SlaPolicyConfig config) {
    if (config.availability().clockStart() != ClockStart.TICKET_ELSE_ALARM) {
      return config;
    }
    return SlaPolicyConfig.builder()
        .from(config)
        .availability(
            AvailabilityConfig.builder()
                .from(config.availability())
                .clockStart(ClockStart.ALARM)
                .build())
        .build();
  }

  static SlaPolicyConfig randomPolicy(Random r) {
    AvailabilityConfig.Builder measurement = AvailabilityConfig.builder();
    int rule = r.nextInt(3);
    if (rule == 0) {
      measurement.downtimeRule(DowntimeRule.degradationWeighted());
    } else if (rule == 1) {
      measurement.downtimeRule(DowntimeRule.atLeast(new BigDecimal(D[r.nextInt(D.length)])));
    }
    measurement.plannedExcluded(r.nextBoolean());
    if (r.nextBoolean()) {
      measurement.addExcludedCauses(CauseRef.parse(CAUSES[r.nextInt(CAUSES.length)]));
    }
    if (r.nextInt(3) == 0) {
      measurement.schedule(
          ServiceSchedule.businessHours(
              BusinessHours.builder()
                  .addHolidays(LocalDate.of(2025, 3, 1 + r.nextInt(31)))
                  .build()));
    }
    measurement.minimumOutage(Duration.ofMinutes(r.nextInt(3) * 20L));
    measurement.clockStart(List.of(ClockStart.values()).get(r.nextInt(ClockStart.values().length)));

    SlaPolicyConfig.Builder policy = SlaPolicyConfig.builder().availability(measurement.build());
    if (r.nextBoolean()) {
      policy.addCreditRules(
          CreditRule.tiers(
              CreditTier.of("99.9", String.valueOf(r.nextInt(30))),
              CreditTier.of("99", String.valueOf(r.nextInt(80))),
              CreditTier.of("90", String.valueOf(r.nextInt(200)))));
    }
    if (r.nextBoolean()) {
      policy.addCreditRules(
          CreditRule.perHour(
              CreditAmount.percentOfMrr(String.valueOf(r.nextInt(20))),
              Duration.ofMinutes(r.nextInt(240))));
    }
    if (r.nextBoolean()) {
      policy.addCreditRules(
          CreditRule.perIncident(
              CreditAmount.fixed(Money.of(r.nextInt(100) + ".50", "EUR")),
              Duration.ofMinutes(r.nextInt(60))));
    }
    int cap = r.nextInt(4);
    if (cap == 0) {
      policy.cap(CreditCap.percentOfMrr(BigDecimal.valueOf(r.nextInt(120))));
    } else if (cap == 1) {
      policy.cap(CreditCap.absolute(Money.of(String.valueOf(r.nextInt(500)), "EUR")));
    } else if (cap == 2) {
      policy.cap(
          CreditCap.lowerOf(
              BigDecimal.valueOf(r.nextInt(120)), Money.of(String.valueOf(r.nextInt(500)), "EUR")));
    }
    return policy.build();
  }

  static List<ServiceImpact> impacts(Random r, int n) {
    List<ServiceImpact> impacts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant start = FROM.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 40)));
      ServiceImpact.Builder b =
          ServiceImpact.builder()
              .connection("C1")
              .window(TimeWindow.of(start, start.plus(Duration.ofMinutes(1 + r.nextInt(60 * 30)))))
              .degradation(new BigDecimal(D[r.nextInt(D.length)]))
              .classification(r.nextInt(5) == 0 ? ImpactClass.PLANNED : ImpactClass.UNPLANNED);
      int causes = 1 + r.nextInt(2);
      for (int k = 0; k < causes; k++) {
        b.addCauses(CauseRef.parse(CAUSES[r.nextInt(CAUSES.length)]));
      }
      impacts.add(b.build());
    }
    return impacts;
  }

  static List<TroubleTicket> tickets(Random r) {
    List<TroubleTicket> tickets = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      Instant created = FROM.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 40)));
      TroubleTicket.Builder t =
          TroubleTicket.builder().id("TT-" + i).created(created).status("inProgress");
      if (r.nextBoolean()) {
        t.resolved(created.plus(Duration.ofMinutes(r.nextInt(60 * 48))));
      }
      if (r.nextBoolean()) {
        t.addAlarms(String.valueOf(1 + r.nextInt(3)));
      } else {
        t.addElements("SVC-C1");
      }
      tickets.add(t.build());
    }
    return tickets;
  }
}
