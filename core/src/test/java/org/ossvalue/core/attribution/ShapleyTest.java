package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;

class ShapleyTest {

  private static final OssFunction F = OssFunction.FAULT_MANAGEMENT;
  private static final OssFunction I = OssFunction.INCIDENT_MANAGEMENT;
  private static final OssFunction P = OssFunction.PROBLEM_MANAGEMENT;
  private static final BigDecimal TOLERANCE = new BigDecimal("1E-18");

  /** The glove game: F and I each hold a left glove, P the right; a pair is worth 1. */
  private static Game gloves() {
    return Game.builder()
        .players(F, I, P)
        .value("1", "faultManagement", "problemManagement")
        .value("1", "incidentManagement", "problemManagement")
        .value("1", "faultManagement", "incidentManagement", "problemManagement")
        .build();
  }

  /** The three-player game of docs/attribution.md: fault 18, incident 12, problem 6. */
  private static Game threeFunctions() {
    return Game.builder()
        .players(F, I, P)
        .value("12", "faultManagement")
        .value("6", "incidentManagement")
        .value("0", "problemManagement")
        .value("24", "faultManagement", "incidentManagement")
        .value("18", "faultManagement", "problemManagement")
        .value("12", "incidentManagement", "problemManagement")
        .value("36", "faultManagement", "incidentManagement", "problemManagement")
        .build();
  }

  @Test
  void gloveGameGivesTheTextbookShapleyValues() {
    Contributions c = AttributionStrategy.shapley().contributions(gloves());
    assertEquals(new BigDecimal("0.16666666666666666667"), c.valueOf(F));
    assertEquals(new BigDecimal("0.16666666666666666667"), c.valueOf(I));
    assertEquals(new BigDecimal("0.66666666666666666667"), c.valueOf(P));
    assertEquals(List.of("1", "1", "4"), weights(c), "weights are 3!·φ, exact");
    RevenueAttribution a = c.split(Money.of("100.00", "EUR"));
    assertEquals(Money.of("16.67", "EUR"), a.shareOf("faultManagement"));
    assertEquals(Money.of("16.67", "EUR"), a.shareOf("incidentManagement"));
    assertEquals(
        Money.of("66.66", "EUR"),
        a.shareOf("problemManagement"),
        "three equal remainders of 2/3 cent, two cents left: the names that sort first get them");
  }

  @Test
  void handComputedThreePlayerGameSplitsEighteenTwelveSix() {
    Contributions c = AttributionStrategy.shapley().contributions(threeFunctions());
    assertEquals(0, new BigDecimal("18").compareTo(c.valueOf(F)));
    assertEquals(0, new BigDecimal("12").compareTo(c.valueOf(I)));
    assertEquals(0, new BigDecimal("6").compareTo(c.valueOf(P)));
    RevenueAttribution a =
        AttributionStrategy.shapley().attribute(Money.of("360.00", "EUR"), threeFunctions());
    assertEquals(
        List.of(
            RevenueAttribution.Share.of("faultManagement", Money.of("180.00", "EUR")),
            RevenueAttribution.Share.of("incidentManagement", Money.of("120.00", "EUR")),
            RevenueAttribution.Share.of("problemManagement", Money.of("60.00", "EUR"))),
        a.shares());
  }

  @Test
  void equalAndProportionalIgnoreTheGamesStructure() {
    RevenueAttribution equal =
        AttributionStrategy.equal().attribute(Money.of("36.00", "EUR"), threeFunctions());
    assertEquals(Money.of("12.00", "EUR"), equal.shareOf("problemManagement"));
    RevenueAttribution byBudget =
        AttributionStrategy.proportional(Map.of(F, BigDecimal.ONE, I, BigDecimal.valueOf(3)))
            .attribute(Money.of("36.00", "EUR"), threeFunctions());
    assertEquals(Money.of("9.00", "EUR"), byBudget.shareOf("faultManagement"));
    assertEquals(Money.of("27.00", "EUR"), byBudget.shareOf("incidentManagement"));
    assertEquals(Money.of("0.00", "EUR"), byBudget.shareOf("problemManagement"));
  }

  @Test
  void proportionalRefusesNegativeOrAllZeroWeights() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionStrategy.proportional(Map.of(F, BigDecimal.valueOf(-1))));
    assertEquals("weight of faultManagement must be >= 0, was -1", negative.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributionStrategy.proportional(Map.of(F, BigDecimal.ZERO)));
  }

  @Test
  void removalEffectWeighsWhatEachPlayerLeavingWouldCost() {
    Contributions c = AttributionStrategy.removalEffect().contributions(threeFunctions());
    // v(N) − v(N∖i): 36 − 12, 36 − 18, 36 − 24
    assertEquals(0, new BigDecimal("24").compareTo(c.valueOf(F)));
    assertEquals(0, new BigDecimal("18").compareTo(c.valueOf(I)));
    assertEquals(0, new BigDecimal("12").compareTo(c.valueOf(P)));
  }

  @Test
  void removalEffectRefusesNegativeAndAllZeroEffects() {
    Game harmful =
        Game.builder()
            .players(F, I)
            .value("5", "faultManagement")
            .value("3", "faultManagement", "incidentManagement")
            .build();
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionStrategy.removalEffect().contributions(harmful));
    assertTrue(
        negative
            .getMessage()
            .startsWith("removal effect of incidentManagement must be >= 0, was -2"),
        negative.getMessage());
    Game flat =
        Game.builder()
            .players(F, I)
            .value("5", "faultManagement")
            .value("5", "incidentManagement")
            .value("5", "faultManagement", "incidentManagement")
            .build();
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> AttributionStrategy.removalEffect().contributions(flat));
    assertTrue(
        zero.getMessage().startsWith("removal effects must not all be zero"), zero.getMessage());
  }

  @Test
  void exactShapleyRefusesMoreThanTwentyPlayers() {
    Game big = Game.of(Games.players(21), s -> BigDecimal.valueOf(s.size()));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AttributionStrategy.shapley().contributions(big));
    assertEquals(
        "players must be at most 20 for the exact Shapley value, was 21;"
            + " use AttributionStrategy.shapleyMonteCarlo()",
        e.getMessage());
  }

  @Test
  void gameRefusesACoalitionWithAStranger() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> gloves().value(Set.of(OssFunction.of("billing"))));
    assertEquals(
        "coalition must contain only players [faultManagement, incidentManagement,"
            + " problemManagement], was [billing]",
        e.getMessage());
  }

  @Test
  void strategiesAndGamesPrintReadably() {
    assertEquals("AttributionStrategy.shapley()", AttributionStrategy.shapley().toString());
    assertEquals(
        "AttributionStrategy.shapleyMonteCarlo(MonteCarloConfig{samples=2000, seed=20250301})",
        AttributionStrategy.shapleyMonteCarlo().toString());
    assertEquals(
        "Game{players=[faultManagement, incidentManagement, problemManagement], table"
            + " v[faultManagement, problemManagement]=1, v[incidentManagement,"
            + " problemManagement]=1, v[faultManagement, incidentManagement,"
            + " problemManagement]=1, others 0}",
        gloves().toString());
    assertEquals(
        "AttributionStrategy.shapley() of v(N)=1: [faultManagement=0.16666666666666666667,"
            + " incidentManagement=0.16666666666666666667,"
            + " problemManagement=0.66666666666666666667]",
        AttributionStrategy.shapley().contributions(gloves()).toString());
  }

  // --- the Shapley axioms, on random games ---

  @Test
  void efficiencyTheValuesSumToTheGrandCoalition() {
    qt().forAll(integers().between(1, 7), longs().all())
        .check(
            (n, seed) -> {
              Game g = Games.random(n, seed);
              Contributions c = AttributionStrategy.shapley().contributions(g);
              BigDecimal sumOfWeights =
                  c.entries().stream()
                      .map(Contributions.Contribution::weight)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal sumOfValues =
                  c.entries().stream()
                      .map(Contributions.Contribution::value)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal grand = g.grandValue();
              return sumOfWeights.compareTo(grand.multiply(new BigDecimal(factorial(n)))) == 0
                  && sumOfValues.subtract(grand).abs().compareTo(TOLERANCE) < 0;
            });
  }

  @Test
  void symmetryPlayersWhoAddTheSameGetTheSame() {
    qt().forAll(integers().between(2, 6), longs().all())
        .check(
            (n, seed) -> {
              Game base = Games.random(n, seed);
              List<OssFunction> players = base.players();
              // v(S) = base(S) + base(S with players 0 and 1 swapped): 0 and 1 are symmetric
              Game g =
                  Game.of(
                      players,
                      s -> base.value(s).add(base.value(swap(s, players.get(0), players.get(1)))));
              Contributions c = AttributionStrategy.shapley().contributions(g);
              return c.valueOf(players.get(0)).compareTo(c.valueOf(players.get(1))) == 0;
            });
  }

  @Test
  void nullPlayerWhoAddsNothingGetsNothing() {
    qt().forAll(integers().between(1, 6), longs().all())
        .check(
            (n, seed) -> {
              Game base = Games.random(n, seed);
              OssFunction idle = OssFunction.of("idle");
              List<OssFunction> players = new ArrayList<>(base.players());
              players.add(n / 2, idle);
              Game g =
                  Game.of(
                      players,
                      s -> {
                        Set<OssFunction> without = new HashSet<>(s);
                        without.remove(idle);
                        return base.value(without);
                      });
              Contributions c = AttributionStrategy.shapley().contributions(g);
              return c.valueOf(idle).signum() == 0
                  && c.of(idle).orElseThrow().weight().signum() == 0;
            });
  }

  @Test
  void additivityTheValueOfASumIsTheSumOfTheValues() {
    qt().forAll(integers().between(1, 6), longs().all(), longs().all())
        .check(
            (n, seed1, seed2) -> {
              Game v = Games.random(n, seed1);
              Game w = Games.random(n, seed2);
              Game sum = Game.of(v.players(), s -> v.value(s).add(w.value(s)));
              Contributions cv = AttributionStrategy.shapley().contributions(v);
              Contributions cw = AttributionStrategy.shapley().contributions(w);
              Contributions cs = AttributionStrategy.shapley().contributions(sum);
              for (OssFunction f : v.players()) {
                BigDecimal exact =
                    cv.of(f).orElseThrow().weight().add(cw.of(f).orElseThrow().weight());
                if (exact.compareTo(cs.of(f).orElseThrow().weight()) != 0) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void sharesOfAnyStrategySumToThePoolInMinorUnits() {
    qt().forAll(integers().between(1, 6), longs().all(), integers().between(1, 5_000_000))
        .assuming((n, seed, cents) -> Games.random(n, seed).grandValue().signum() != 0)
        .check(
            (n, seed, cents) -> {
              Game g = Games.random(n, seed);
              Money pool = Money.of(BigDecimal.valueOf(cents, 2), Money.currency("EUR"));
              for (AttributionStrategy s :
                  List.of(
                      AttributionStrategy.equal(),
                      AttributionStrategy.shapley(),
                      AttributionStrategy.shapleyMonteCarlo(
                          MonteCarloConfig.builder().samples(50).build()))) {
                Contributions c = s.contributions(g);
                BigDecimal total =
                    c.entries().stream()
                        .map(Contributions.Contribution::weight)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.signum() == 0) {
                  continue;
                }
                RevenueAttribution a = c.split(pool);
                Money sum =
                    a.shares().stream()
                        .map(RevenueAttribution.Share::amount)
                        .reduce(Money.zero(pool.currency()), Money::plus);
                if (!sum.equals(pool)) {
                  return false;
                }
              }
              return true;
            });
  }

  // --- Monte Carlo ---

  @Test
  void monteCarloConvergesToTheExactValueWithinItsReportedError() {
    // A fixed seed keeps the 5-sigma check deterministic; the games still vary over 40 examples.
    qt().withFixedSeed(4_711L)
        .withExamples(40)
        .forAll(integers().between(2, 7), longs().all(), longs().all())
        .check(
            (n, gameSeed, sampleSeed) -> {
              Game g = Games.random(n, gameSeed);
              Contributions exact = AttributionStrategy.shapley().contributions(g);
              Contributions estimate =
                  AttributionStrategy.shapleyMonteCarlo(
                          MonteCarloConfig.builder().samples(2_000).seed(sampleSeed).build())
                      .contributions(g);
              for (OssFunction f : g.players()) {
                Contributions.Contribution e = estimate.of(f).orElseThrow();
                BigDecimal error = e.standardError().orElseThrow();
                BigDecimal gap = e.value().subtract(exact.valueOf(f)).abs();
                if (gap.compareTo(error.multiply(BigDecimal.valueOf(5)).add(TOLERANCE)) > 0) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void monteCarloIsExactWithZeroErrorOnAnAdditiveGameOfAHundredPlayers() {
    List<OssFunction> players = Games.players(100);
    Game additive =
        Game.of(
            players,
            s ->
                s.stream()
                    .map(f -> new BigDecimal(f.name().substring(1)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
    Contributions c =
        AttributionStrategy.shapleyMonteCarlo(MonteCarloConfig.builder().samples(20).build())
            .contributions(additive);
    for (OssFunction f : players) {
      Contributions.Contribution e = c.of(f).orElseThrow();
      assertEquals(0, new BigDecimal(f.name().substring(1)).compareTo(e.value()), f.name());
      assertEquals(0, e.standardError().orElseThrow().signum(), f.name());
    }
  }

  @Test
  void monteCarloIsReproducibleFromItsSeedAndVariesWithIt() {
    Game g = Games.random(6, 99L);
    AttributionStrategy a =
        AttributionStrategy.shapleyMonteCarlo(
            MonteCarloConfig.builder().samples(200).seed(1).build());
    AttributionStrategy b =
        AttributionStrategy.shapleyMonteCarlo(
            MonteCarloConfig.builder().samples(200).seed(2).build());
    assertEquals(a.contributions(g), a.contributions(g));
    assertNotEquals(a.contributions(g).entries(), b.contributions(g).entries());
  }

  @Test
  void monteCarloErrorShrinksAsSamplesGrow() {
    Game g = Games.random(5, 7L);
    BigDecimal few = errorOf(g, 100);
    BigDecimal many = errorOf(g, 6_400);
    // SE ∝ 1/√m: 64 times the samples, about an eighth of the error
    assertTrue(many.multiply(BigDecimal.valueOf(4)).compareTo(few) < 0, few + " vs " + many);
  }

  @Test
  void monteCarloConfigRefusesFewerThanTwoSamples() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MonteCarloConfig.builder().samples(1).build());
    assertEquals("samples must be >= 2, was 1", e.getMessage());
  }

  private static BigDecimal errorOf(Game g, int samples) {
    return AttributionStrategy.shapleyMonteCarlo(
            MonteCarloConfig.builder().samples(samples).build())
        .contributions(g)
        .entries()
        .get(0)
        .standardError()
        .orElseThrow();
  }

  private static List<String> weights(Contributions c) {
    List<String> w = new ArrayList<>();
    c.entries().forEach(e -> w.add(e.weight().toPlainString()));
    return w;
  }

  private static Set<OssFunction> swap(Set<OssFunction> s, OssFunction a, OssFunction b) {
    Set<OssFunction> swapped = new HashSet<>();
    for (OssFunction f : s) {
      swapped.add(f.equals(a) ? b : f.equals(b) ? a : f);
    }
    return swapped;
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int k = 2; k <= n; k++) {
      f = f.multiply(BigInteger.valueOf(k));
    }
    return f;
  }
}
