package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.valuation.MoneyEstimate;

/**
 * Revenue protected kept only as sums, for operator scale: per currency and bound the summed loss
 * of every coalition (so the game), and per connection the protected range — the figures of {@link
 * ProtectedRevenue} without its 48 amounts per impact. Made by {@link CounterfactualModel#sums}.
 * Exact: no sum is rounded.
 */
public final class ProtectionSums {

  private static final Bound[] BOUNDS = Bound.values();

  private final List<OssFunction> players;
  private final Map<Currency, BigDecimal[][]> losses;
  private final Map<String, MoneyEstimate> byConnection;
  private final int impacts;

  ProtectionSums(
      List<OssFunction> players,
      Map<Currency, BigDecimal[][]> losses,
      Map<String, MoneyEstimate> byConnection,
      int impacts) {
    this.players = List.copyOf(players);
    this.losses = losses;
    this.byConnection = Collections.unmodifiableMap(byConnection);
    this.impacts = impacts;
  }

  /** The sums of a full result (what {@link CounterfactualModel#sums} does for any model). */
  public static ProtectionSums of(ProtectedRevenue result) {
    List<OssFunction> players = result.config().players();
    Map<Currency, BigDecimal[][]> losses = new TreeMap<>(ProtectionSums::byCode);
    Map<String, Money[]> ranges = new LinkedHashMap<>();
    int impacts = 0;
    for (ProtectedRevenue.Entry e : result.entries()) {
      impacts++;
      BigDecimal[][] sums =
          losses.computeIfAbsent(
              e.actual().currency(), k -> zeros(BOUNDS.length, 1 << players.size()));
      Money[] range = ranges.computeIfAbsent(e.connection(), k -> new Money[BOUNDS.length]);
      for (int b = 0; b < BOUNDS.length; b++) {
        List<Money> byMask = e.coalitionLosses().get(BOUNDS[b]);
        for (int mask = 0; mask < byMask.size(); mask++) {
          sums[b][mask] = sums[b][mask].add(byMask.get(mask).amount());
        }
        Money p = e.protectedAt(BOUNDS[b]);
        range[b] = range[b] == null ? p : range[b].plus(p);
      }
    }
    return new ProtectionSums(players, losses, estimates(ranges), impacts);
  }

  static BigDecimal[][] zeros(int rows, int columns) {
    BigDecimal[][] z = new BigDecimal[rows][columns];
    for (BigDecimal[] row : z) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    return z;
  }

  static Map<String, MoneyEstimate> estimates(Map<String, Money[]> ranges) {
    Map<String, MoneyEstimate> result = new LinkedHashMap<>(ranges.size() * 2);
    ranges.forEach((c, r) -> result.put(c, MoneyEstimate.of(r[0], r[1], r[2])));
    return result;
  }

  static int byCode(Currency a, Currency b) {
    return a.getCurrencyCode().compareTo(b.getCurrencyCode());
  }

  /** The players of the game, in mask order (player i is bit i of a coalition mask). */
  public List<OssFunction> players() {
    return players;
  }

  /** The currencies with impacts, in code order. */
  public Set<Currency> currencies() {
    return Collections.unmodifiableSet(losses.keySet());
  }

  /** Unplanned impacts valued. */
  public int impacts() {
    return impacts;
  }

  /**
   * v(S) of a coalition given as a mask over {@link #players()}: what it protects in a currency at
   * a bound (zero in a currency without impacts).
   */
  public BigDecimal value(Currency currency, Bound bound, int mask) {
    if (mask < 0 || mask >= 1 << players.size()) {
      throw new IllegalArgumentException(
          "mask must be in [0, " + (1 << players.size()) + "), was " + mask);
    }
    BigDecimal[][] sums = losses.get(currency);
    if (sums == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal[] sum = sums[bound.ordinal()];
    return sum[0].subtract(sum[mask]);
  }

  /** The game of one currency at a bound: v(S) = Σ baseline loss − Σ loss with S. */
  public Game game(Currency currency, Bound bound, String description) {
    return Game.of(
        players,
        coalition -> {
          int mask = 0;
          for (int i = 0; i < players.size(); i++) {
            if (coalition.contains(players.get(i))) {
              mask |= 1 << i;
            }
          }
          return value(currency, bound, mask);
        },
        description);
  }

  /** Revenue protected at a bound, per currency: v(all players). */
  public MoneyTotals protectedAt(Bound bound) {
    MoneyTotals.Accumulator total = MoneyTotals.accumulator();
    int all = (1 << players.size()) - 1;
    for (Currency c : losses.keySet()) {
      total.add(value(c, bound, all), c);
    }
    return total.toTotals();
  }

  /** Per connection with an unplanned impact: revenue protected low, central and high. */
  public Map<String, MoneyEstimate> byConnection() {
    return byConnection;
  }

  /** The coalitions' members as names, mask by mask ({@link #coalitionsOf} of the players). */
  public List<List<String>> coalitions() {
    return coalitionsOf(players);
  }

  /**
   * Every coalition of the players as their names, in mask order: index m holds player i's name
   * when bit i of m is set (the empty coalition first, all players last).
   */
  public static List<List<String>> coalitionsOf(List<OssFunction> players) {
    List<List<String>> result = new ArrayList<>(1 << players.size());
    for (int mask = 0; mask < 1 << players.size(); mask++) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < players.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          names.add(players.get(i).name());
        }
      }
      result.add(List.copyOf(names));
    }
    return result;
  }

  @Override
  public String toString() {
    return "ProtectionSums{"
        + impacts
        + " impacts, central "
        + protectedAt(Bound.CENTRAL).rounded()
        + "}";
  }
}
