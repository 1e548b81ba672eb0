package org.ossvalue.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;

/**
 * An exact amount of one currency.
 *
 * <p>Arithmetic is exact ({@link BigDecimal}); amounts of different currencies are never added or
 * compared. Rounding to the currency's minor unit (half-even) happens only when asked for, with
 * {@link #rounded()}, at the edge of a calculation (display, settlement), never in intermediate
 * sums. Division, which cannot always be exact, keeps {@value #DIVISION_SCALE} decimal places.
 *
 * <p>Equality ignores trailing zeros: {@code Money.of("1.50", "EUR")} equals {@code Money.of("1.5",
 * "EUR")}.
 */
@Value.Immutable
public abstract class Money implements Comparable<Money> {

  /** Decimal places kept by {@link #dividedBy(BigDecimal)}: far below any minor unit. */
  public static final int DIVISION_SCALE = 20;

  Money() {}

  /** The exact amount, with trailing zeros removed. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The ISO 4217 currency. */
  @Value.Parameter
  public abstract Currency currency();

  /** An exact amount of a currency. */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * An exact amount parsed from its decimal text, in the currency with that ISO 4217 code: {@code
   * Money.of("12.50", "EUR")}.
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Currency currency = currency(Objects.requireNonNull(currencyCode, "currencyCode"));
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount must be a decimal number, was " + amount, e);
    }
    return of(parsed, currency);
  }

  /** A whole amount in the currency with that ISO 4217 code: {@code Money.of(450, "EUR")}. */
  public static Money of(long amount, String currencyCode) {
    return of(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /** Zero of a currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * The currency with this ISO 4217 code; upper-case three-letter codes only, so that {@code "eur"}
   * is an error rather than a guess.
   */
  public static Currency currency(String code) {
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new IllegalArgumentException(
          "currency must be an upper-case ISO 4217 code, was " + quote(code));
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + code, e);
    }
  }

  /** Digits of the currency's minor unit (2 for EUR, 0 for JPY; 0 for pseudo-currencies). */
  public static int minorUnitDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /** This plus that; both in the same currency. */
  public Money plus(Money that) {
    requireSameCurrency(that, "plus");
    return of(amount().add(that.amount()), currency());
  }

  /** This minus that; both in the same currency. */
  public Money minus(Money that) {
    requireSameCurrency(that, "minus");
    return of(amount().subtract(that.amount()), currency());
  }

  /** This times an exact factor. */
  public Money times(BigDecimal factor) {
    return of(amount().multiply(factor), currency());
  }

  /** This times a whole factor. */
  public Money times(long factor) {
    return times(BigDecimal.valueOf(factor));
  }

  /**
   * This divided by a non-zero divisor, exact where the quotient terminates within {@value
   * #DIVISION_SCALE} decimal places, otherwise rounded half-even at that scale.
   */
  public Money dividedBy(BigDecimal divisor) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    return of(amount().divide(divisor, DIVISION_SCALE, RoundingMode.HALF_EVEN), currency());
  }

  /** The negated amount. */
  public Money negate() {
    return of(amount().negate(), currency());
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return amount().signum();
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount().signum() == 0;
  }

  /** The amount rounded half-even to the currency's minor unit: for display and settlement. */
  public Money rounded() {
    return of(roundedAmount(), currency());
  }

  /**
   * The amount rounded half-even to the minor unit, with exactly that many decimals ({@code 2.00},
   * not {@code 2}): the form to print or serialise.
   */
  public BigDecimal roundedAmount() {
    return amount().setScale(minorUnitDigits(currency()), RoundingMode.HALF_EVEN);
  }

  /** Compares amounts of the same currency; refuses to compare different currencies. */
  @Override
  public int compareTo(Money that) {
    requireSameCurrency(that, "compareTo");
    return amount().compareTo(that.amount());
  }

  /** {@code "450.00 EUR"}; exact amounts show all their digits. */
  @Override
  public String toString() {
    int scale = Math.max(amount().scale(), minorUnitDigits(currency()));
    return amount().setScale(scale, RoundingMode.UNNECESSARY).toPlainString()
        + " "
        + currency().getCurrencyCode();
  }

  @SuppressWarnings("BigDecimalEquals") // scale matters: detects whether normalising changed it
  @Value.Check
  Money normalize() {
    BigDecimal stripped = Decimals.normalize(amount());
    return stripped.equals(amount()) ? this : ImmutableMoney.of(stripped, currency());
  }

  private void requireSameCurrency(Money that, String operation) {
    if (!currency().equals(that.currency())) {
      throw new CurrencyMismatchException(operation, this, that);
    }
  }

  private static String quote(String s) {
    return '"' + s + '"';
  }
}
