package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTotalsTest {

  @Test
  void keepsOneExactTotalPerCurrency() {
    MoneyTotals totals =
        MoneyTotals.of(Money.of("0.005", "EUR"), Money.of("1", "GBP"), Money.of("0.005", "EUR"));
    assertEquals(List.of(Money.of("0.01", "EUR"), Money.of("1", "GBP")), totals.all());
    assertEquals(Money.of("0", "USD"), totals.get("USD"));
  }

  @Test
  void roundsEachTotalNotEachAddend() {
    MoneyTotals totals =
        List.of(Money.of("0.004", "EUR"), Money.of("0.004", "EUR")).stream()
            .collect(MoneyTotals.collector());
    assertEquals(Money.of("0.01", "EUR"), totals.rounded().get("EUR"));
  }

  @Test
  void equalTotalsAreEqualWhateverTheOrderOfAddition() {
    new EqualsTester()
        .addEqualityGroup(
            MoneyTotals.of(Money.of("1", "EUR"), Money.of("2", "GBP")),
            MoneyTotals.of(Money.of("2", "GBP"), Money.of("1.00", "EUR")),
            MoneyTotals.empty()
                .plus(Money.of("2", "GBP"))
                .plus(MoneyTotals.of(Money.of("1", "EUR"))))
        .addEqualityGroup(MoneyTotals.empty())
        .testEquals();
    assertTrue(MoneyTotals.empty().isEmpty());
  }
}
