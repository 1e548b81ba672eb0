package org.ossvalue.core;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How often a recurring charge recurs, and how it normalises to a month.
 *
 * <p>Days and weeks normalise with the mean Gregorian year of 365.2425 days, which gives exact
 * decimals: a month is 30.436875 days or 4.348125 weeks.
 */
public enum ChargePeriod {
  /** Charged daily: × 30.436875 per month. */
  DAY("day", new BigDecimal("30.436875"), BigDecimal.ONE),
  /** Charged weekly: × 4.348125 per month. */
  WEEK("week", new BigDecimal("4.348125"), BigDecimal.ONE),
  /** Charged monthly: × 1. */
  MONTH("month", BigDecimal.ONE, BigDecimal.ONE),
  /** Charged quarterly: ÷ 3. */
  QUARTER("quarter", BigDecimal.ONE, BigDecimal.valueOf(3)),
  /** Charged every half year: ÷ 6. */
  HALF_YEAR("halfYear", BigDecimal.ONE, BigDecimal.valueOf(6)),
  /** Charged yearly: ÷ 12. */
  YEAR("year", BigDecimal.ONE, BigDecimal.valueOf(12));

  private final String label;
  private final BigDecimal perMonthNumerator;
  private final BigDecimal perMonthDenominator;

  ChargePeriod(String label, BigDecimal perMonthNumerator, BigDecimal perMonthDenominator) {
    this.label = label;
    this.perMonthNumerator = perMonthNumerator;
    this.perMonthDenominator = perMonthDenominator;
  }

  /** The lower-camel label, as TM Forum's {@code recurringChargePeriod} spells it. */
  public String label() {
    return label;
  }

  /** The monthly equivalent of an amount charged once per this period. */
  public Money toMonthly(Money amount) {
    Money scaled = amount.times(perMonthNumerator);
    return perMonthDenominator.compareTo(BigDecimal.ONE) == 0
        ? scaled
        : scaled.dividedBy(perMonthDenominator);
  }

  /**
   * The period named by a label, case-insensitively: {@code day}, {@code week}, {@code month},
   * {@code quarter}, {@code halfYear} (or {@code half-year}), {@code year}; plural forms and the
   * adverbs {@code daily}, {@code weekly}, {@code monthly}, {@code quarterly}, {@code yearly},
   * {@code annual} are accepted too.
   */
  public static ChargePeriod parse(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return switch (key) {
      case "day", "days", "daily" -> DAY;
      case "week", "weeks", "weekly" -> WEEK;
      case "month", "months", "monthly" -> MONTH;
      case "quarter", "quarters", "quarterly" -> QUARTER;
      case "halfyear", "halfyears", "halfyearly", "semiannual" -> HALF_YEAR;
      case "year", "years", "yearly", "annual", "annually" -> YEAR;
      default ->
          throw new IllegalArgumentException(
              "recurringChargePeriod must be one of "
                  + Arrays.stream(values())
                      .map(ChargePeriod::label)
                      .collect(Collectors.joining(", "))
                  + ", was "
                  + label);
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
