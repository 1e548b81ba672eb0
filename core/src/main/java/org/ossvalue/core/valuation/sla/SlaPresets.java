package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.time.Duration;
import org.ossvalue.core.sla.CreditTier;

/**
 * Ready-made policy shapes (docs/sla-policies.md describes each): start from one and adjust it with
 * {@code SlaPolicyConfig.builder().from(preset)}.
 */
public final class SlaPresets {

  private SlaPresets() {}

  /**
   * Business Gold (the NetCo shape): target 99.95 %; below it 10 % of MRR, below 99.5 % 25 %, below
   * 99.0 % 50 %; capped at 50 % of MRR; planned work excluded; d = 1 counts.
   */
  public static SlaPolicyConfig businessGold() {
    return SlaPolicyConfig.builder()
        .name("Business Gold")
        .addCreditRules(
            CreditRule.tiers(
                CreditTier.of("99.95", "10"),
                CreditTier.of("99.5", "25"),
                CreditTier.of("99.0", "50")))
        .cap(CreditCap.percentOfMrr(BigDecimal.valueOf(50)))
        .build();
  }

  /**
   * Business Silver (the NetCo shape): target 99.5 %; below it 5 % of MRR, below 99.0 % 15 %;
   * capped at 15 % of MRR.
   */
  public static SlaPolicyConfig businessSilver() {
    return SlaPolicyConfig.builder()
        .name("Business Silver")
        .addCreditRules(CreditRule.tiers(CreditTier.of("99.5", "5"), CreditTier.of("99.0", "15")))
        .cap(CreditCap.percentOfMrr(BigDecimal.valueOf(15)))
        .build();
  }

  /**
   * A public-cloud style monthly table: below 99.99 % 10 % of the monthly charge, below 99.0 % 30
   * %, below 95.0 % 100 %; capped at 100 %.
   */
  public static SlaPolicyConfig publicCloudMonthly() {
    return SlaPolicyConfig.builder()
        .name("Public cloud monthly")
        .addCreditRules(
            CreditRule.tiers(
                CreditTier.of("99.99", "10"),
                CreditTier.of("99.0", "30"),
                CreditTier.of("95.0", "100")))
        .cap(CreditCap.percentOfMrr(BigDecimal.valueOf(100)))
        .build();
  }

  /**
   * A telco per-hour table: each outage is allowed a 4-hour fix time; every started hour beyond it
   * earns 5 % of MRR; capped at 100 % of MRR; three consecutive months with a credit give a
   * termination right.
   */
  public static SlaPolicyConfig telcoPerHour() {
    return SlaPolicyConfig.builder()
        .name("Telco per hour")
        .addCreditRules(CreditRule.perHour(CreditAmount.percentOfMrr("5"), Duration.ofHours(4)))
        .cap(CreditCap.percentOfMrr(BigDecimal.valueOf(100)))
        .chronicFailureAfter(3)
        .build();
  }
}
