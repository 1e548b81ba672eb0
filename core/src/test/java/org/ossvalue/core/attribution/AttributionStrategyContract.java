package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;

/**
 * What every attribution strategy promises, for the built-ins and for an operator's own (extend
 * this class and supply the strategy): one contribution per player in the game's order, the same
 * answer for the same game, shares that sum to the pool, and a readable name.
 */
abstract class AttributionStrategyContract {

  /** The strategy under test. */
  abstract AttributionStrategy strategy();

  /**
   * A game every strategy can split: v(S) = Σ wᵢ over S plus a synergy of 3 per pair in S, with
   * random weights wᵢ in [1, 100]; it grows with every player, so removal effects are positive.
   */
  static Game positiveGame(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    java.util.Map<OssFunction, BigDecimal> w = new java.util.HashMap<>();
    List<OssFunction> players = Games.players(n);
    players.forEach(f -> w.put(f, BigDecimal.valueOf(1 + r.nextInt(100))));
    return Game.of(
        players,
        s -> {
          BigDecimal sum = BigDecimal.valueOf(3L * s.size() * (s.size() - 1) / 2);
          for (OssFunction f : s) {
            sum = sum.add(w.get(f));
          }
          return sum;
        });
  }

  @Test
  void contributesOncePerPlayerInTheGamesOrder() {
    Game g = positiveGame(4, 11L);
    Contributions c = strategy().contributions(g);
    assertEquals(
        g.players(), c.entries().stream().map(Contributions.Contribution::function).toList());
    assertEquals(0, g.grandValue().compareTo(c.grandValue()));
  }

  @Test
  void sameGameGivesTheSameAnswer() {
    assertEquals(
        strategy().contributions(positiveGame(5, 3L)),
        strategy().contributions(positiveGame(5, 3L)));
  }

  @Test
  void sharesSumToThePoolInMinorUnits() {
    qt().withExamples(50)
        .forAll(integers().between(2, 6), longs().all(), integers().between(0, 3))
        .check(
            (n, seed, c) -> {
              String code = List.of("EUR", "JPY", "KWD", "GBP").get(c);
              int digits = Money.minorUnitDigits(Money.currency(code));
              Money pool =
                  Money.of(BigDecimal.valueOf(seed % 10_000_000L, digits), Money.currency(code));
              RevenueAttribution a = strategy().attribute(pool, positiveGame(n, seed));
              Money sum =
                  a.shares().stream()
                      .map(RevenueAttribution.Share::amount)
                      .reduce(Money.zero(pool.currency()), Money::plus);
              return sum.equals(pool.rounded()) && a.shares().size() == n;
            });
  }

  @Test
  void printsAReadableName() {
    String name = strategy().toString();
    assertFalse(name.contains("@"), name);
    assertEquals(name, strategy().contributions(positiveGame(2, 1L)).method());
  }
}
