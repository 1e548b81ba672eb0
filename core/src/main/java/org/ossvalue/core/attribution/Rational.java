package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact fraction p/q in lowest terms with q > 0: the arithmetic of the Markov chain. */
final class Rational implements Comparable<Rational> {

  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  final BigInteger numerator;
  final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Rational of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator must not be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Rational(numerator, denominator);
  }

  /** The exact value of a decimal. */
  static Rational of(BigDecimal value) {
    return value.scale() <= 0
        ? of(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  Rational plus(Rational that) {
    return of(
        numerator.multiply(that.denominator).add(that.numerator.multiply(denominator)),
        denominator.multiply(that.denominator));
  }

  Rational minus(Rational that) {
    return plus(that.negate());
  }

  Rational times(Rational that) {
    return of(numerator.multiply(that.numerator), denominator.multiply(that.denominator));
  }

  Rational dividedBy(Rational that) {
    return of(numerator.multiply(that.denominator), denominator.multiply(that.numerator));
  }

  Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  int signum() {
    return numerator.signum();
  }

  /** Rounded half-even to a scale. */
  BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
  }

  @Override
  public int compareTo(Rational that) {
    return numerator.multiply(that.denominator).compareTo(that.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational that
        && that.numerator.equals(numerator)
        && that.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
