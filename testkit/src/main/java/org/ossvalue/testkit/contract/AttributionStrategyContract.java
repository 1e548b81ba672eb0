package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.Contributions;
import org.ossvalue.core.attribution.Game;
import org.ossvalue.testkit.generators.CoreGenerators;
import org.ossvalue.testkit.quicktheories.QtGenerators;

/**
 * What every {@link AttributionStrategy} must do, checked over generated games in which every
 * player adds value ({@link CoreGenerators#games()}); extend it with your own strategy (the
 * built-ins pass it).
 *
 * <p>Invariants: one contribution per player, in the game's order, with the game's v(N); the same
 * game gives the same answer; shares sum exactly to the pool in the currency's minor unit (EUR, JPY
 * with none, KWD with three), one per player; no player's weight is negative in such a game; the
 * method is named by a readable {@code toString}.
 */
public abstract class AttributionStrategyContract {

  /** The strategy under test. */
  protected abstract AttributionStrategy strategy();

  /** Examples per property. */
  protected int examples() {
    return 50;
  }

  @Test
  public void contributesOncePerPlayerInTheGamesOrder() {
    qt().withExamples(examples())
        .forAll(QtGenerators.games())
        .checkAssert(
            g -> {
              Contributions c = strategy().contributions(g);
              assertEquals(
                  g.players(),
                  c.entries().stream().map(Contributions.Contribution::function).toList());
              assertEquals(0, g.grandValue().compareTo(c.grandValue()), c::toString);
            });
  }

  @Test
  public void theSameGameGivesTheSameAnswer() {
    qt().withExamples(Math.min(examples(), 20))
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertEquals(
                    strategy().contributions(CoreGenerators.games().generate(seed)),
                    strategy().contributions(CoreGenerators.games().generate(seed))));
  }

  @Test
  public void sharesSumToThePoolInMinorUnits() {
    qt().withExamples(examples())
        .forAll(QtGenerators.games(), longs().all(), integers().between(0, 3))
        .checkAssert(
            (g, amount, c) -> {
              String code = List.of("EUR", "JPY", "KWD", "GBP").get(c);
              int digits = Money.minorUnitDigits(Money.currency(code));
              Money pool =
                  Money.of(
                      BigDecimal.valueOf(Math.floorMod(amount, 10_000_000L), digits),
                      Money.currency(code));
              RevenueAttribution a = strategy().attribute(pool, g);
              Money sum =
                  a.shares().stream()
                      .map(RevenueAttribution.Share::amount)
                      .reduce(Money.zero(pool.currency()), Money::plus);
              assertEquals(pool.rounded(), sum, a::toString);
              assertEquals(g.size(), a.shares().size(), a::toString);
            });
  }

  @Test
  public void noPlayerWeighsLessThanNothingWhenEveryPlayerAddsValue() {
    qt().withExamples(examples())
        .forAll(QtGenerators.games())
        .checkAssert(
            (Game g) -> {
              Contributions c = strategy().contributions(g);
              assertTrue(c.entries().stream().allMatch(e -> e.weight().signum() >= 0), c::toString);
            });
  }

  @Test
  public void hasAReadableNameThatNamesTheMethod() {
    String name = strategy().toString();
    assertFalse(name.isBlank());
    assertFalse(name.contains("@"), () -> "toString looks like Object.toString: " + name);
    assertEquals(name, strategy().contributions(CoreGenerators.games().generate(1)).method());
  }
}
