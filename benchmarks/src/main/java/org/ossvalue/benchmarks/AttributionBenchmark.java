package org.ossvalue.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.Contributions;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.core.attribution.Journey;
import org.ossvalue.core.attribution.JourneyModel;
import org.ossvalue.core.attribution.JourneyOutcome;
import org.ossvalue.core.attribution.MonteCarloConfig;
import org.ossvalue.core.attribution.OssFunction;

/**
 * Attribution speed: the exact Shapley value of a 12-player game (target below 10 ms), the Monte
 * Carlo estimate for 100 players, and the exact Markov removal effects of 10,000 journeys over the
 * seven standard functions. The baseline in the same run is the cost of asking the characteristic
 * function for all 4,096 coalitions of the 12-player game, the floor under the exact value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AttributionBenchmark {

  private Game twelve;
  private Game hundred;
  private List<Journey> journeys;
  private final AttributionStrategy monteCarlo =
      AttributionStrategy.shapleyMonteCarlo(MonteCarloConfig.builder().samples(1_000).build());

  /** Builds the games and journeys from fixed seeds. */
  @Setup
  public void setUp() {
    twelve = tableGame(12, 1L);
    hundred = weightedMajority(100, 2L);
    journeys = journeys(10_000, 3L);
  }

  /** Baseline: v(S) for every one of the 4,096 coalitions, nothing else. */
  @Benchmark
  public BigDecimal baselineAllCoalitionValues12() {
    List<OssFunction> players = twelve.players();
    BigDecimal sum = BigDecimal.ZERO;
    for (int mask = 0; mask < 1 << players.size(); mask++) {
      Set<OssFunction> s = new java.util.HashSet<>();
      for (int i = 0; i < players.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          s.add(players.get(i));
        }
      }
      sum = sum.add(twelve.value(s));
    }
    return sum;
  }

  /** The exact Shapley value, 12 players. */
  @Benchmark
  public Contributions exactShapley12() {
    return AttributionStrategy.shapley().contributions(twelve);
  }

  /**
   * Monte Carlo Shapley, 100 players, 1,000 permutations (100,000 evaluations); longer warm-up,
   * since one call takes tens of milliseconds.
   */
  @Benchmark
  @Warmup(iterations = 5, time = 4)
  @Measurement(iterations = 5, time = 4)
  public Contributions monteCarlo100() {
    return monteCarlo.contributions(hundred);
  }

  /** Exact Markov removal effects: chain of 10,000 journeys, 7 functions, 8 exact solves. */
  @Benchmark
  public Contributions markovRemoval10k() {
    return JourneyModel.of(journeys).removalEffects();
  }

  /** A game with a random value in cents for every coalition, read from a table by bitmask. */
  static Game tableGame(int n, long seed) {
    Random r = new Random(seed);
    BigDecimal[] table = new BigDecimal[1 << n];
    table[0] = BigDecimal.ZERO;
    for (int mask = 1; mask < table.length; mask++) {
      table[mask] = BigDecimal.valueOf(r.nextInt(10_000_000), 2);
    }
    List<OssFunction> players = players(n);
    return Game.of(
        players,
        s -> {
          int mask = 0;
          for (int i = 0; i < n; i++) {
            if (s.contains(players.get(i))) {
              mask |= 1 << i;
            }
          }
          return table[mask];
        });
  }

  /** v(S) = total weight of S, plus a bonus once S holds a majority of the weight. */
  static Game weightedMajority(int n, long seed) {
    Random r = new Random(seed);
    List<OssFunction> players = players(n);
    java.util.Map<OssFunction, BigDecimal> weight = new java.util.HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (OssFunction f : players) {
      BigDecimal w = BigDecimal.valueOf(1 + r.nextInt(1_000), 2);
      weight.put(f, w);
      total = total.add(w);
    }
    BigDecimal half = total.divide(BigDecimal.valueOf(2));
    BigDecimal bonus = total;
    return Game.of(
        players,
        s -> {
          BigDecimal sum = BigDecimal.ZERO;
          for (OssFunction f : s) {
            sum = sum.add(weight.get(f));
          }
          return sum.compareTo(half) > 0 ? sum.add(bonus) : sum;
        });
  }

  static List<Journey> journeys(int count, long seed) {
    Random r = new Random(seed);
    List<OssFunction> functions = OssFunction.standard();
    List<Journey> list = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      int length = 1 + r.nextInt(5);
      List<OssFunction> steps = new ArrayList<>();
      for (int k = 0; k < length; k++) {
        steps.add(functions.get(r.nextInt(functions.size())));
      }
      list.add(
          Journey.builder()
              .record("j" + j)
              .outcome(r.nextInt(4) == 0 ? JourneyOutcome.FAILURE : JourneyOutcome.SUCCESS)
              .steps(steps)
              .build());
    }
    return list;
  }

  private static List<OssFunction> players(int n) {
    List<OssFunction> players = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      players.add(OssFunction.of("function" + i));
    }
    return players;
  }
}
