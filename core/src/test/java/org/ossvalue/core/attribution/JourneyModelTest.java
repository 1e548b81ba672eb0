package org.ossvalue.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ossvalue.core.attribution.JourneyOutcome.FAILURE;
import static org.ossvalue.core.attribution.JourneyOutcome.SUCCESS;
import static org.ossvalue.core.attribution.OssFunction.CAPACITY_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.FAULT_MANAGEMENT;
import static org.ossvalue.core.attribution.OssFunction.FULFILMENT;
import static org.ossvalue.core.attribution.OssFunction.INCIDENT_MANAGEMENT;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.RevenueAttribution;

class JourneyModelTest {

  private static final OssFunction F = FAULT_MANAGEMENT;
  private static final OssFunction I = INCIDENT_MANAGEMENT;

  /** The four incident journeys of docs/formulas.md, "Attribution: Markov removal effect". */
  private static List<Journey> incidents() {
    return List.of(
        Journey.of("j1", SUCCESS, F, I),
        Journey.of("j2", FAILURE, F, I),
        Journey.of("j3", SUCCESS, I),
        Journey.of("j4", FAILURE, F));
  }

  @Test
  void removalEffectsOfFourIncidentJourneysAreTwoThirdsAndOne() {
    JourneyModel m = JourneyModel.of(incidents());
    assertEquals(List.of(F, I), m.functions());
    assertEquals(
        0, new BigDecimal("0.5").compareTo(m.successProbability()), "3/4·2/3·2/3 + 1/4·2/3");
    assertEquals(new BigDecimal("0.16666666666666666667"), m.successProbabilityWithout(Set.of(F)));
    assertEquals(0, m.successProbabilityWithout(Set.of(I)).signum());
    Contributions c = m.removalEffects();
    // value = 4 journeys × (P − P₋ᵢ): 4 × 1/3 and 4 × 1/2
    assertEquals(new BigDecimal("1.33333333333333333333"), c.valueOf(F));
    assertEquals(0, new BigDecimal("2").compareTo(c.valueOf(I)));
    assertEquals(
        List.of(
            "P(success) = 1/2 = 0.5",
            "without faultManagement: P = 1/6, removal effect 1 − P₋ᵢ/P = 2/3",
            "without incidentManagement: P = 0, removal effect 1 − P₋ᵢ/P = 1"),
        c.notes());
    RevenueAttribution a = m.attribute(Money.of("100.00", "EUR"));
    assertEquals(Money.of("40.00", "EUR"), a.shareOf("faultManagement"));
    assertEquals(Money.of("60.00", "EUR"), a.shareOf("incidentManagement"));
  }

  @Test
  void revenueAtStakeIsTheRevenueOfJourneysThatWouldFailWithoutTheFunction() {
    List<Journey> orders =
        List.of(
            Journey.builder()
                .record("order:A")
                .outcome(SUCCESS)
                .addSteps(FULFILMENT, CAPACITY_MANAGEMENT)
                .revenue(Money.of("300.00", "EUR"))
                .build(),
            Journey.builder()
                .record("order:B")
                .outcome(FAILURE)
                .addSteps(FULFILMENT)
                .revenue(Money.of("100.00", "EUR"))
                .build());
    JourneyModel m = JourneyModel.revenueWeighted(orders);
    assertEquals(0, new BigDecimal("0.75").compareTo(m.successProbability()));
    Contributions c = m.removalEffects();
    assertEquals(0, new BigDecimal("300").compareTo(c.valueOf(FULFILMENT)));
    assertEquals(0, new BigDecimal("300").compareTo(c.valueOf(CAPACITY_MANAGEMENT)));
    assertEquals(Optional.of(Money.currency("EUR")), m.currency());
  }

  @Test
  void fundamentalMatrixCountsExpectedVisitsOfALoop() {
    // a → b → a → success: from a, half go to b (and back), half succeed: 2 visits of a expected
    JourneyModel m = JourneyModel.of(List.of(Journey.of("loop", SUCCESS, F, I, F)));
    assertEquals(0, new BigDecimal("2").compareTo(m.expectedVisits(F)));
    assertEquals(0, BigDecimal.ONE.compareTo(m.expectedVisits(I)));
    assertEquals(0, BigDecimal.ONE.compareTo(m.successProbability()));
  }

  @Test
  void journeyMergesConsecutiveRepeats() {
    assertEquals(List.of(F, I, F), Journey.of("j", SUCCESS, F, F, I, I, F).steps());
    assertEquals(
        "j faultManagement → incidentManagement → success",
        Journey.of("j", SUCCESS, F, I).toString());
  }

  @Test
  void singularChainIsRefusedNamingTheTrappedStates() {
    Rational[][] w = new Rational[5][5];
    for (Rational[] row : w) {
      Arrays.fill(row, Rational.ZERO);
    }
    w[0][1] = Rational.ONE; // start → f
    w[1][2] = Rational.ONE; // f → i
    w[2][1] = Rational.ONE; // i → f: a loop with no way out
    JourneyModel m = new JourneyModel(List.of(F, I), w, 1, Optional.empty(), BigDecimal.ONE);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, m::successProbability);
    assertEquals(
        "I − Q must be invertible, was singular: the states [start, faultManagement,"
            + " incidentManagement] never reach success or failure; every journey must end in an"
            + " outcome",
        e.getMessage());
  }

  @Test
  void chainWhereNothingSucceedsIsRefused() {
    JourneyModel m = JourneyModel.of(List.of(Journey.of("j", FAILURE, F)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::removalEffects);
    assertTrue(
        e.getMessage().startsWith("success probability must be > 0 for removal effects, was 0"),
        e.getMessage());
  }

  @Test
  void chainWhereNoRemovalChangesAnythingIsRefused() {
    JourneyModel m =
        JourneyModel.of(List.of(Journey.of("direct", SUCCESS), Journey.of("j", FAILURE, F)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::removalEffects);
    assertTrue(e.getMessage().startsWith("removal effects must not all be zero"), e.getMessage());
  }

  @Test
  void revenueWeightedChainRefusesJourneysWithoutRevenueOrInTwoCurrencies() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> JourneyModel.revenueWeighted(incidents()));
    assertEquals(
        "revenue must be present on every journey of a revenue-weighted chain, was absent (journey j1)",
        missing.getMessage());
    List<Journey> mixed =
        List.of(
            Journey.builder()
                .record("a")
                .outcome(SUCCESS)
                .addSteps(F)
                .revenue(Money.of(1, "EUR"))
                .build(),
            Journey.builder()
                .record("b")
                .outcome(SUCCESS)
                .addSteps(F)
                .revenue(Money.of(1, "GBP"))
                .build());
    IllegalArgumentException currencies =
        assertThrows(IllegalArgumentException.class, () -> JourneyModel.revenueWeighted(mixed));
    assertEquals(
        "revenue must be in one currency, was EUR and 1.00 GBP (journey b)",
        currencies.getMessage());
  }

  @Test
  void journeyGameGivesRemovalEffectAndShapleyTheirOwnSplits() {
    JourneyModel m = JourneyModel.of(incidents());
    Game g = m.asGame();
    // v(∅) = 0, v({F}) = 0, v({I}) = 4 × 1/6, v(N) = 4 × 1/2
    assertEquals(0, g.value(Set.of()).signum());
    assertEquals(0, g.value(Set.of(F)).signum());
    assertEquals(new BigDecimal("0.66666666666666666667"), g.value(Set.of(I)));
    assertEquals(0, new BigDecimal("2").compareTo(g.grandValue()));
    Money pool = Money.of("100.00", "EUR");
    assertEquals(m.attribute(pool), AttributionStrategy.removalEffect().attribute(pool, g));
    Contributions shapley = AttributionStrategy.shapley().contributions(g);
    // φ_F = ½(0 + 2 − 2/3) = 2/3, φ_I = ½(2/3 + 2) = 4/3; the game's values are shown to 20
    // places, so the last place may differ
    assertWithinLastPlace("0.66666666666666666667", shapley.valueOf(F));
    assertWithinLastPlace("1.33333333333333333333", shapley.valueOf(I));
    RevenueAttribution split = AttributionStrategy.shapley().attribute(pool, g);
    assertEquals(Money.of("33.33", "EUR"), split.shareOf("faultManagement"));
    assertEquals(Money.of("66.67", "EUR"), split.shareOf("incidentManagement"));
  }

  private static void assertWithinLastPlace(String expected, BigDecimal actual) {
    BigDecimal gap = new BigDecimal(expected).subtract(actual).abs();
    assertTrue(gap.compareTo(new BigDecimal("1E-20")) <= 0, expected + " vs " + actual);
  }

  @Test
  void modelPrintsWhatItWasBuiltFrom() {
    assertEquals(
        "JourneyModel{4 journeys, weighted by count 4, functions=[faultManagement,"
            + " incidentManagement]}",
        JourneyModel.of(incidents()).toString());
  }
}
