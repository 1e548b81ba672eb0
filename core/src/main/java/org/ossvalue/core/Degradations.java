package org.ossvalue.core;

import java.math.BigDecimal;
import java.math.MathContext;
import org.ossvalue.core.internal.Decimals;

/** Helpers for degradation values d in [0, 1]: 0 is healthy, 1 is down. */
public final class Degradations {

  /** Precision kept when a rule divides (a weighted mean): 34 significant digits. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  private Degradations() {}

  /** d with trailing zeros removed and never a negative scale, so equal values are equal. */
  public static BigDecimal normalize(BigDecimal d) {
    return Decimals.normalize(d);
  }

  /** Checks that d lies in [0, 1] and returns it normalised. */
  public static BigDecimal check(BigDecimal d, String attribute) {
    if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          attribute + " must be in [0, 1], was " + d.toPlainString());
    }
    return normalize(d);
  }
}
