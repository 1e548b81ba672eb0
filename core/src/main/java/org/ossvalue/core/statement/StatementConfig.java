package org.ossvalue.core.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.CounterfactualConfig;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.churn.ChurnConfig;
import org.ossvalue.core.valuation.fulfilment.FulfilmentConfig;
import org.ossvalue.core.valuation.leakage.LeakageConfig;
import org.ossvalue.core.valuation.ledger.DoubleCountGuard;
import org.ossvalue.core.valuation.sla.AvailabilityConfig;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * The strategies a value statement applies and their parameters, each with a documented default
 * ({@code DEFAULT_*}); {@link #parameters()} prints every one of them, and the statement carries
 * that list. docs/value-statement.md says what each changes.
 */
@Value.Immutable
public abstract class StatementConfig {

  /** Critical 1, major 0.5, minor 0.25, warning and indeterminate 0. */
  public static final SeverityMapping DEFAULT_SEVERITY_MAPPING = SeverityMapping.defaults();

  /** The impact engine runs on the calling thread only. */
  public static final int DEFAULT_PARALLELISM = 1;

  /** Calendar-accurate: MRR × d × minutes ÷ minutes of the calendar month they fall in. */
  public static final RevenueAtRiskStrategy DEFAULT_REVENUE_AT_RISK =
      RevenueAtRiskStrategy.calendarAccurate();

  /** d = 1 counts as down, planned work excluded, 24 × 7, no minimum, clock at the alarm. */
  public static final AvailabilityConfig DEFAULT_SLA_MEASUREMENT = AvailabilityConfig.defaults();

  /** Zero uplift: churn exposure is zero until the operator supplies coefficients. */
  public static final ChurnConfig DEFAULT_CHURN = ChurnConfig.defaults();

  /** No baselines; lateness against the requested date; calendar-accurate. */
  public static final FulfilmentConfig DEFAULT_FULFILMENT = FulfilmentConfig.defaults();

  /** Half a minor unit of tolerance; calendar-accurate pro rata. */
  public static final LeakageConfig DEFAULT_LEAKAGE = LeakageConfig.defaults();

  /** Detection delay 30 (10–60) min, restore × 2 (1.5–3), recurrence 0.25, change share 0.1. */
  public static final CounterfactualConfig DEFAULT_COUNTERFACTUAL = CounterfactualConfig.defaults();

  /** The exact Shapley value over the counterfactual game. */
  public static final AttributionStrategy DEFAULT_ATTRIBUTION = AttributionStrategy.shapley();

  /** Every built-in rule of the double-count guard. */
  public static final DoubleCountGuard DEFAULT_GUARD = DoubleCountGuard.defaults();

  /** Ten impacts per currency. */
  public static final int DEFAULT_TOP_IMPACTS = 10;

  /** Usage records give usage revenue to connections that do not state one. */
  public static final boolean DEFAULT_USAGE_FROM_RECORDS = true;

  StatementConfig() {}

  /** How a cause's severity becomes degradation. */
  @Value.Default
  public SeverityMapping severityMapping() {
    return DEFAULT_SEVERITY_MAPPING;
  }

  /** Threads the impact engine may use (the result is the same for any value). */
  @Value.Default
  public int parallelism() {
    return DEFAULT_PARALLELISM;
  }

  /**
   * How time is valued: revenue at risk, usage lost, revenue connected and enabled, and the
   * counterfactual of protected revenue.
   */
  @Value.Default
  public RevenueAtRiskStrategy revenueAtRisk() {
    return DEFAULT_REVENUE_AT_RISK;
  }

  /** How SLA terms from the inputs are measured (the terms' own planned-work clause wins). */
  @Value.Default
  public AvailabilityConfig slaMeasurement() {
    return DEFAULT_SLA_MEASUREMENT;
  }

  /**
   * The operator's own SLA policies (such as presets), one per agreement; a policy here replaces
   * the input terms of the same agreement. Empty by default.
   */
  public abstract List<SlaPolicy> slaPolicies();

  /** Churn parameters per segment (including the margin of lifetime value). */
  @Value.Default
  public ChurnConfig churn() {
    return DEFAULT_CHURN;
  }

  /** Fulfilment parameters: baselines per offering, capacity reasons, ledger basis. */
  @Value.Default
  public FulfilmentConfig fulfilment() {
    return DEFAULT_FULFILMENT;
  }

  /** Leakage tolerance and pro rata. */
  @Value.Default
  public LeakageConfig leakage() {
    return DEFAULT_LEAKAGE;
  }

  /** The parameters of the protected-revenue counterfactual, each low / central / high. */
  @Value.Default
  public CounterfactualConfig counterfactual() {
    return DEFAULT_COUNTERFACTUAL;
  }

  /** How protected revenue is split among OSS functions. */
  @Value.Default
  public AttributionStrategy attribution() {
    return DEFAULT_ATTRIBUTION;
  }

  /** Which double-count rules apply across ledgers. */
  @Value.Default
  public DoubleCountGuard guard() {
    return DEFAULT_GUARD;
  }

  /** How many unplanned impacts per currency the statement lists as its top impacts. */
  @Value.Default
  public int topImpacts() {
    return DEFAULT_TOP_IMPACTS;
  }

  /**
   * Whether connections without {@code usageRevenuePerMonth} take it from the usage records rated
   * inside the period (their sum, per month of the period).
   */
  @Value.Default
  public boolean usageFromRecords() {
    return DEFAULT_USAGE_FROM_RECORDS;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every default. */
  public static StatementConfig defaults() {
    return builder().build();
  }

  /** Builds a {@link StatementConfig}. */
  public static final class Builder extends ImmutableStatementConfig.Builder {}

  /** Every parameter, by name, as the statement prints it. */
  public List<Parameter> parameters() {
    List<Parameter> p = new ArrayList<>();
    p.add(Parameter.of("severityMapping", severityMapping().toString()));
    p.add(Parameter.of("parallelism", Integer.toString(parallelism())));
    p.add(Parameter.of("revenueAtRisk", revenueAtRisk().toString()));
    p.add(Parameter.of("slaMeasurement", slaMeasurement().toString()));
    for (SlaPolicy policy : slaPolicies()) {
      p.add(Parameter.of("slaPolicy " + policy.agreement(), policy.toString()));
    }
    p.add(Parameter.of("churn", churn().toString()));
    p.add(Parameter.of("fulfilment", fulfilment().toString()));
    p.add(Parameter.of("leakage", leakage().toString()));
    counterfactual()
        .parameters()
        .forEach((name, value) -> p.add(Parameter.of("counterfactual " + name, value)));
    p.add(Parameter.of("attribution", attribution().toString()));
    p.add(Parameter.of("guard", guard().toString()));
    p.add(Parameter.of("topImpacts", Integer.toString(topImpacts())));
    p.add(Parameter.of("usageFromRecords", Boolean.toString(usageFromRecords())));
    return p;
  }

  @Value.Check
  void check() {
    if (parallelism() < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1, was " + parallelism());
    }
    if (topImpacts() < 0) {
      throw new IllegalArgumentException("topImpacts must be >= 0, was " + topImpacts());
    }
    Set<String> agreements = new HashSet<>();
    for (SlaPolicy policy : slaPolicies()) {
      if (!agreements.add(policy.agreement())) {
        throw new IllegalArgumentException(
            "slaPolicies must implement each agreement once, was " + policy.agreement() + " twice");
      }
    }
  }

  @Override
  public String toString() {
    return "StatementConfig" + parameters();
  }
}
