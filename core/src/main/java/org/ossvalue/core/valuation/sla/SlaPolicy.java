package org.ossvalue.core.valuation.sla;

import java.util.List;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.sla.SlaTerms;

/**
 * One service-level agreement as a policy: it splits a reporting period into billing periods and
 * assesses, for each, a connection's availability and the credit it is owed.
 *
 * <p>The built-in policy ({@link #of(String, SlaPolicyConfig)}) measures availability by an {@link
 * AvailabilityConfig}, applies {@link CreditRule}s, caps their sum and tracks chronic failure;
 * {@link #fromTerms(SlaTerms)} builds it from the SLA terms an adapter reads (TMF623 rules, TMF657
 * objectives).
 */
public interface SlaPolicy {

  /** The agreement id this policy implements, as connections refer to it. */
  String agreement();

  /** The billing periods of a reporting period: by default the calendar months it touches. */
  List<TimeWindow> billingPeriods(ReportingPeriod period);

  /** Assesses one connection for one billing period. */
  SlaCredit assess(SlaCase slaCase);

  /** The built-in policy with these terms. */
  static SlaPolicy of(String agreement, SlaPolicyConfig config) {
    return new ConfiguredSlaPolicy(agreement, config);
  }

  /**
   * The policy SLA terms describe, measured with the default {@link AvailabilityConfig}: the tiers
   * become {@link CreditRule#tiers}, the cap a {@link CreditCap#percentOfMrr}, and whether planned
   * work is excluded, the validity and the name are kept.
   */
  static SlaPolicy fromTerms(SlaTerms terms) {
    return fromTerms(terms, AvailabilityConfig.defaults());
  }

  /**
   * The policy SLA terms describe, measured with the operator's conventions (downtime rule,
   * schedule, minimum outage, clock start, zone); the terms' own planned-work exclusion wins.
   */
  static SlaPolicy fromTerms(SlaTerms terms, AvailabilityConfig measurement) {
    return of(terms.id(), SlaPolicyConfig.fromTerms(terms, measurement));
  }
}
