package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.testkit.generators.CoreGenerators;

/**
 * Built-in policies of generated configurations (tiers, per-hour and per-incident rules, every cap
 * kind, business hours, clock starts): the contract holds for each of a handful.
 */
class GeneratedPolicyConfigsContractTest {

  @org.junit.jupiter.api.TestFactory
  java.util.stream.Stream<org.junit.jupiter.api.DynamicTest>
      everyGeneratedPolicyKeepsTheContract() {
    return java.util.stream.LongStream.range(0, 6)
        .mapToObj(
            seed -> {
              SlaPolicy policy =
                  SlaPolicy.of("SLA-" + seed, CoreGenerators.slaPolicies().generate(seed));
              SlaPolicyContract contract =
                  new SlaPolicyContract() {
                    @Override
                    protected SlaPolicy policy() {
                      return policy;
                    }

                    @Override
                    protected int examples() {
                      return 40;
                    }
                  };
              return org.junit.jupiter.api.DynamicTest.dynamicTest(
                  policy.toString(),
                  () -> {
                    contract.billingPeriodsCoverTheReportingPeriodWithoutOverlapping();
                    contract.creditsNeverExceedTheirCapAndNameTheirCase();
                    contract.availabilityLiesBetweenZeroAndOneAndNeverRisesWhenAnImpactIsAdded();
                    contract.withoutImpactsAvailabilityIsOneAndNothingIsCredited();
                    contract.hasAReadableName();
                  });
            });
  }
}
