package org.ossvalue.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal helpers shared by the value types. Not API. */
public final class Decimals {

  private Decimals() {}

  /**
   * The value without trailing zeros and never with a negative scale: {@code 230.00} becomes {@code
   * 230}, not {@code 2.3E+2}; so equal values are {@code equals}.
   */
  public static BigDecimal normalize(BigDecimal value) {
    if (value.scale() == 0) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }
}
