package org.ossvalue.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.internal.Decimals;

/** The benchmark's quick mode: both contenders give the same value and scale. No timing. */
class DecimalsBenchmarkSmokeTest {

  @Test
  void bothNormalisationsAgree() {
    for (BigDecimal a : DecimalsBenchmark.amounts(20_000, 7)) {
      BigDecimal fast = Decimals.normalize(a);
      BigDecimal baseline = DecimalsBenchmark.strip(a);
      assertEquals(baseline, fast, a::toPlainString);
      assertEquals(baseline.scale(), fast.scale(), a::toPlainString);
    }
  }
}
