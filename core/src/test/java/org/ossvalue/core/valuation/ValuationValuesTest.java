package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;

class ValuationValuesTest {

  @Test
  void estimatesIgnoreTrailingZerosAndRefuseDisorderedRanges() {
    new EqualsTester()
        .addEqualityGroup(Estimate.of("0.10", "0.2", "0.30"), Estimate.of("0.1", "0.20", "0.3"))
        .addEqualityGroup(Estimate.exactly(BigDecimal.ONE), Estimate.of("1", "1.0", "1.00"))
        .testEquals();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Estimate.of("0.3", "0.2", "0.1"));
    assertEquals(
        "estimate must satisfy low <= central <= high, was low=0.3 central=0.2 high=0.1",
        e.getMessage());
    assertEquals("0.2 [0.1, 0.3]", Estimate.of("0.1", "0.2", "0.3").toString());
    assertEquals("1", Estimate.exactly(BigDecimal.ONE).toString());
  }

  @Test
  void moneyEstimatesStayInOneCurrencyAndAddEndByEnd() {
    MoneyEstimate a = MoneyEstimate.of(eur("1"), eur("2"), eur("3"));
    assertEquals(MoneyEstimate.of(eur("2"), eur("4"), eur("6")), a.plus(a));
    assertThrows(
        IllegalArgumentException.class,
        () -> MoneyEstimate.of(eur("1"), Money.of("2", "GBP"), eur("3")));
    assertEquals("2.00 EUR [1.00 EUR, 3.00 EUR]", a.toString());
  }

  @Test
  void anExplanationPrintsItsFormulaInputsAndClauseAndCollectsItsRecords() {
    Explanation e =
        Explanation.builder()
            .figure("SLA credit P-1001")
            .result("112.50 EUR")
            .formula("25 % x 450.00 EUR")
            .input("MRR", Money.of("450.00", "EUR"), "connection:P-1001")
            .input("downtime", "230 min", "alarm:7008", "alarm:7001")
            .clause("SLA-9001 tier < 99.5 %")
            .build();
    assertEquals(
        "SLA credit P-1001 = 112.50 EUR\n"
            + "  formula: 25 % x 450.00 EUR\n"
            + "  input:   MRR = 450.00 EUR [connection:P-1001]\n"
            + "  input:   downtime = 230 min [alarm:7008, alarm:7001]\n"
            + "  clause:  SLA-9001 tier < 99.5 %",
        e.toString());
    assertEquals(
        List.of("alarm:7001", "alarm:7008", "connection:P-1001"), List.copyOf(e.records()));
  }

  @Test
  void aLedgerEntryNamesItsConnectionAndKeepsItsRangeInItsCurrency() {
    Explanation why =
        Explanation.builder().figure("f").result("r").formula("x").clause("c").build();
    LedgerEntry.Builder b =
        LedgerEntry.builder()
            .kind(LedgerKind.CHURN_EXPOSURE)
            .connection("P-1001")
            .amount(eur("326.11"))
            .window(TimeWindow.parse("2025-01-01T00:00Z/2025-04-01T00:00Z"))
            .explanation(why);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LedgerEntry.builder()
                .from(b.build())
                .range(MoneyEstimate.exactly(Money.of("1", "GBP")))
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> LedgerEntry.builder().from(b.build()).connection(" ").build());
    assertTrue(b.build().toString().startsWith("churnExposure P-1001 326.11 EUR"));
    assertEquals(why, b.build().explain());
  }

  @Test
  void factoriesRefuseNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Estimate.class);
    new NullPointerTester()
        .setDefault(Money.class, eur("1"))
        .testAllPublicStaticMethods(MoneyEstimate.class);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
