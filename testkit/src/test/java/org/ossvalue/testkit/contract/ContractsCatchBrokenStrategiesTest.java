package org.ossvalue.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.Severity;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.topology.Combination;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.sla.SlaCase;
import org.ossvalue.core.valuation.sla.SlaCredit;
import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.core.valuation.sla.SlaPresets;

/** The contracts can fail: each one rejects a strategy that breaks its invariants. */
class ContractsCatchBrokenStrategiesTest {

  @Test
  void aMappingThatRatesWarningsAboveCriticalsFails() {
    SeverityMappingContract c =
        new SeverityMappingContract() {
          @Override
          protected SeverityMapping mapping() {
            return cause ->
                cause.severity() == Severity.WARNING ? BigDecimal.ONE : new BigDecimal("0.1");
          }
        };
    assertThrows(AssertionError.class, c::aWorseSeverityNeverDegradesLess);
    assertThrows(AssertionError.class, c::hasAReadableName);
  }

  @Test
  void aMappingOutsideZeroToOneFails() {
    SeverityMappingContract c =
        new SeverityMappingContract() {
          @Override
          protected SeverityMapping mapping() {
            return cause -> new BigDecimal("1.5");
          }
        };
    assertThrows(AssertionError.class, c::degradationLiesBetweenZeroAndOne);
  }

  /** Healthy only while every supporter is down: not monotone, and names healthy contributors. */
  @Test
  void aRuleThatImprovesWhenSupportersFailFails() {
    CombinationRuleContract c =
        new CombinationRuleContract() {
          @Override
          protected CombinationRule rule() {
            return (ids, ds) -> {
              boolean allDown = ds.stream().allMatch(d -> d.compareTo(BigDecimal.ONE) == 0);
              BigDecimal max = ds.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
              return allDown || max.signum() == 0
                  ? Combination.healthy()
                  : Combination.of(max, List.of(0));
            };
          }
        };
    assertThrows(AssertionError.class, c::aSupporterGettingWorseNeverMakesTheNodeBetter);
    assertThrows(AssertionError.class, c::contributorsAreDegradedSupportersOnly);
  }

  @Test
  void aRuleThatReadsOnlyTheFirstSupporterFails() {
    CombinationRuleContract c =
        new CombinationRuleContract() {
          @Override
          protected CombinationRule rule() {
            return (ids, ds) ->
                ds.isEmpty() || ds.get(0).signum() == 0
                    ? Combination.healthy()
                    : Combination.of(ds.get(0), List.of(0));
          }
        };
    assertThrows(AssertionError.class, c::theOrderOfSupportersDoesNotMatter);
  }

  /** A fixed fee per window: not additive, not zero at d = 0. */
  @Test
  void aFeePerWindowFails() {
    RevenueAtRiskStrategyContract c =
        new RevenueAtRiskStrategyContract() {
          @Override
          protected RevenueAtRiskStrategy strategy() {
            return (Money monthly, TimeWindow w, BigDecimal d, ZoneId zone) ->
                w.isEmpty()
                    ? Money.zero(monthly.currency())
                    : monthly.times(new BigDecimal("0.01"));
          }
        };
    assertThrows(AssertionError.class, c::additiveOverDisjointWindows);
    assertThrows(AssertionError.class, c::zeroAtZeroDegradationAndOverAnEmptyWindow);
  }

  /** Credits 1 % of MRR every month, impacts or not. */
  @Test
  void aPolicyThatCreditsWithoutImpactsFails() {
    SlaPolicy gold = SlaPolicy.of("SLA-X", SlaPresets.businessGold());
    SlaPolicyContract c =
        new SlaPolicyContract() {
          @Override
          protected SlaPolicy policy() {
            return new SlaPolicy() {
              @Override
              public String agreement() {
                return "SLA-X";
              }

              @Override
              public List<TimeWindow> billingPeriods(ReportingPeriod period) {
                return gold.billingPeriods(period);
              }

              @Override
              public SlaCredit assess(SlaCase slaCase) {
                SlaCredit real = gold.assess(slaCase);
                Money one = real.mrr().times(new BigDecimal("0.01"));
                return SlaCredit.builder()
                    .from(real)
                    .lines(List.of())
                    .addLines(
                        org.ossvalue.core.valuation.sla.CreditLine.builder()
                            .rule("always")
                            .amount(one)
                            .formula("1 % of MRR")
                            .clause("always")
                            .build())
                    .credit(one)
                    .build();
              }

              @Override
              public String toString() {
                return "always 1 %";
              }
            };
          }
        };
    assertThrows(AssertionError.class, c::withoutImpactsAvailabilityIsOneAndNothingIsCredited);
  }

  /** Lists players backwards and gives the last one a negative weight. */
  @Test
  void anAttributionThatReordersAndChargesAPlayerFails() {
    AttributionStrategyContract c =
        new AttributionStrategyContract() {
          @Override
          protected org.ossvalue.core.attribution.AttributionStrategy strategy() {
            return game -> {
              java.util.List<org.ossvalue.core.attribution.OssFunction> players =
                  new java.util.ArrayList<>(game.players());
              java.util.Collections.reverse(players);
              org.ossvalue.core.attribution.Contributions.Builder b =
                  org.ossvalue.core.attribution.Contributions.builder()
                      .method("backwards")
                      .grandValue(game.grandValue());
              for (int i = 0; i < players.size(); i++) {
                BigDecimal w = BigDecimal.valueOf(i == 0 ? -1 : 2);
                b.addEntries(
                    org.ossvalue.core.attribution.Contributions.Contribution.builder()
                        .function(players.get(i))
                        .value(w)
                        .weight(w)
                        .build());
              }
              return b.build();
            };
          }
        };
    assertThrows(AssertionError.class, c::contributesOncePerPlayerInTheGamesOrder);
    assertThrows(AssertionError.class, c::noPlayerWeighsLessThanNothingWhenEveryPlayerAddsValue);
  }
}
