package org.ossvalue.testkit.internal;

import java.time.Instant;
import java.util.List;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.sla.CreditTier;
import org.ossvalue.core.sla.SlaTerms;

/**
 * The operator's three SLAs: Gold and Silver as TMF623 rules, Platinum as a TMF657 specification
 * with objectives.
 */
final class SlaCatalog {

  static final String GOLD = "SLA-GOLD";
  static final String SILVER = "SLA-SILVER";
  static final String PLATINUM = "SLS-PLATINUM";

  static final Instant VALID_FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant VALID_TO = Instant.parse("2027-01-01T00:00:00Z");

  /** A TMF623 rule: {id, metric, unit, referenceValue, operator, consequence}. */
  record Rule(
      String id,
      String metric,
      String unit,
      String referenceValue,
      String operator,
      String consequence) {}

  /** A TMF623 SLA. */
  record Sla623(String id, String name, String description, List<Rule> rules) {}

  /** A TMF657 objective: {id, name, target, comparator, parameter, action}. */
  record Objective(
      String id, String name, String target, String comparator, String parameter, String action) {}

  static final List<Sla623> SLA623 =
      List.of(
          new Sla623(
              GOLD,
              "Business Gold availability 99.95%",
              "Monthly availability; tiered service credits on the monthly recurring charge.",
              List.of(
                  tier("availability-tier1", "99.95", "10"),
                  tier("availability-tier2", "99.5", "25"),
                  tier("availability-tier3", "99.0", "50"),
                  new Rule(
                      "measurement-period",
                      "measurementPeriod",
                      "period",
                      "calendarMonth",
                      ".eq",
                      "n/a"),
                  new Rule(
                      "planned-maintenance",
                      "plannedMaintenanceExcluded",
                      "boolean",
                      "true",
                      ".eq",
                      "n/a"),
                  new Rule("credit-cap", "serviceCreditCap", "%MRR", "50", ".le", "n/a"))),
          new Sla623(
              SILVER,
              "Business Silver availability 99.5%",
              "Monthly availability for Silver business connections.",
              List.of(
                  tier("availability-tier1", "99.5", "5"),
                  tier("availability-tier2", "99.0", "15"),
                  new Rule(
                      "planned-maintenance",
                      "plannedMaintenanceExcluded",
                      "boolean",
                      "true",
                      ".eq",
                      "n/a"),
                  new Rule("credit-cap", "serviceCreditCap", "%MRR", "15", ".le", "n/a"))));

  static final String PLATINUM_NAME = "Enterprise Platinum availability 99.99%";

  static final List<Objective> PLATINUM_OBJECTIVES =
      List.of(
          new Objective(
              "SLO-PLAT-1",
              "Availability 99.99%",
              "99.99",
              ">=",
              "availability",
              "serviceCredit:10%MRR"),
          new Objective(
              "SLO-PLAT-2",
              "Availability 99.9%",
              "99.9",
              ">=",
              "availability",
              "serviceCredit:30%MRR"),
          new Objective(
              "SLO-PLAT-3",
              "Availability 99.5%",
              "99.5",
              ">=",
              "availability",
              "serviceCredit:100%MRR"),
          new Objective("SLO-PLAT-CAP", "Credit cap", "100", "<=", "serviceCreditCap", "n/a"),
          new Objective(
              "SLO-PLAT-PLANNED",
              "Planned maintenance excluded",
              "true",
              "==",
              "plannedMaintenanceExcluded",
              "n/a"));

  private SlaCatalog() {}

  private static Rule tier(String id, String below, String percent) {
    return new Rule(id, "availability", "%", below, ".ge", "serviceCredit:" + percent + "%MRR");
  }

  /** The SLA terms as the TMF reader reads them, by id. */
  static List<SlaTerms> terms() {
    TimeWindow valid = TimeWindow.of(VALID_FROM, VALID_TO);
    return List.of(
        SlaTerms.builder()
            .id(GOLD)
            .name(SLA623.get(0).name())
            .validFor(valid)
            .addTiers(CreditTier.of("99.95", "10"), CreditTier.of("99.5", "25"))
            .addTiers(CreditTier.of("99.0", "50"))
            .capPercentOfMrr(new java.math.BigDecimal("50"))
            .plannedExcluded(true)
            .build(),
        SlaTerms.builder()
            .id(SILVER)
            .name(SLA623.get(1).name())
            .validFor(valid)
            .addTiers(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15"))
            .capPercentOfMrr(new java.math.BigDecimal("15"))
            .plannedExcluded(true)
            .build(),
        SlaTerms.builder()
            .id(PLATINUM)
            .name(PLATINUM_NAME)
            .validFor(valid)
            .addTiers(CreditTier.of("99.99", "10"), CreditTier.of("99.9", "30"))
            .addTiers(CreditTier.of("99.5", "100"))
            .capPercentOfMrr(new java.math.BigDecimal("100"))
            .plannedExcluded(true)
            .build());
  }
}
