package org.ossvalue.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Decimal helpers shared by the value types. Not API. */
public final class Decimals {

  /** The powers of ten whose remainders fit a long: 10^0 … 10^18. */
  private static final BigInteger[] TEN_POWERS = new BigInteger[19];

  static {
    for (int i = 0; i < TEN_POWERS.length; i++) {
      TEN_POWERS[i] = BigInteger.TEN.pow(i);
    }
  }

  private Decimals() {}

  /**
   * The value without trailing zeros and never with a negative scale: {@code 230.00} becomes {@code
   * 230}, not {@code 2.3E+2}; so equal values are {@code equals}.
   *
   * <p>The same result as {@code stripTrailingZeros()} followed by {@code setScale(0)} when the
   * scale is negative, in at most two divisions: {@code stripTrailingZeros} divides a value too
   * large for a long by ten once per zero, and every division of money by a day count gives such a
   * value (scale 20), often with many zeros (a whole division: {@code 15.00000000000000000000}).
   */
  public static BigDecimal normalize(BigDecimal value) {
    int scale = value.scale();
    if (scale == 0) {
      return value;
    }
    if (scale < 0 || value.signum() == 0 || value.precision() < 19) {
      return slow(value);
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.testBit(0)) {
      return value; // odd: no trailing zero
    }
    int chunk = Math.min(scale, TEN_POWERS.length - 1);
    BigInteger[] qr = unscaled.divideAndRemainder(TEN_POWERS[chunk]);
    long rest = qr[1].longValue();
    if (rest == 0) {
      // At least `chunk` zeros: drop them, and look again at what is left.
      return normalize(new BigDecimal(qr[0], scale - chunk));
    }
    int zeros = 0;
    while (rest % 10 == 0) {
      rest /= 10;
      zeros++;
    }
    return zeros == 0 ? value : new BigDecimal(unscaled.divide(TEN_POWERS[zeros]), scale - zeros);
  }

  /** The reference: what {@link #normalize} computes, the short way. */
  static BigDecimal slow(BigDecimal value) {
    if (value.scale() == 0) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }
}
