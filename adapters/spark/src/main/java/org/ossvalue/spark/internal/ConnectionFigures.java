package org.ossvalue.spark.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.Money;
import org.ossvalue.core.statement.ConnectionAmount;
import org.ossvalue.core.statement.ConnectionLine;
import org.ossvalue.core.statement.CreditRow;
import org.ossvalue.core.statement.LeakageItem;
import org.ossvalue.core.statement.RangeAmount;
import org.ossvalue.core.statement.ValueStatement;

/** One {@code CONNECTION_FIGURES} row per connection line of a statement. */
final class ConnectionFigures {

  private ConnectionFigures() {}

  static List<Row> of(ValueStatement s) {
    Map<String, Money> enabled = amounts(s.enabled().byConnection());
    Map<String, Money> atRisk = amounts(s.revenueAtRisk().byConnection());
    Map<String, Money> planned = amounts(s.revenueAtRisk().plannedByConnection());
    Map<String, Money> usageLost = amounts(s.usageLost().byConnection());
    Map<String, Money> lost = amounts(s.lost().byConnection());
    Map<String, Money> credits = new HashMap<>();
    for (CreditRow c : s.slaCredits().byConnection()) {
      credits.merge(c.connection(), c.money(), Money::plus);
    }
    Map<String, Money> leakage = new HashMap<>();
    for (LeakageItem i : s.leakage().items()) {
      i.connection().ifPresent(c -> leakage.merge(c, i.money(), Money::plus));
    }
    Map<String, Money> churn = central(s.churnExposure().byConnection());
    Map<String, Money> protectedRevenue = central(s.protectedRevenue().byConnection());
    List<Row> rows = new ArrayList<>(s.connections().size());
    for (ConnectionLine l : s.connections()) {
      String id = l.id();
      rows.add(
          RowFactory.create(
              id,
              l.account(),
              l.segment().orElse(null),
              l.offering().orElse(null),
              l.status().label(),
              l.contractedMrr().map(m -> m.currency().getCurrencyCode()).orElse(null),
              exact(l.contractedMrr()),
              exact(l.mrr()),
              exact(l.connected()),
              Values.exact(l.activeMinutes()),
              Values.exact(l.lostMinutesUnplanned()),
              Values.exact(l.lostMinutesPlanned()),
              exact(enabled.get(id)),
              exact(atRisk.get(id)),
              exact(planned.get(id)),
              exact(usageLost.get(id)),
              exact(credits.get(id)),
              exact(lost.get(id)),
              exact(leakage.get(id)),
              exact(churn.get(id)),
              exact(protectedRevenue.get(id))));
    }
    return rows;
  }

  private static Map<String, Money> amounts(List<ConnectionAmount> amounts) {
    Map<String, Money> m = new HashMap<>(amounts.size() * 2);
    amounts.forEach(a -> m.merge(a.connection(), a.money(), Money::plus));
    return m;
  }

  private static Map<String, Money> central(List<RangeAmount> amounts) {
    Map<String, Money> m = new HashMap<>(amounts.size() * 2);
    amounts.forEach(a -> m.merge(a.connection(), a.central(), Money::plus));
    return m;
  }

  private static @Nullable String exact(Optional<Money> m) {
    return m.map(x -> Values.exact(x.amount())).orElse(null);
  }

  private static @Nullable String exact(@Nullable Money m) {
    return m == null ? null : Values.exact(m.amount());
  }
}
