package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;

/**
 * {@code round(M × d × s ÷ S)} to {@value Money#DIVISION_SCALE} places, half-even, in 128-bit
 * integers: what {@code monthly.times(d.multiply(seconds)).dividedBy(monthSeconds)} computes with
 * {@link BigDecimal}, digit for digit, without building a {@code BigDecimal} per value.
 *
 * <p>M (an amount) is an unsigned 128-bit unscaled value with a scale and a sign, d (a degradation)
 * an unscaled long with a scale, s (the seconds of a window part) a whole number of seconds or of
 * nanoseconds, S (the seconds of a month) a whole number below 2<sup>31</sup>. With x = M × d × s
 * written as an integer N times 10<sup>−(a+b+c)</sup>, the value times 10<sup>20</sup> is N ×
 * 10<sup>20−a−b−c</sup> ÷ S: a 128-bit product divided by a 31-bit divisor, in 32-bit limbs, then
 * rounded half-even on the remainder. Anything outside that (an amount beyond 126 bits, a
 * degradation with more than 18 digits such as a weighted mean's, a scale sum above 20 that would
 * need a divisor of 2<sup>31</sup> or more, a product beyond 127 bits) reports that it does not
 * fit, and the caller uses {@code BigDecimal}.
 *
 * <p>Not thread-safe: the last quotient is kept in fields, to return two longs without allocating.
 */
final class ProRata {

  static final int SCALE = Money.DIVISION_SCALE;

  private static final long LOW_32 = 0xFFFF_FFFFL;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long[] POWERS = new long[19]; // 10^0 .. 10^18

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** High and low 64 bits of the last quotient (unsigned). */
  long high;

  long low;

  /**
   * Computes round(m × 10<sup>−a</sup> × p × 10<sup>−b</sup> × seconds ÷ monthSeconds) ×
   * 10<sup>20</sup> into {@link #high}/{@link #low}, for a non-negative m (its sign is the
   * caller's); false when it does not fit.
   *
   * @param mHigh the high 64 bits of m (below 2<sup>62</sup>)
   * @param mLow the low 64 bits of m, unsigned
   * @param a m's scale, 0 to 20
   * @param p d's unscaled value, 0 or more
   * @param b d's scale, 0 to 20
   * @param nanos the part's length in nanoseconds, above 0
   * @param monthSeconds S, above 0
   */
  boolean value(long mHigh, long mLow, int a, long p, int b, long nanos, long monthSeconds) {
    long s;
    int c;
    if (nanos % NANOS_PER_SECOND == 0) {
      s = nanos / NANOS_PER_SECOND;
      c = 0;
    } else {
      s = nanos;
      c = 9;
    }
    int e = SCALE - a - b - c;
    long divisor = monthSeconds;
    if (e < 0) {
      if (-e >= POWERS.length || Math.multiplyHigh(divisor, POWERS[-e]) != 0) {
        return false;
      }
      divisor *= POWERS[-e];
      e = 0;
    }
    if (divisor <= 0 || divisor > Integer.MAX_VALUE) {
      return false;
    }
    if (p < 0 || s <= 0 || Math.multiplyHigh(p, s) != 0) {
      return false;
    }
    long f = p * s;
    if (f < 0) {
      return false;
    }
    long h = mHigh;
    long l = mLow;
    if (!multiply(h, l, f)) {
      return false;
    }
    while (e > 0) {
      int step = Math.min(e, POWERS.length - 1);
      if (!multiply(high, low, POWERS[step])) {
        return false;
      }
      e -= step;
    }
    divide(high, low, divisor);
    return true;
  }

  /** (h, l) × f into high/low; false beyond 127 bits. f is at least 0. */
  private boolean multiply(long h, long l, long f) {
    long carry = Math.multiplyHigh(l, f) + ((l >> 63) & f); // unsigned high of l × f
    if (Math.multiplyHigh(h, f) != 0) {
      return false;
    }
    long hf = h * f;
    if (hf < 0) {
      return false;
    }
    long nh = hf + carry;
    if (nh < 0) {
      return false;
    }
    high = nh;
    low = l * f;
    return true;
  }

  /** (h, l) ÷ d, rounded half-even, into high/low; 0 &lt; d &lt; 2^31. */
  private void divide(long h, long l, long d) {
    long x = h >>> 32;
    long q3 = x / d;
    long r = x % d;
    x = (r << 32) | (h & LOW_32);
    long q2 = x / d;
    r = x % d;
    x = (r << 32) | (l >>> 32);
    long q1 = x / d;
    r = x % d;
    x = (r << 32) | (l & LOW_32);
    long q0 = x / d;
    r = x % d;
    long qh = (q3 << 32) | q2;
    long ql = (q1 << 32) | q0;
    long twice = r << 1;
    if (twice > d || (twice == d && (ql & 1) != 0)) {
      ql++;
      if (ql == 0) {
        qh++;
      }
    }
    high = qh;
    low = ql;
  }

  /** Adds (h, l) to the last quotient: used to sum the parts of one window. */
  boolean add(long h, long l) {
    long nl = low + l;
    long nh = high + h + (Long.compareUnsigned(nl, low) < 0 ? 1 : 0);
    if (nh < 0 || nh < high) {
      return false;
    }
    high = nh;
    low = nl;
    return true;
  }

  /** The unsigned 128-bit value (h, l), negated when asked, at a scale. */
  static BigDecimal decimal(long h, long l, boolean negative, int scale) {
    if (h == 0 && l >= 0) {
      return BigDecimal.valueOf(negative ? -l : l, scale);
    }
    BigInteger v = unsigned(h, l);
    return new BigDecimal(negative ? v.negate() : v, scale);
  }

  static BigInteger unsigned(long h, long l) {
    BigInteger high = BigInteger.valueOf(h).shiftLeft(64);
    BigInteger low = BigInteger.valueOf(l >>> 1).shiftLeft(1).or(BigInteger.valueOf(l & 1));
    return high.or(low);
  }

  /**
   * A decimal's parts for {@link #value}: its unscaled magnitude in two longs, its scale and its
   * sign; null when the scale is not 0 to 20 or the magnitude needs more than 126 bits.
   */
  static long @Nullable [] parts(BigDecimal x) {
    int scale = x.scale();
    if (scale < 0 || scale > SCALE) {
      return null;
    }
    BigInteger u = x.unscaledValue();
    int signum = u.signum();
    if (signum < 0) {
      u = u.negate();
    }
    if (u.bitLength() > 126) {
      return null;
    }
    long h = u.bitLength() < 64 ? 0 : u.shiftRight(64).longValue();
    return new long[] {h, u.longValue(), scale, signum < 0 ? 1 : 0};
  }

  /** An exact sum of quotients, signed, in 128 bits, spilling into a BigInteger when it must. */
  static final class Sum {
    private long high; // two's complement, kept within ±2^61
    private long low;
    private BigDecimal spilled = BigDecimal.ZERO;
    private boolean any;

    void add(long h, long l, boolean negative) {
      any = true;
      long nh;
      long nl;
      if (negative) {
        nl = low - l;
        nh = high - h - (Long.compareUnsigned(low, l) < 0 ? 1 : 0);
      } else {
        nl = low + l;
        nh = high + h + (Long.compareUnsigned(nl, low) < 0 ? 1 : 0);
      }
      if (h >= (1L << 60) || nh >= (1L << 61) || nh < -(1L << 61)) {
        BigInteger v = unsigned(h, l);
        spilled = spilled.add(new BigDecimal(negative ? v.negate() : v, SCALE));
        return;
      }
      high = nh;
      low = nl;
    }

    /** Adds an exact decimal computed another way. */
    void add(BigDecimal amount) {
      any = true;
      spilled = spilled.add(amount);
    }

    /** Whether anything was added. */
    boolean any() {
      return any;
    }

    /** The exact total, at scale 20 or more. */
    BigDecimal total() {
      BigInteger v = BigInteger.valueOf(high).shiftLeft(64).add(unsigned(0, low));
      return new BigDecimal(v, SCALE).add(spilled);
    }
  }
}
