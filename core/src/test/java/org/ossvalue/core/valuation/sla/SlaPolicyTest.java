package org.ossvalue.core.valuation.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.core.valuation.sla.SlaFixtures.MARCH;
import static org.ossvalue.core.valuation.sla.SlaFixtures.assess;
import static org.ossvalue.core.valuation.sla.SlaFixtures.connection;
import static org.ossvalue.core.valuation.sla.SlaFixtures.down;
import static org.ossvalue.core.valuation.sla.SlaFixtures.impact;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.NetCo;
import org.ossvalue.core.NetCoRecords;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.topology.ImpactEngine;

class SlaPolicyTest {

  private static final Connection C = connection("C1", "600.00");

  @Test
  void businessHoursCountOnlyDowntimeInsideOpeningHoursAndSkipHolidays() {
    BusinessHours hours = BusinessHours.builder().addHolidays(LocalDate.of(2025, 3, 17)).build();
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .availability(
                AvailabilityConfig.builder().schedule(ServiceSchedule.businessHours(hours)).build())
            .addCreditRules(CreditRule.tiers(CreditTier.of("99.9", "10")))
            .build();
    SlaCredit credit =
        assess(
            config,
            C,
            List.of(
                down("C1", "2025-03-04T17:00Z/2025-03-04T19:00Z", "alarm:1"),
                down("C1", "2025-03-17T10:00Z/2025-03-17T11:00Z", "alarm:2")));
    // 21 weekdays in March 2025, one a holiday: 20 x 10 h = 12,000 minutes.
    assertEquals(new BigDecimal("12000"), credit.availability().measuredMinutes());
    assertEquals(new BigDecimal("60"), credit.availability().downtimeMinutes());
    assertEquals("99.5000", credit.availability().percentText());
    List<Availability.Exclusion> outside = credit.availability().exclusions();
    assertEquals(2, outside.size());
    assertTrue(outside.stream().allMatch(x -> x.reason() == ExclusionReason.OUTSIDE_SERVICE_TIME));
    assertEquals(new BigDecimal("120"), outside.get(0).minutes().add(outside.get(1).minutes()));
    assertEquals(Money.of("60.00", "EUR"), credit.credit().rounded());
  }

  @Test
  void aConnectionActivatedMidMonthIsMeasuredOverItsActivePartOnly() {
    Connection late =
        Connection.builder()
            .from(C)
            .activation(NetCoRecords.t("2025-03-11T00:00:00Z"))
            .termination(NetCoRecords.t("2025-03-31T00:00:00Z"))
            .build();
    Availability a =
        assess(
                SlaPolicyConfig.defaults(),
                late,
                List.of(down("C1", "2025-03-10T23:00Z/2025-03-11T01:00Z", "alarm:1")))
            .availability();
    assertEquals(new BigDecimal("28800"), a.measuredMinutes(), "20 days");
    assertEquals(
        new BigDecimal("60"),
        a.downtimeMinutes(),
        "the hour before activation is not service time");
    assertEquals(ExclusionReason.OUTSIDE_SERVICE_TIME, a.exclusions().get(0).reason());
  }

  @Test
  void outagesShorterThanTheMinimumDoNotCount() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .availability(AvailabilityConfig.builder().minimumOutage(Duration.ofMinutes(1)).build())
            .build();
    Availability a =
        assess(
                config,
                C,
                List.of(
                    down("C1", "2025-03-02T10:00:00Z/2025-03-02T10:00:30Z", "alarm:1"),
                    down("C1", "2025-03-02T11:00Z/2025-03-02T11:05Z", "alarm:2")))
            .availability();
    assertEquals(new BigDecimal("5"), a.downtimeMinutes());
    assertEquals(ExclusionReason.SHORTER_THAN_MINIMUM, a.exclusions().get(0).reason());
    assertEquals(new BigDecimal("0.5"), a.exclusions().get(0).minutes());
  }

  @Test
  void theClockCanStartAtTheLinkedTicket() {
    Map<String, BigDecimal> byTicket = netCoDowntime(ClockStart.TICKET);
    assertEquals(new BigDecimal("205"), byTicket.get("P-1001"), "TT-5001 opened 02:35");
    assertEquals(
        new BigDecimal("40"), byTicket.get("P-1003"), "TT-5002 opened 11:05, via SVC-2003");
    assertEquals(new BigDecimal("185"), byTicket.get("P-1005"), "TT-5001 names alarm 7001");
    assertEquals(BigDecimal.ZERO, byTicket.get("P-1010"), "no ticket: the outage does not count");
    assertEquals(new BigDecimal("150"), netCoDowntime(ClockStart.TICKET_ELSE_ALARM).get("P-1010"));
    assertEquals(new BigDecimal("230"), netCoDowntime(ClockStart.ALARM).get("P-1001"));
  }

  /**
   * {@code TICKET_ELSE_ALARM} is not monotone in impacts, by design: an outage with no ticket
   * counts from the alarm, but an added (sub-threshold) impact whose alarm a late ticket names
   * links that ticket to the outage, and the clock then starts at the ticket. Under {@code ALARM}
   * the same addition changes nothing.
   */
  @Test
  void aTicketLinkedByAnAddedImpactCanStartTheTicketElseAlarmClockLater() {
    TroubleTicket late =
        TroubleTicket.builder()
            .id("TT-9")
            .created(Instant.parse("2025-03-03T18:16:00Z"))
            .status("inProgress")
            .addAlarms("3")
            .build();
    ServiceImpact outage = down("C1", "2025-03-03T16:00Z/2025-03-03T20:36Z", "alarm:2");
    ServiceImpact degraded =
        impact(
            "C1", "2025-03-03T00:53Z/2025-03-03T23:07Z", "0.75", ImpactClass.UNPLANNED, "alarm:3");
    for (ClockStart clock : List.of(ClockStart.ALARM, ClockStart.TICKET_ELSE_ALARM)) {
      SlaPolicyConfig config =
          SlaPolicyConfig.builder()
              .availability(AvailabilityConfig.builder().clockStart(clock).build())
              .build();
      BigDecimal before =
          assess(config, C, List.of(outage), List.of(late), MARCH, 0)
              .availability()
              .downtimeMinutes();
      BigDecimal after =
          assess(config, C, List.of(outage, degraded), List.of(late), MARCH, 0)
              .availability()
              .downtimeMinutes();
      assertEquals(new BigDecimal("276"), before, clock + ": no ticket names alarm 2");
      assertEquals(
          clock == ClockStart.ALARM ? new BigDecimal("276") : new BigDecimal("140"),
          after,
          clock + ": TT-9 names alarm 3, opened 18:16");
    }
  }

  private static Map<String, BigDecimal> netCoDowntime(ClockStart clock) {
    AvailabilityConfig measurement = AvailabilityConfig.builder().clockStart(clock).build();
    List<Connection> connections = NetCo.connections();
    Impacts impacts =
        ImpactEngine.create().compute(NetCo.topology(), connections, NetCo.alarms(), NetCo.AS_OF);
    SlaCredits credits =
        SlaEngine.of(
                NetCoRecords.slaTerms().stream()
                    .map(t -> SlaPolicy.fromTerms(t, measurement))
                    .collect(Collectors.toList()))
            .withTickets(NetCoRecords.tickets())
            .assess(connections, impacts, NetCo.MARCH);
    return credits.entries().stream()
        .collect(Collectors.toMap(SlaCredit::connection, c -> c.availability().downtimeMinutes()));
  }

  @Test
  void perHourCreditsCountStartedHoursBeyondTheFixTime() {
    SlaCredit credit =
        assess(
            SlaPresets.telcoPerHour(),
            C,
            List.of(
                down("C1", "2025-03-02T00:00Z/2025-03-02T05:10Z", "alarm:1"),
                down("C1", "2025-03-09T00:00Z/2025-03-09T03:00Z", "alarm:2")));
    // 5 h 10 min - 4 h = 70 min: two started hours at 5 % of 600.00.
    assertEquals(Money.of("60", "EUR"), credit.credit());
    assertEquals("2 h x 30.00 EUR = 60.00 EUR", credit.lines().get(0).formula());
    assertTrue(credit.breached());
  }

  @Test
  void perIncidentCreditsCountOutagesOfTheMinimumLength() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .addCreditRules(
                CreditRule.perIncident(
                    CreditAmount.fixed(Money.of("25.00", "EUR")), Duration.ofMinutes(15)))
            .build();
    SlaCredit credit =
        assess(
            config,
            C,
            List.of(
                down("C1", "2025-03-02T00:00Z/2025-03-02T00:15Z", "alarm:1"),
                down("C1", "2025-03-03T00:00Z/2025-03-03T00:10Z", "alarm:2"),
                down("C1", "2025-03-04T00:00Z/2025-03-04T02:00Z", "alarm:3")));
    assertEquals(Money.of("50", "EUR"), credit.credit());
  }

  @Test
  void theCapLimitsTheSumOfTheRulesAndTheLowerCapWins() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .addCreditRules(
                CreditRule.tiers(CreditTier.of("99.9", "30")),
                CreditRule.perIncident(CreditAmount.percentOfMrr("20"), Duration.ZERO))
            .cap(CreditCap.lowerOf(new BigDecimal("40"), Money.of("200.00", "EUR")))
            .build();
    SlaCredit credit =
        assess(config, C, List.of(down("C1", "2025-03-02T00:00Z/2025-03-02T02:00Z", "alarm:1")));
    assertEquals(Money.of("300", "EUR"), credit.uncapped(), "30 % + 20 % of 600.00");
    assertEquals(Money.of("200", "EUR"), credit.credit(), "lower of 240.00 and 200.00");
    assertTrue(credit.capped());
    assertTrue(credit.explain().clause().contains("capped at 200.00 EUR"));
  }

  @Test
  void chronicFailureGivesATerminationRightAfterConsecutiveBreachedMonths() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder().from(SlaPresets.businessSilver()).chronicFailureAfter(3).build();
    SlaPolicy policy = SlaPolicy.of("SLA", config);
    Connection c = connection("C1", "100.00");
    Impacts impacts =
        Impacts.builder()
            .asOf(NetCoRecords.t("2025-04-01T00:00:00Z"))
            .addAll(
                down("C1", "2025-01-10T00:00Z/2025-01-10T06:00Z", "alarm:1"),
                down("C1", "2025-02-10T00:00Z/2025-02-10T06:00Z", "alarm:2"),
                down("C1", "2025-03-10T00:00Z/2025-03-10T06:00Z", "alarm:3"))
            .build();
    SlaCredits credits = SlaEngine.of(policy).assess(List.of(c), impacts, NetCoRecords.Q1);
    assertEquals(
        List.of(1, 2, 3),
        credits.entries().stream()
            .map(SlaCredit::consecutiveBreaches)
            .collect(Collectors.toList()));
    assertEquals(1, credits.terminationRights().size());
    assertEquals(MARCH, credits.terminationRights().get(0).billingPeriod());

    SlaCredits marchOnly =
        SlaEngine.of(policy)
            .withPreviousBreaches(Map.of("C1", 2))
            .assess(List.of(c), impacts, NetCo.MARCH);
    assertTrue(marchOnly.entries().get(0).terminationRight(), "two breaches carried in");
  }

  @Test
  void nothingIsCreditedOutsideTheAgreementsValidity() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .from(SlaPresets.businessGold())
            .validFor(TimeWindow.parse("2024-01-01T00:00Z/2025-01-01T00:00Z"))
            .build();
    SlaCredit credit =
        assess(config, C, List.of(down("C1", "2025-03-02T00:00Z/2025-03-02T10:00Z", "alarm:1")));
    assertFalse(credit.inForce());
    assertTrue(credit.credit().isZero());
    assertTrue(credit.explain().clause().contains("not in force"));
  }

  @Test
  void impactsWhoseCausesAreAllExcludedDoNotCount() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .availability(
                AvailabilityConfig.builder()
                    .addExcludedCauses(CauseRef.parse("ticket:CUST-1"))
                    .build())
            .build();
    Availability a =
        assess(
                config,
                C,
                List.of(
                    down("C1", "2025-03-02T00:00Z/2025-03-02T01:00Z", "ticket:CUST-1"),
                    down("C1", "2025-03-03T00:00Z/2025-03-03T01:00Z", "ticket:CUST-1", "alarm:9")))
            .availability();
    assertEquals(new BigDecimal("60"), a.downtimeMinutes(), "a mixed-cause impact still counts");
    assertEquals(ExclusionReason.EXCLUDED_CAUSE, a.exclusions().get(0).reason());
  }

  @Test
  void aThresholdRuleCountsDegradedTimeAtOrAboveIt() {
    SlaPolicyConfig config =
        SlaPolicyConfig.builder()
            .availability(
                AvailabilityConfig.builder()
                    .downtimeRule(DowntimeRule.atLeast(new BigDecimal("0.5")))
                    .build())
            .build();
    Availability a =
        assess(
                config,
                C,
                List.of(
                    impact(
                        "C1", "2025-03-02T00:00Z/2025-03-02T01:00Z", "0.5", ImpactClass.UNPLANNED),
                    impact(
                        "C1",
                        "2025-03-03T00:00Z/2025-03-03T01:00Z",
                        "0.25",
                        ImpactClass.UNPLANNED)))
            .availability();
    assertEquals(new BigDecimal("60"), a.downtimeMinutes());
  }

  @Test
  void plannedWorkCountedSitsOnTopOfUnplannedDegradation() {
    List<org.ossvalue.core.ServiceImpact> impacts =
        List.of(
            impact(
                "C1",
                "2025-03-02T00:00Z/2025-03-02T02:00Z",
                "0.5",
                ImpactClass.UNPLANNED,
                "alarm:1"),
            impact(
                "C1",
                "2025-03-02T01:00Z/2025-03-02T03:00Z",
                "0.5",
                ImpactClass.PLANNED,
                "plannedWork:W"));
    SlaPolicyConfig counted =
        SlaPolicyConfig.builder()
            .availability(AvailabilityConfig.builder().plannedExcluded(false).build())
            .build();
    assertEquals(
        new BigDecimal("60"), assess(counted, C, impacts).availability().downtimeMinutes());
    assertEquals(
        BigDecimal.ZERO,
        assess(SlaPolicyConfig.defaults(), C, impacts).availability().downtimeMinutes());
  }

  @Test
  void billingPeriodsAreCalendarMonthsOfThePolicyZone() {
    SlaPolicy berlin =
        SlaPolicy.of(
            "SLA",
            SlaPolicyConfig.builder()
                .availability(AvailabilityConfig.builder().zone(ZoneId.of("Europe/Berlin")).build())
                .build());
    List<TimeWindow> periods =
        berlin.billingPeriods(ReportingPeriod.month("2025-03", "Europe/Berlin"));
    assertEquals(
        List.of(TimeWindow.parse("2025-03-01T00:00+01:00/2025-04-01T00:00+02:00")), periods);
    assertEquals(new BigDecimal("44580"), periods.get(0).minutes());
  }

  @Test
  void thePublicCloudPresetPays30PercentBelow99() {
    SlaCredit credit =
        assess(
            SlaPresets.publicCloudMonthly(),
            C,
            List.of(down("C1", "2025-03-02T00:00Z/2025-03-02T12:00Z", "alarm:1")));
    assertEquals("98.3871", credit.availability().percentText());
    assertEquals(Money.of("180", "EUR"), credit.credit());
  }

  @Test
  void slaTermsMapOntoTiersCapPlannedExclusionAndValidity() {
    SlaTerms gold = NetCoRecords.slaTerms().get(0);
    SlaPolicy fromTerms = SlaPolicy.fromTerms(gold);
    SlaPolicy preset =
        SlaPolicy.of(
            "SLA-9001",
            SlaPolicyConfig.builder()
                .from(SlaPresets.businessGold())
                .name(gold.name())
                .validFor(gold.validFor())
                .build());
    assertEquals(preset, fromTerms, "the NetCo Gold terms are the Business Gold preset");
    assertEquals("SLA-9001", fromTerms.agreement());
  }

  @Test
  void clausesTheTermsCannotHoldAreAddedToTheirConfiguration() {
    SlaTerms silver = NetCoRecords.slaTerms().get(1);
    SlaPolicyConfig chronic =
        SlaPolicyConfig.builder()
            .from(SlaPolicyConfig.fromTerms(silver))
            .chronicFailureAfter(2)
            .cap(CreditCap.lowerOf(new BigDecimal("15"), Money.of("10.00", "EUR")))
            .build();
    SlaCredit credit =
        assess(
            chronic,
            C,
            List.of(down("C1", "2025-03-02T00:00Z/2025-03-02T10:00Z", "alarm:1")),
            List.of(),
            MARCH,
            1);
    assertTrue(credit.terminationRight(), "second breached month in a row");
    assertEquals(
        Money.of("10.00", "EUR"), credit.credit(), "15 % of 600.00 = 90.00, capped at 10.00");
  }

  @Test
  void connectionsWithUnknownAgreementsOrNoMrrAreReportedNotDropped() {
    Connection unknown =
        Connection.builder().from(connection("C2", "10.00")).sla("SLA-NOPE").build();
    Connection noMrr =
        Connection.builder()
            .id("C3")
            .account("A")
            .sla("SLA")
            .activation(NetCoRecords.t("2024-01-01T00:00:00Z"))
            .build();
    SlaCredits credits =
        SlaEngine.of(SlaPolicy.of("SLA", SlaPresets.businessGold()))
            .assess(
                List.of(C, unknown, noMrr),
                Impacts.builder().asOf(SlaFixtures.AS_OF).build(),
                NetCo.MARCH);
    assertEquals(Map.of("C2", "SLA-NOPE"), credits.unknownAgreements());
    assertEquals(java.util.Set.of("C3"), credits.unvaluedConnections());
    assertEquals(1, credits.entries().size());
  }

  @Test
  void serviceCreditNotationParsesTheConsequenceConvention() {
    assertEquals(new BigDecimal("10"), ServiceCreditNotation.parse("serviceCredit:10%MRR").get());
    assertEquals(
        new BigDecimal("2.5"), ServiceCreditNotation.parse(" ServiceCredit : 2.50 % mrr ").get());
    assertTrue(ServiceCreditNotation.parse("n/a").isEmpty());
    assertTrue(ServiceCreditNotation.parse("serviceCredit:-5%MRR").isEmpty());
    assertEquals("serviceCredit:25%MRR", ServiceCreditNotation.format(new BigDecimal("25.0")));
  }

  @Test
  void invalidConfigurationIsRefusedWithTheAttributeNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SlaPolicyConfig.builder().target(new BigDecimal("120")).build());
    assertTrue(e.getMessage().startsWith("target must be in (0, 100], was 120"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> CreditRule.tiers(CreditTier.of("99.5", "5"), CreditTier.of("99.50", "10")));
    assertThrows(IllegalArgumentException.class, () -> DowntimeRule.atLeast(BigDecimal.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> SlaPolicyConfig.builder().chronicFailureAfter(0).build());
  }

  @Test
  void strategiesPrintReadably() {
    assertEquals("DowntimeRule.fullOutageOnly()", DowntimeRule.fullOutageOnly().toString());
    assertEquals(
        "DowntimeRule.atLeast(0.5)", DowntimeRule.atLeast(new BigDecimal("0.50")).toString());
    assertEquals("ServiceSchedule.always()", ServiceSchedule.always().toString());
    assertEquals(
        "CreditRule.tiers(<99.5% -> 5% MRR, <99% -> 15% MRR)",
        CreditRule.tiers(CreditTier.of("99.0", "15"), CreditTier.of("99.5", "5")).toString());
    assertEquals("cap 50% MRR", CreditCap.percentOfMrr(new BigDecimal("50.0")).toString());
  }
}
