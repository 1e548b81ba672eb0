package org.ossvalue.core.attribution;

import java.util.Collection;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.valuation.RevenueAtRisk;
import org.ossvalue.core.valuation.RevenueAtRiskStrategy;

/**
 * The counterfactual of protected revenue: what each unplanned impact would have cost without some
 * OSS functions, valued with the same {@link RevenueAtRiskStrategy} as the revenue at risk.
 *
 * <p>The default model (docs/formulas.md, "Protected revenue") lengthens the outage without fault
 * management (later detection) and without incident management (slower restoration), repeats it
 * without problem management (recurrence) and adds change-caused loss without change management; a
 * function is credited on an impact only where a record shows it at work (an alarm, a linked
 * ticket, a linked service problem), change management on every impact.
 */
public interface CounterfactualModel {

  /**
   * The revenue protected on every unplanned entry of a revenue-at-risk result; the connections,
   * causes, tickets and problems give each impact's timeline and evidence. A ticket concerns an
   * impact when it links one of the impact's alarms, or names the connection or an element that
   * realises it; a problem when it links one of those alarms or tickets.
   */
  ProtectedRevenue assess(
      RevenueAtRisk risk,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Collection<TroubleTicket> tickets,
      Collection<ServiceProblem> problems);

  /**
   * The same figures as {@link #assess}, kept only as sums: the game per currency and bound and the
   * protected range per connection, without the 48 amounts per impact a full result holds — what a
   * value statement needs at operator scale. This default sums a full assessment; the default model
   * sums as it computes, with the same exact figures.
   */
  default ProtectionSums sums(
      RevenueAtRisk risk,
      Collection<Connection> connections,
      Collection<Cause> causes,
      Collection<TroubleTicket> tickets,
      Collection<ServiceProblem> problems) {
    return ProtectionSums.of(assess(risk, connections, causes, tickets, problems));
  }

  /** The parameters. */
  CounterfactualConfig config();

  /** The default model with the default parameters, valuing calendar-accurately. */
  static CounterfactualModel defaults() {
    return of(CounterfactualConfig.defaults(), RevenueAtRiskStrategy.calendarAccurate());
  }

  /**
   * The default model with the operator's parameters, valuing windows with this strategy (it must
   * be the one that valued the revenue at risk).
   */
  static CounterfactualModel of(CounterfactualConfig config, RevenueAtRiskStrategy strategy) {
    return new DefaultCounterfactual(config, strategy);
  }
}
