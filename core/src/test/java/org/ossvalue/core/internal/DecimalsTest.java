package org.ossvalue.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The two-division normalisation gives exactly what stripping zeros one by one gives. */
class DecimalsTest {

  @Test
  void sameValueAndScaleAsStrippingOneZeroAtATime() {
    qt().withExamples(50_000)
        .forAll(
            longs().all(),
            integers().between(0, 30),
            integers().between(-5, 45),
            integers().between(0, 3))
        .checkAssert(
            (digits, zeros, scale, size) -> {
              // digits x 10^zeros, widened by up to three more longs of digits.
              BigInteger unscaled = BigInteger.valueOf(digits);
              for (int i = 0; i < size; i++) {
                unscaled =
                    unscaled.multiply(BigInteger.valueOf(Long.MAX_VALUE)).add(BigInteger.ONE);
              }
              unscaled = unscaled.multiply(BigInteger.TEN.pow(zeros));
              BigDecimal value = new BigDecimal(unscaled, scale);
              BigDecimal fast = Decimals.normalize(value);
              BigDecimal slow = Decimals.slow(value);
              assertEquals(slow, fast, value::toString);
              assertEquals(slow.scale(), fast.scale(), value::toString);
            });
  }

  @Test
  void examples() {
    assertEquals("230", Decimals.normalize(new BigDecimal("230.00")).toPlainString());
    assertEquals("230", Decimals.normalize(new BigDecimal("2.3E+2")).toString());
    assertEquals(
        "15", Decimals.normalize(new BigDecimal("15.00000000000000000000")).toPlainString());
    assertEquals(
        "-1234567890123456789.5",
        Decimals.normalize(new BigDecimal("-1234567890123456789.50000000000000000000"))
            .toPlainString());
    assertEquals(
        "0.33333333333333333333",
        Decimals.normalize(new BigDecimal("0.33333333333333333333")).toPlainString());
    assertEquals(BigDecimal.ZERO, Decimals.normalize(new BigDecimal("0.000000000000000000000")));
  }
}
