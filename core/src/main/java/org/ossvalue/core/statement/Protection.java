package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.RevenueAttribution;
import org.ossvalue.core.assurance.ServiceProblem;
import org.ossvalue.core.assurance.TroubleTicket;
import org.ossvalue.core.attribution.AttributionStrategy;
import org.ossvalue.core.attribution.Bound;
import org.ossvalue.core.attribution.CounterfactualModel;
import org.ossvalue.core.attribution.ProtectionSums;
import org.ossvalue.core.valuation.MoneyEstimate;
import org.ossvalue.core.valuation.RevenueAtRisk;

/**
 * Revenue protected as the statement uses it: the counterfactual model's {@link ProtectionSums}
 * (per currency and bound the game, per connection the protected range; the figures of one {@code
 * CounterfactualModel.assess} over all impacts, without holding 48 amounts per impact).
 */
final class Protection {

  private final ProtectionSums sums;

  private Protection(ProtectionSums sums) {
    this.sums = sums;
  }

  static Protection of(
      CounterfactualModel model,
      RevenueAtRisk risk,
      Map<String, Connection> connections,
      Collection<Cause> causes,
      List<TroubleTicket> tickets,
      List<ServiceProblem> problems) {
    return new Protection(model.sums(risk, connections.values(), causes, tickets, problems));
  }

  /** Impacts valued. */
  int impacts() {
    return sums.impacts();
  }

  /** Protected revenue at a bound, per currency. */
  MoneyTotals total(Bound bound) {
    return sums.protectedAt(bound);
  }

  /** Per connection: low, central, high. */
  Map<String, MoneyEstimate> byConnection() {
    return sums.byConnection();
  }

  /**
   * Every coalition's central value, per currency in code order and coalition in mask order (the
   * empty coalition first, all players last).
   */
  List<CoalitionValue> coalitionValues() {
    List<CoalitionValue> result = new ArrayList<>();
    List<List<String>> coalitions = sums.coalitions();
    for (Currency currency : sums.currencies()) {
      for (int mask = 0; mask < coalitions.size(); mask++) {
        BigDecimal v = sums.value(currency, Bound.CENTRAL, mask);
        result.add(CoalitionValue.of(coalitions.get(mask), Money.of(v, currency)));
      }
    }
    return result;
  }

  /**
   * Splits each currency's central protected revenue (rounded to its minor unit) among the
   * functions; one attribution per currency with a non-zero pool, in currency-code order.
   */
  List<RevenueAttribution> attribute(AttributionStrategy strategy, String period) {
    List<RevenueAttribution> result = new ArrayList<>();
    for (Money pool : total(Bound.CENTRAL).all()) {
      if (pool.rounded().isZero()) {
        continue;
      }
      Currency c = pool.currency();
      result.add(
          strategy.attribute(
              pool,
              sums.game(
                  c,
                  Bound.CENTRAL,
                  "revenue protected in " + c + " at central parameters, " + period)));
    }
    return result;
  }
}
