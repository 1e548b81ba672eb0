package org.ossvalue.testkit.contract;

import org.ossvalue.core.valuation.sla.SlaPolicy;
import org.ossvalue.testkit.generators.CoreGenerators;
import org.ossvalue.testkit.generators.Generator;

/** Policies built from generated SLA terms ({@code SlaPolicy.fromTerms}), one per class run. */
class GeneratedSlaTermsContractTest extends SlaPolicyContract {

  private static final Generator<SlaPolicy> POLICIES =
      CoreGenerators.slaTerms().map(SlaPolicy::fromTerms);

  @Override
  protected SlaPolicy policy() {
    return POLICIES.generate(20250301L);
  }
}
