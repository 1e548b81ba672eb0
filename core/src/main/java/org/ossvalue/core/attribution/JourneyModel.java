package org.ossvalue.core.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.internal.Decimals;

/**
 * An absorbing Markov chain over journeys: states start, one per OSS function, success and failure;
 * the transition probability a → b is the (count- or revenue-) weighted share of journeys that
 * stepped from a to b.
 *
 * <p>The probability of success from start is read from the fundamental matrix N = (I − Q)⁻¹ and R
 * (transient → absorbing): P = (N·R)[start, success], computed <em>exactly</em> in rational
 * arithmetic by Gauss–Jordan elimination, no simulation. Removing a function redirects every
 * transition into it to failure; its removal effect is RE = 1 − P₋ᵢ ÷ P, and the revenue that would
 * fail without it is R × (P − P₋ᵢ) where R is the total revenue (or the journey count) the chain
 * carries. Immutable and thread-safe.
 */
public final class JourneyModel {

  private static final int START = 0;

  private final List<OssFunction> functions;
  private final Map<OssFunction, Integer> index;

  /** weights[a][b] between states: 0 start, 1..k functions, k+1 success, k+2 failure. */
  private final Rational[][] weights;

  private final int journeys;
  private final Optional<Currency> currency;
  private final BigDecimal scale;

  JourneyModel(
      List<OssFunction> functions,
      Rational[][] weights,
      int journeys,
      Optional<Currency> currency,
      BigDecimal scale) {
    this.functions = List.copyOf(functions);
    this.index = new HashMap<>();
    for (int i = 0; i < functions.size(); i++) {
      index.put(functions.get(i), i + 1);
    }
    this.weights = weights;
    this.journeys = journeys;
    this.currency = currency;
    this.scale = scale;
  }

  /** A chain in which every journey weighs 1: probabilities are shares of journeys. */
  public static JourneyModel of(Collection<Journey> journeys) {
    return build(journeys, false);
  }

  /**
   * A chain in which every journey weighs its revenue: probabilities are shares of revenue, and
   * removal effects read as revenue. Every journey must carry revenue, all in one currency.
   */
  public static JourneyModel revenueWeighted(Collection<Journey> journeys) {
    return build(journeys, true);
  }

  private static JourneyModel build(Collection<Journey> journeys, boolean byRevenue) {
    if (journeys.isEmpty()) {
      throw new IllegalArgumentException("journeys must not be empty, was []");
    }
    Set<OssFunction> seen = new TreeSet<>();
    Currency currency = null;
    BigDecimal total = BigDecimal.ZERO;
    for (Journey j : journeys) {
      seen.addAll(j.steps());
      if (byRevenue) {
        Money revenue =
            j.revenue()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "revenue must be present on every journey of a revenue-weighted"
                                + " chain, was absent (journey "
                                + j.record()
                                + ")"));
        if (currency == null) {
          currency = revenue.currency();
        } else if (!currency.equals(revenue.currency())) {
          throw new IllegalArgumentException(
              "revenue must be in one currency, was "
                  + currency
                  + " and "
                  + revenue
                  + " (journey "
                  + j.record()
                  + ")");
        }
        total = total.add(revenue.amount());
      } else {
        total = total.add(BigDecimal.ONE);
      }
    }
    List<OssFunction> functions = new ArrayList<>(seen);
    int k = functions.size();
    Map<OssFunction, Integer> index = new HashMap<>();
    for (int i = 0; i < k; i++) {
      index.put(functions.get(i), i + 1);
    }
    Rational[][] w = new Rational[k + 3][k + 3];
    for (Rational[] row : w) {
      java.util.Arrays.fill(row, Rational.ZERO);
    }
    for (Journey j : journeys) {
      Rational weight = byRevenue ? Rational.of(j.revenue().orElseThrow().amount()) : Rational.ONE;
      int from = START;
      for (OssFunction f : j.steps()) {
        int to = index.get(f);
        w[from][to] = w[from][to].plus(weight);
        from = to;
      }
      int end = j.outcome() == JourneyOutcome.SUCCESS ? k + 1 : k + 2;
      w[from][end] = w[from][end].plus(weight);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException(
          "journeys must carry some revenue, was 0 over " + journeys.size() + " journeys");
    }
    return new JourneyModel(
        functions, w, journeys.size(), Optional.ofNullable(currency), Decimals.normalize(total));
  }

  /** The functions the journeys pass through, by name. */
  public List<OssFunction> functions() {
    return functions;
  }

  /** How many journeys the chain was built from. */
  public int journeyCount() {
    return journeys;
  }

  /** The currency of a revenue-weighted chain. */
  public Optional<Currency> currency() {
    return currency;
  }

  /** The total weight: the revenue of all journeys, or their count. */
  public BigDecimal totalWeight() {
    return scale;
  }

  /**
   * The probability of success from start, exact, shown to {@value Money#DIVISION_SCALE} places.
   */
  public BigDecimal successProbability() {
    return show(success(Set.of()));
  }

  /** The probability of success with these functions removed (journeys into them fail). */
  public BigDecimal successProbabilityWithout(Set<OssFunction> removed) {
    return show(success(removedStates(removed)));
  }

  /**
   * The expected number of visits to a function's state per journey: the fundamental matrix's entry
   * N[start, function].
   */
  public BigDecimal expectedVisits(OssFunction function) {
    Integer state = index.get(function);
    if (state == null) {
      throw new IllegalArgumentException(
          "function must be one of " + functions + ", was " + function);
    }
    return show(fundamental(Set.of())[START][state]);
  }

  /**
   * Each function's removal effect, in the chain's units (revenue or journeys): value = total × (P
   * − P₋ᵢ), the revenue of the journeys that would fail without it; weights are the exact
   * differences. Refuses a chain in which nothing succeeds or no removal changes anything.
   */
  public Contributions removalEffects() {
    Rational p = success(Set.of());
    if (p.signum() == 0) {
      throw new IllegalArgumentException(
          "success probability must be > 0 for removal effects, was 0: no journey of "
              + this
              + " succeeds, so nothing is attributed");
    }
    Rational total = Rational.of(scale);
    List<Rational> differences = new ArrayList<>();
    BigInteger lcm = BigInteger.ONE;
    for (OssFunction f : functions) {
      Rational d = p.minus(success(Set.of(index.get(f))));
      differences.add(d);
      lcm = lcm.divide(lcm.gcd(d.denominator)).multiply(d.denominator);
    }
    Contributions.Builder b =
        Contributions.builder()
            .method("JourneyModel.removalEffects()")
            .grandValue(show(total.times(p)));
    b.addNotes("P(success) = " + p + " = " + show(p).toPlainString());
    boolean anyPositive = false;
    for (int i = 0; i < functions.size(); i++) {
      Rational d = differences.get(i);
      anyPositive |= d.signum() > 0;
      Rational without = p.minus(d);
      b.addNotes(
          "without "
              + functions.get(i)
              + ": P = "
              + without
              + ", removal effect 1 − P₋ᵢ/P = "
              + Rational.ONE.minus(without.dividedBy(p)));
      BigInteger weight = d.numerator.multiply(lcm.divide(d.denominator));
      b.addEntries(
          Contributions.Contribution.builder()
              .function(functions.get(i))
              .value(show(total.times(d)))
              .weight(new BigDecimal(weight))
              .build());
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          "removal effects must not all be zero, was 0 for every function of " + this);
    }
    return b.build();
  }

  /** Splits a pool by the removal effects: shares sum to the pool exactly. */
  public RevenueAttribution attribute(Money pool) {
    return removalEffects().split(pool);
  }

  /**
   * The chain as a cooperative game: v(S) = total × P(success when only the functions in S are
   * kept), shown to {@value Money#DIVISION_SCALE} places. Shapley on this game is the Shapley value
   * of the journeys; {@link AttributionStrategy#removalEffect()} on it weighs the players as {@link
   * #removalEffects()} does.
   */
  public Game asGame() {
    Rational total = Rational.of(scale);
    return Game.of(
        functions,
        coalition -> {
          Set<Integer> removed = new HashSet<>();
          for (OssFunction f : functions) {
            if (!coalition.contains(f)) {
              removed.add(index.get(f));
            }
          }
          return show(total.times(success(removed)));
        },
        "v(S) = " + scale.toPlainString() + " × P(success | only S) of " + this);
  }

  private Set<Integer> removedStates(Set<OssFunction> removed) {
    Set<Integer> states = new HashSet<>();
    for (OssFunction f : removed) {
      Integer s = index.get(f);
      if (s != null) {
        states.add(s);
      }
    }
    return states;
  }

  /** P(start → success) with these function states removed. */
  private Rational success(Set<Integer> removed) {
    Rational[][] n = fundamental(removed);
    Rational[][] r = absorbing(removed);
    Rational p = Rational.ZERO;
    for (int b = 0; b < n.length; b++) {
      p = p.plus(n[START][b].times(r[b][0]));
    }
    return p;
  }

  /**
   * Transition probabilities with removed states redirected to failure; rows of removed states 0.
   */
  private Rational[][] probabilities(Set<Integer> removed) {
    int states = weights.length;
    int k = functions.size();
    Rational[][] p = new Rational[states][states];
    for (int a = 0; a < states; a++) {
      java.util.Arrays.fill(p[a], Rational.ZERO);
      if (a > k || removed.contains(a)) {
        continue;
      }
      Rational out = Rational.ZERO;
      for (Rational w : weights[a]) {
        out = out.plus(w);
      }
      if (out.signum() == 0) {
        continue;
      }
      for (int b = 0; b < states; b++) {
        if (weights[a][b].signum() == 0) {
          continue;
        }
        Rational prob = weights[a][b].dividedBy(out);
        int to = removed.contains(b) ? k + 2 : b;
        p[a][to] = p[a][to].plus(prob);
      }
    }
    return p;
  }

  /** R: transient → (success, failure). */
  private Rational[][] absorbing(Set<Integer> removed) {
    Rational[][] p = probabilities(removed);
    int t = functions.size() + 1;
    Rational[][] r = new Rational[t][2];
    for (int a = 0; a < t; a++) {
      r[a][0] = p[a][t];
      r[a][1] = p[a][t + 1];
    }
    return r;
  }

  /** N = (I − Q)⁻¹ by exact Gauss–Jordan elimination. */
  private Rational[][] fundamental(Set<Integer> removed) {
    Rational[][] p = probabilities(removed);
    int t = functions.size() + 1;
    Rational[][] a = new Rational[t][2 * t];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) {
        a[i][j] = (i == j ? Rational.ONE : Rational.ZERO).minus(p[i][j]);
        a[i][t + j] = i == j ? Rational.ONE : Rational.ZERO;
      }
    }
    for (int col = 0; col < t; col++) {
      int pivot = -1;
      for (int row = col; row < t; row++) {
        if (a[row][col].signum() != 0) {
          pivot = row;
          break;
        }
      }
      if (pivot < 0) {
        throw new IllegalArgumentException(
            "I − Q must be invertible, was singular: the states "
                + trapped(p)
                + " never reach success or failure; every journey must end in an outcome");
      }
      Rational[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      Rational inverse = Rational.ONE.dividedBy(a[col][col]);
      for (int j = 0; j < 2 * t; j++) {
        a[col][j] = a[col][j].times(inverse);
      }
      for (int row = 0; row < t; row++) {
        if (row != col && a[row][col].signum() != 0) {
          Rational factor = a[row][col];
          for (int j = 0; j < 2 * t; j++) {
            a[row][j] = a[row][j].minus(factor.times(a[col][j]));
          }
        }
      }
    }
    Rational[][] n = new Rational[t][t];
    for (int i = 0; i < t; i++) {
      System.arraycopy(a[i], t, n[i], 0, t);
    }
    return n;
  }

  /** The transient states from which no absorbing state can be reached. */
  private List<String> trapped(Rational[][] p) {
    int t = functions.size() + 1;
    boolean[] reaches = new boolean[p.length];
    reaches[t] = true;
    reaches[t + 1] = true;
    Deque<Integer> queue = new ArrayDeque<>(List.of(t, t + 1));
    while (!queue.isEmpty()) {
      int b = queue.poll();
      for (int a = 0; a < t; a++) {
        if (!reaches[a] && p[a][b].signum() != 0) {
          reaches[a] = true;
          queue.add(a);
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int a = 0; a < t; a++) {
      if (!reaches[a]) {
        names.add(a == START ? "start" : functions.get(a - 1).name());
      }
    }
    return names;
  }

  private static BigDecimal show(Rational r) {
    return Decimals.normalize(r.toBigDecimal(Money.DIVISION_SCALE));
  }

  /** {@code JourneyModel{4 journeys, weighted by count 4, functions=[…]}}. */
  @Override
  public String toString() {
    return "JourneyModel{"
        + journeys
        + " journeys, weighted by "
        + (currency.isPresent()
            ? "revenue " + scale.toPlainString() + " " + currency.get()
            : "count " + scale.toPlainString())
        + ", functions="
        + functions
        + "}";
  }
}
