package org.ossvalue.spark;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ossvalue.core.sla.SlaTerms;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;
import org.ossvalue.core.valuation.SeverityMapping;
import org.ossvalue.core.valuation.fulfilment.FulfilmentValuation;
import org.ossvalue.core.valuation.ledger.GuardRule;
import org.ossvalue.core.valuation.leakage.LeakageCheck;
import org.ossvalue.core.valuation.sla.AvailabilityConfig;
import org.ossvalue.core.valuation.sla.SlaPolicy;

/**
 * Which core strategies a Spark run applies. The core's strategies are not serializable, so Spark
 * ships this factory to the executors and each partition asks it for its strategies; every method
 * must return the same strategy on every JVM (a pure function of the factory's fields).
 *
 * <p>Implement it to change a strategy (keep the implementation a small serializable class whose
 * fields are plain values); {@link #defaults()} is the core's defaults throughout.
 */
public interface Strategies extends Serializable {

  /** How causes become degradation; the core's default mapping unless overridden. */
  default SeverityMapping severityMapping() {
    return SeverityMapping.defaults();
  }

  /** How impact windows are valued; calendar-accurate unless overridden. */
  default RevenueAtRiskStrategy revenueAtRisk() {
    return RevenueAtRiskStrategy.calendarAccurate();
  }

  /** The SLA policy of each agreement's terms; {@link SlaPolicy#fromTerms(SlaTerms)} by default. */
  default SlaPolicy slaPolicy(SlaTerms terms) {
    return SlaPolicy.fromTerms(terms, AvailabilityConfig.defaults());
  }

  /** Inventory against bills; {@link LeakageCheck#defaults()} unless overridden. */
  default LeakageCheck leakageCheck() {
    return LeakageCheck.defaults();
  }

  /** Order to activation; {@link FulfilmentValuation#defaults()} unless overridden. */
  default FulfilmentValuation fulfilmentValuation() {
    return FulfilmentValuation.defaults();
  }

  /** The double-count guard's rules; all of them unless overridden. */
  default Set<GuardRule> guardRules() {
    return EnumSet.allOf(GuardRule.class);
  }

  /** The core's defaults throughout. */
  static Strategies defaults() {
    return DefaultStrategies.INSTANCE;
  }

  /** The SLA policies of these terms. */
  default List<SlaPolicy> slaPolicies(List<SlaTerms> terms) {
    return terms.stream().map(this::slaPolicy).toList();
  }
}
