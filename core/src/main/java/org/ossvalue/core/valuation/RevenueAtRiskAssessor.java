package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Columnar;
import org.ossvalue.core.internal.ImpactTable;

/**
 * Applies a strategy to every impact in a period.
 *
 * <p>Only the impacted connections are looked up, and the calendar-accurate strategy is applied
 * with the period's calendar months worked out once (not once per impact); the figures are the
 * same, digit for digit, as {@link RevenueAtRiskStrategy#valueOf} gives.
 */
final class RevenueAtRiskAssessor {

  private RevenueAtRiskAssessor() {}

  static RevenueAtRisk assess(
      RevenueAtRiskStrategy strategy,
      Collection<Connection> connections,
      Impacts impacts,
      ReportingPeriod period) {
    ImpactTable table = Columnar.impacts().table(impacts);
    Valuer valuer = table == null ? null : Valuer.of(strategy, period);
    if (valuer != null) {
      return ColumnarRevenueAtRisk.assess(strategy, valuer, connections, table, period);
    }
    List<ServiceImpact> all = impacts.all();
    Set<String> impacted = new HashSet<>();
    String previous = null;
    for (ServiceImpact impact : all) {
      if (!impact.connection().equals(previous)) {
        previous = impact.connection();
        impacted.add(previous);
      }
    }
    Map<String, Connection> byId = new HashMap<>(Math.max(16, impacted.size() * 2));
    if (!impacted.isEmpty()) {
      for (Connection c : connections) {
        if (impacted.contains(c.id())) {
          byId.put(c.id(), c);
        }
      }
    }
    Months months = strategy == CalendarAccurate.INSTANCE ? new Months(period) : null;
    TimeWindow periodWindow = period.window();
    RevenueAtRisk.Builder report =
        RevenueAtRisk.builder().period(period).strategy(strategy.toString());
    List<RevenueAtRisk.Entry> entries = new ArrayList<>();
    for (ServiceImpact impact : all) {
      TimeWindow window = within(impact.window(), periodWindow);
      if (window == null) {
        continue;
      }
      Connection connection = byId.get(impact.connection());
      Money mrr = connection == null ? null : connection.mrr().orElse(null);
      if (mrr == null) {
        report.addUnvaluedConnections(impact.connection());
        continue;
      }
      BigDecimal d = impact.degradation();
      RevenueAtRisk.Entry.Builder entry =
          RevenueAtRisk.Entry.builder()
              .connection(impact.connection())
              .window(window)
              .degradation(d)
              .classification(impact.classification())
              .causes(impact.causes())
              .mrr(mrr)
              .amount(value(strategy, months, mrr, window, d, period));
      Money usage = connection.usageRevenuePerMonth().orElse(null);
      if (usage != null) {
        entry.usageLost(value(strategy, months, usage, window, d, period));
      }
      entries.add(entry.build());
    }
    return report.entries(entries).build();
  }

  /** The window cut to the period: the same object when it lies inside, null when outside. */
  private static TimeWindow within(TimeWindow window, TimeWindow period) {
    if (!window.start().isBefore(period.start()) && !window.end().isAfter(period.end())) {
      return window.isEmpty() ? null : window;
    }
    return window.intersection(period).orElse(null);
  }

  private static Money value(
      RevenueAtRiskStrategy strategy,
      Months months,
      Money monthly,
      TimeWindow window,
      BigDecimal d,
      ReportingPeriod period) {
    return months != null
        ? months.value(monthly, window, d)
        : strategy.valueOf(monthly, window, d, period.zone());
  }

  /**
   * The calendar months the period touches, with their lengths in seconds: {@link CalendarAccurate}
   * without working the calendar out per impact. Same arithmetic: per month, monthly × (d ×
   * seconds) ÷ month seconds at {@link Money#DIVISION_SCALE} places, half-even, summed exactly.
   */
  private static final class Months {
    private final Instant[] start;
    private final Instant[] end;
    private final BigDecimal[] seconds;

    Months(ReportingPeriod period) {
      List<TimeWindow> months = period.calendarMonths();
      start = new Instant[months.size()];
      end = new Instant[months.size()];
      seconds = new BigDecimal[months.size()];
      for (int i = 0; i < months.size(); i++) {
        start[i] = months.get(i).start();
        end[i] = months.get(i).end();
        seconds[i] = months.get(i).seconds();
      }
    }

    Money value(Money monthly, TimeWindow window, BigDecimal d) {
      if (window.isEmpty() || d.signum() == 0 || monthly.isZero()) {
        return Money.zero(monthly.currency());
      }
      BigDecimal total = null;
      for (int i = 0; i < start.length; i++) {
        Instant s = window.start().isAfter(start[i]) ? window.start() : start[i];
        Instant e = window.end().isBefore(end[i]) ? window.end() : end[i];
        if (!s.isBefore(e)) {
          continue;
        }
        Duration part = Duration.between(s, e);
        BigDecimal partSeconds =
            BigDecimal.valueOf(part.getSeconds()).add(BigDecimal.valueOf(part.getNano(), 9));
        BigDecimal amount =
            monthly
                .amount()
                .multiply(d.multiply(partSeconds))
                .divide(seconds[i], Money.DIVISION_SCALE, RoundingMode.HALF_EVEN);
        total = total == null ? amount : total.add(amount);
      }
      return Money.of(total == null ? BigDecimal.ZERO : total, monthly.currency());
    }
  }
}
