package org.ossvalue.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * One exact total per currency: EUR and GBP are kept apart, never summed together.
 *
 * <p>Totals are exact sums; round them with {@link #rounded()} only for display.
 */
@Value.Immutable
public abstract class MoneyTotals {

  MoneyTotals() {}

  /** Totals keyed by ISO 4217 code, in code order. */
  @Value.NaturalOrder
  abstract SortedMap<String, Money> byCode();

  /** No totals at all. */
  public static MoneyTotals empty() {
    return ImmutableMoneyTotals.builder().build();
  }

  /** The per-currency totals of these amounts. */
  public static MoneyTotals of(Money... amounts) {
    return of(List.of(amounts));
  }

  /** The per-currency totals of these amounts. */
  public static MoneyTotals of(Iterable<Money> amounts) {
    Accumulator accumulator = accumulator();
    amounts.forEach(accumulator::add);
    return accumulator.toTotals();
  }

  /** A collector of per-currency totals. */
  public static Collector<Money, Accumulator, MoneyTotals> collector() {
    return Collector.of(
        MoneyTotals::accumulator, Accumulator::add, Accumulator::addAll, Accumulator::toTotals);
  }

  /**
   * A mutable, not thread-safe accumulator for hot loops; {@link Accumulator#toTotals()} ends it.
   */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  /** The total in each currency, in currency-code order. */
  public List<Money> all() {
    return List.copyOf(byCode().values());
  }

  /** The currencies that have a total. */
  public List<Currency> currencies() {
    List<Currency> currencies = new ArrayList<>();
    byCode().values().forEach(m -> currencies.add(m.currency()));
    return currencies;
  }

  /** The total in one currency: zero when nothing was added in it. */
  public Money get(Currency currency) {
    Money total = byCode().get(currency.getCurrencyCode());
    return total != null ? total : Money.zero(currency);
  }

  /** The total in the currency with this ISO 4217 code. */
  public Money get(String currencyCode) {
    return get(Money.currency(currencyCode));
  }

  /** Whether there is no total in any currency. */
  public boolean isEmpty() {
    return byCode().isEmpty();
  }

  /** These totals plus an amount. */
  public MoneyTotals plus(Money amount) {
    Accumulator accumulator = accumulator().addAll(this);
    accumulator.add(amount);
    return accumulator.toTotals();
  }

  /** These totals plus those. */
  public MoneyTotals plus(MoneyTotals that) {
    return accumulator().addAll(this).addAll(that).toTotals();
  }

  /** Each total rounded half-even to its currency's minor unit: for display. */
  public MoneyTotals rounded() {
    Accumulator accumulator = accumulator();
    byCode().values().forEach(m -> accumulator.add(m.rounded()));
    return accumulator.toTotals();
  }

  @Override
  public String toString() {
    return byCode().values().toString();
  }

  /** Adds amounts per currency without building intermediate values. */
  public static final class Accumulator {
    private final Map<Currency, BigDecimal> sums = new TreeMap<>(MoneyTotals::byCurrencyCode);

    Accumulator() {}

    /** Adds an amount to its currency's total. */
    public Accumulator add(Money amount) {
      return add(amount.amount(), amount.currency());
    }

    /** Adds an exact amount of a currency. */
    public Accumulator add(BigDecimal amount, Currency currency) {
      sums.merge(currency, amount, BigDecimal::add);
      return this;
    }

    /** Adds every total of another accumulator. */
    public Accumulator addAll(Accumulator that) {
      that.sums.forEach((currency, amount) -> add(amount, currency));
      return this;
    }

    /** Adds every total. */
    public Accumulator addAll(MoneyTotals totals) {
      totals.byCode().values().forEach(this::add);
      return this;
    }

    /** The immutable totals accumulated so far. */
    public MoneyTotals toTotals() {
      ImmutableMoneyTotals.Builder builder = ImmutableMoneyTotals.builder();
      sums.forEach(
          (currency, amount) ->
              builder.putByCode(currency.getCurrencyCode(), Money.of(amount, currency)));
      return builder.build();
    }
  }

  private static int byCurrencyCode(Currency a, Currency b) {
    return a.getCurrencyCode().compareTo(b.getCurrencyCode());
  }

  @Value.Check
  void check() {
    byCode()
        .forEach(
            (code, money) -> {
              if (!code.equals(money.currency().getCurrencyCode())) {
                throw new IllegalArgumentException(
                    "byCode key must be the currency code of its total, was " + code + "=" + money);
              }
            });
  }
}
