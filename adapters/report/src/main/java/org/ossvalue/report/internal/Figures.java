package org.ossvalue.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.AvailabilityFigure;
import org.ossvalue.core.statement.Headline;

/** Display helpers shared by the text and HTML forms. Not API. */
final class Figures {

  private Figures() {}

  /** {@code 2,270.10}: rounded half-even to the minor unit, thousands grouped with commas. */
  static String amount(Money m) {
    return group(m.roundedAmount().toPlainString());
  }

  /** {@code 2,270.10 EUR}. */
  static String money(Money m) {
    return amount(m) + " " + m.currency().getCurrencyCode();
  }

  /** {@code 2,270.10 EUR, 1,350.00 GBP}; {@code –} when empty. */
  static String monies(List<Money> amounts) {
    if (amounts.isEmpty()) {
      return "–";
    }
    List<String> parts = new ArrayList<>();
    amounts.forEach(m -> parts.add(money(m)));
    return String.join(", ", parts);
  }

  /** The amount of one currency in a list, if the list has it. */
  static Optional<Money> of(List<Money> amounts, String currency) {
    return amounts.stream()
        .filter(m -> m.currency().getCurrencyCode().equals(currency))
        .findFirst();
  }

  /** A percentage with two decimals, half-even: {@code 95.09 %}. */
  static String percent(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** A decimal without trailing zeros, grouped: {@code 18,840} or {@code 0.5}. */
  static String number(BigDecimal value) {
    return group(Json.plain(value).toPlainString());
  }

  /** Minutes for display: one decimal at most, half-even, grouped ({@code 16,031.5}). */
  static String minutes(BigDecimal minutes) {
    return number(minutes.setScale(1, RoundingMode.HALF_EVEN));
  }

  /** A degradation for display: four decimals at most, half-even ({@code 0.3333}). */
  static String degradation(BigDecimal d) {
    return number(d.setScale(4, RoundingMode.HALF_EVEN));
  }

  /** Every currency of the headline, by code. */
  static List<String> currencies(Headline h) {
    TreeSet<String> codes = new TreeSet<>();
    for (List<Money> list :
        List.of(
            h.connected(),
            h.mrr(),
            h.enabled(),
            h.protectedRevenue(),
            h.atRisk(),
            h.plannedAtRisk(),
            h.lost(),
            h.leakage(),
            h.churnExposure())) {
      list.forEach(m -> codes.add(m.currency().getCurrencyCode()));
    }
    h.revenueWeightedAvailability().forEach(a -> a.currency().ifPresent(codes::add));
    return new ArrayList<>(codes);
  }

  /** The revenue-weighted availability of one currency, if any. */
  static Optional<AvailabilityFigure> availability(List<AvailabilityFigure> list, String currency) {
    return list.stream().filter(a -> a.currency().equals(Optional.of(currency))).findFirst();
  }

  /**
   * By currency code, then largest amount first, then by the key: how lists of credits and leaks
   * are shown (amounts of different currencies are never compared).
   */
  static <T> Comparator<T> largestFirst(
      java.util.function.Function<T, Money> money, java.util.function.Function<T, String> key) {
    Comparator<T> byCurrency =
        Comparator.comparing(t -> money.apply(t).currency().getCurrencyCode());
    Comparator<T> byAmount = Comparator.comparing(t -> money.apply(t).amount());
    return byCurrency.thenComparing(byAmount.reversed()).thenComparing(key);
  }

  private static String group(String plain) {
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append(',');
      }
      b.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + b + fraction;
  }
}
