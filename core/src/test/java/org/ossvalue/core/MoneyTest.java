package org.ossvalue.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void equalityIgnoresTrailingZeros() {
    new EqualsTester()
        .addEqualityGroup(
            Money.of("1.50", "EUR"),
            Money.of("1.5", "EUR"),
            Money.of(new BigDecimal("1.500"), Money.currency("EUR")))
        .addEqualityGroup(Money.of("1.50", "GBP"))
        .addEqualityGroup(
            Money.of(450, "EUR"), Money.of("450.00", "EUR"), Money.of("4.5E+2", "EUR"))
        .testEquals();
  }

  @Test
  void printsAtLeastTheMinorUnitAndAllExactDigits() {
    assertEquals("450.00 EUR", Money.of("450", "EUR").toString());
    assertEquals("0.125 EUR", Money.of("0.125", "EUR").toString());
    assertEquals("1200 JPY", Money.of("1200", "JPY").toString());
  }

  @Test
  void roundsHalfEvenOnlyWhenAsked() {
    assertEquals(Money.of("0.12", "EUR"), Money.of("0.125", "EUR").rounded());
    assertEquals(Money.of("0.14", "EUR"), Money.of("0.135", "EUR").rounded());
    assertEquals("2.00", Money.of("2", "EUR").roundedAmount().toPlainString());
    assertEquals(Money.of("0.125", "EUR"), Money.of("0.1", "EUR").plus(Money.of("0.025", "EUR")));
  }

  @Test
  void refusesToMixCurrencies() {
    CurrencyMismatchException e =
        assertThrows(
            CurrencyMismatchException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "GBP")));
    assertTrue(e.getMessage().contains("EUR vs GBP"), e.getMessage());
    assertThrows(
        CurrencyMismatchException.class,
        () -> Money.of("1", "EUR").compareTo(Money.of("1", "GBP")));
  }

  @Test
  void currencyMustBeAnUpperCaseIso4217Code() {
    assertEquals(
        "currency must be an upper-case ISO 4217 code, was \"eur\"",
        assertThrows(IllegalArgumentException.class, () -> Money.currency("eur")).getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Money.currency("EUT"))
            .getMessage()
            .endsWith("was EUT"));
  }

  @Test
  void divisionKeepsTwentyDecimals() {
    assertEquals(
        new BigDecimal("0.33333333333333333333"),
        Money.of("1", "EUR").dividedBy(BigDecimal.valueOf(3)).amount());
    assertThrows(ArithmeticException.class, () -> Money.of("1", "EUR").dividedBy(BigDecimal.ZERO));
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Money.class);
  }
}
