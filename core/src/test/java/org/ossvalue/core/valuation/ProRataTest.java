package org.ossvalue.core.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;

/**
 * The 128-bit arithmetic of {@link ProRata} gives what {@link BigDecimal} gives, digit for digit,
 * whenever it says it fits; and its sums are exact.
 */
class ProRataTest {

  private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);

  @Test
  void quotientIsTheBigDecimalQuotientWheneverItFits() {
    int[] fitted = new int[1];
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              BigDecimal m = new BigDecimal(new BigInteger(1 + r.nextInt(126), r), r.nextInt(21));
              BigDecimal d =
                  r.nextBoolean()
                      ? BigDecimal.valueOf(r.nextInt(1001), 3)
                      : BigDecimal.valueOf(r.nextLong() & Long.MAX_VALUE, r.nextInt(21));
              long nanos =
                  switch (r.nextInt(4)) {
                    case 0 -> (1 + r.nextInt(100_000)) * 1_000_000_000L;
                    case 1 -> 1 + (r.nextLong() & Long.MAX_VALUE);
                    default -> 1 + r.nextInt(Integer.MAX_VALUE);
                  };
              long monthSeconds =
                  r.nextBoolean() ? 2_419_200 + 86_400L * r.nextInt(4) : 1 + r.nextInt(1 << 30);
              long[] parts = ProRata.parts(m);
              assertNotNull(parts);
              ProRata p = new ProRata();
              if (!p.value(
                  parts[0],
                  parts[1],
                  (int) parts[2],
                  d.unscaledValue().longValueExact(),
                  d.scale(),
                  nanos,
                  monthSeconds)) {
                return;
              }
              fitted[0]++;
              BigDecimal seconds = BigDecimal.valueOf(nanos).divide(NANOS);
              BigDecimal expected =
                  m.multiply(d.multiply(seconds))
                      .divide(
                          BigDecimal.valueOf(monthSeconds),
                          Money.DIVISION_SCALE,
                          RoundingMode.HALF_EVEN);
              assertEquals(
                  expected,
                  ProRata.decimal(p.high, p.low, false, ProRata.SCALE),
                  m + " × " + d + " × " + seconds + " ÷ " + monthSeconds);
            });
    assertTrue(fitted[0] > 200, "the integers fit often enough to matter: " + fitted[0]);
  }

  @Test
  void typicalValuesFit() {
    ProRata p = new ProRata();
    long[] parts = ProRata.parts(new BigDecimal("450.00"));
    assertTrue(
        p.value(parts[0], parts[1], (int) parts[2], 5, 1, 90 * 60 * 1_000_000_000L, 2_678_400));
    assertEquals(
        new BigDecimal("450.00")
            .multiply(new BigDecimal("0.5").multiply(BigDecimal.valueOf(5400)))
            .divide(BigDecimal.valueOf(2_678_400), 20, RoundingMode.HALF_EVEN),
        ProRata.decimal(p.high, p.low, false, ProRata.SCALE));
  }

  @Test
  void tiesRoundHalfEven() {
    ProRata p = new ProRata();
    for (int unscaled = 1; unscaled <= 7; unscaled++) {
      BigDecimal m = BigDecimal.valueOf(unscaled, 20);
      long[] parts = ProRata.parts(m);
      assertTrue(p.value(parts[0], parts[1], (int) parts[2], 5, 1, 1_000_000_000L, 1));
      BigDecimal expected =
          m.multiply(new BigDecimal("0.5")).setScale(ProRata.SCALE, RoundingMode.HALF_EVEN);
      assertEquals(expected, ProRata.decimal(p.high, p.low, false, ProRata.SCALE), m.toString());
    }
  }

  @Test
  void partsRefuseWhatTheIntegersCannotHold() {
    assertNull(ProRata.parts(new BigDecimal("1e40")));
    assertNull(ProRata.parts(new BigDecimal("1e-21")));
    assertNull(ProRata.parts(new BigDecimal("1e3").stripTrailingZeros()));
    long[] negative = ProRata.parts(new BigDecimal("-12.5"));
    assertNotNull(negative);
    assertEquals(125, negative[1]);
    assertEquals(1, negative[2]);
    assertEquals(1, negative[3]);
  }

  @Test
  void sumIsExactWhateverTheMagnitudes() {
    qt().withExamples(500)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              ProRata.Sum sum = new ProRata.Sum();
              BigDecimal expected = BigDecimal.ZERO;
              int n = r.nextInt(40);
              for (int i = 0; i < n; i++) {
                if (r.nextInt(10) == 0) {
                  BigDecimal x = new BigDecimal(new BigInteger(100, r), r.nextInt(30));
                  sum.add(x);
                  expected = expected.add(x);
                  continue;
                }
                BigInteger v = new BigInteger(1 + r.nextInt(127), r);
                long h = v.shiftRight(64).longValue();
                long l = v.longValue();
                boolean negative = r.nextBoolean();
                sum.add(h, l, negative);
                BigDecimal x = new BigDecimal(negative ? v.negate() : v, ProRata.SCALE);
                expected = expected.add(x);
              }
              assertEquals(n > 0, sum.any());
              assertEquals(0, expected.compareTo(sum.total()), expected + " " + sum.total());
            });
  }
}
