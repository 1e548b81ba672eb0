package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.TimeWindow;

/**
 * Revenue that OSS functions protected in a period: for every unplanned impact, the loss it
 * actually caused and the loss it would have caused without each coalition of functions (the
 * counterfactual of a {@link CounterfactualModel}), at the low, central and high parameters.
 *
 * <p>Protected revenue = loss at baseline (no function's improvement) − actual loss. The same
 * figures, coalition by coalition, make the {@link #game(Currency) game} that Shapley splits among
 * the functions. Totals are exact, per currency; round them only to display.
 */
@Value.Immutable
@Value.Enclosing
public abstract class ProtectedRevenue {

  ProtectedRevenue() {}

  /** The period valued. */
  public abstract ReportingPeriod period();

  /** The revenue-at-risk strategy that valued every window, as its {@code toString}. */
  public abstract String strategy();

  /** The parameters used. */
  public abstract CounterfactualConfig config();

  /** One entry per unplanned revenue-at-risk entry, in the same order. */
  public abstract List<Entry> entries();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProtectedRevenue}. */
  public static final class Builder extends ImmutableProtectedRevenue.Builder {}

  /** The loss the impacts actually caused (their unplanned revenue at risk), per currency. */
  @Value.Lazy
  public MoneyTotals actual() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.actual()));
    return acc.toTotals();
  }

  /** The loss without any function's improvement, at a bound, per currency. */
  public MoneyTotals baseline(Bound bound) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.baseline(bound)));
    return acc.toTotals();
  }

  /** Revenue protected at a bound: baseline − actual, per currency. */
  public MoneyTotals protectedAt(Bound bound) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.protectedAt(bound)));
    return acc.toTotals();
  }

  /** Revenue protected with every parameter low. */
  public MoneyTotals low() {
    return protectedAt(Bound.LOW);
  }

  /** Revenue protected with every parameter central: the figure to report. */
  public MoneyTotals central() {
    return protectedAt(Bound.CENTRAL);
  }

  /** Revenue protected with every parameter high. */
  public MoneyTotals high() {
    return protectedAt(Bound.HIGH);
  }

  /** The central game of one currency: v(S) = revenue S protects. */
  public Game game(Currency currency) {
    return game(currency, Bound.CENTRAL);
  }

  /**
   * The game of one currency at a bound over {@link CounterfactualConfig#players()}: v(S) = Σ over
   * that currency's impacts of loss at baseline − loss with S's improvements, so v(∅) = 0 and v(N)
   * is the revenue protected.
   */
  public Game game(Currency currency, Bound bound) {
    List<OssFunction> players = config().players();
    int masks = 1 << players.size();
    BigDecimal[] v = new BigDecimal[masks];
    java.util.Arrays.fill(v, BigDecimal.ZERO);
    for (Entry e : entries()) {
      if (!e.actual().currency().equals(currency)) {
        continue;
      }
      List<Money> losses = e.coalitionLosses().get(bound);
      for (int mask = 0; mask < masks; mask++) {
        v[mask] = v[mask].add(losses.get(0).amount()).subtract(losses.get(mask).amount());
      }
    }
    return Game.of(
        players,
        coalition -> {
          int mask = 0;
          for (int i = 0; i < players.size(); i++) {
            if (coalition.contains(players.get(i))) {
              mask |= 1 << i;
            }
          }
          return v[mask];
        },
        "revenue protected in " + currency + " at " + bound + " parameters, " + period());
  }

  /**
   * Splits each currency's central protected revenue among the functions by a strategy (Shapley by
   * default); one attribution per currency, in currency-code order.
   */
  public List<RevenueAttribution> attribute(AttributionStrategy strategy) {
    List<RevenueAttribution> result = new ArrayList<>();
    for (Money pool : central().all()) {
      if (pool.rounded().isZero()) {
        continue;
      }
      result.add(strategy.attribute(pool, game(pool.currency())));
    }
    return result;
  }

  @Override
  public String toString() {
    return "ProtectedRevenue{"
        + period()
        + ", central="
        + central().rounded()
        + ", low="
        + low().rounded()
        + ", high="
        + high().rounded()
        + ", actual="
        + actual().rounded()
        + ", "
        + entries().size()
        + " impacts, "
        + config()
        + "}";
  }

  /** One impact: its actual timeline and what it would have cost without each coalition. */
  @Value.Immutable
  public abstract static class Entry {

    Entry() {}

    /** The connection. */
    public abstract String connection();

    /** The impact window (cut to the period): raise → restore. */
    public abstract TimeWindow window();

    /** The impact's degradation. */
    public abstract BigDecimal degradation();

    /** The causes of the impact. */
    @Value.NaturalOrder
    public abstract SortedSet<CauseRef> causes();

    /** The connection's MRR. */
    public abstract Money mrr();

    /** When the impact was detected: its first alarm, else its first linked ticket, else raise. */
    public abstract Instant detected();

    /** When the first linked ticket was opened, if any. */
    public abstract Optional<Instant> ticketOpened();

    /** The records that show each credited function at work, such as {@code ticket:TT-5001}. */
    @Value.NaturalOrder
    public abstract SortedSet<String> evidence();

    /** The functions the record shows at work on this impact (change management always). */
    public abstract Set<OssFunction> credited();

    /** The loss it caused: its unplanned revenue at risk. */
    public abstract Money actual();

    /**
     * The loss with each coalition's improvements, per bound: index = bitmask over {@link
     * CounterfactualConfig#players()} (bit 0 fault, 1 incident, 2 problem, 3 change); index 0 is
     * the baseline, the last index the actual loss.
     */
    @Value.NaturalOrder
    public abstract SortedMap<Bound, List<Money>> coalitionLosses();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Entry}. */
    public static final class Builder extends ImmutableProtectedRevenue.Entry.Builder {}

    /** The loss without any function's improvement, at a bound. */
    public Money baseline(Bound bound) {
      return coalitionLosses().get(bound).get(0);
    }

    /** Baseline − actual, at a bound. */
    public Money protectedAt(Bound bound) {
      return baseline(bound).minus(actual());
    }

    @Value.Check
    void check() {
      for (Bound b : Bound.values()) {
        List<Money> losses = coalitionLosses().get(b);
        if (losses == null || losses.size() != 16) {
          throw new IllegalArgumentException(
              "coalitionLosses must hold 16 losses for "
                  + b
                  + ", was "
                  + losses
                  + " (connection "
                  + connection()
                  + ")");
        }
      }
    }

    /** One line that explains the figure. */
    @Override
    public String toString() {
      return connection()
          + " "
          + window()
          + " d="
          + degradation().toPlainString()
          + " "
          + causes()
          + ": actual "
          + actual().rounded()
          + ", baseline "
          + baseline(Bound.CENTRAL).rounded()
          + ", protected "
          + protectedAt(Bound.CENTRAL).rounded()
          + " ("
          + protectedAt(Bound.LOW).rounded()
          + " to "
          + protectedAt(Bound.HIGH).rounded()
          + "), credited "
          + new java.util.TreeSet<>(credited())
          + " on "
          + evidence();
    }
  }
}
