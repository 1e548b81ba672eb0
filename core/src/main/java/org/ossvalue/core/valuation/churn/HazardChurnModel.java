package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Decimals;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.MoneyEstimate;

/**
 * CLV × (uplifted − baseline churn probability over the horizon), with proportional hazards on a
 * geometric lifetime.
 */
final class HazardChurnModel implements ChurnModel {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private final ChurnConfig config;

  HazardChurnModel(ChurnConfig config) {
    this.config = config;
  }

  @Override
  public ChurnExposure assess(Collection<Connection> connections, Impacts impacts, Instant asOf) {
    List<Connection> sorted = new ArrayList<>(connections);
    sorted.sort(Comparator.comparing(Connection::id));
    ChurnExposure.Builder report = ChurnExposure.builder().asOf(asOf).model(toString());
    for (Connection c : sorted) {
      if (c.activation().isEmpty() || c.activation().get().isAfter(asOf)) {
        continue;
      }
      ChurnParameters p = config.parametersFor(c.segment());
      TimeWindow lookback = TimeWindow.of(asOf.minus(p.lookback()), asOf);
      List<ServiceImpact> counted = new ArrayList<>();
      List<TimeWindow> windows = new ArrayList<>();
      for (ServiceImpact impact : impacts.forConnection(c.id())) {
        if (impact.isPlanned() && !p.plannedCounts()) {
          continue;
        }
        Optional<TimeWindow> in = impact.window().intersection(lookback);
        if (in.isPresent()) {
          counted.add(impact);
          windows.add(in.get());
        }
      }
      if (counted.isEmpty()) {
        continue;
      }
      if (c.mrr().isEmpty()) {
        report.addUnvaluedConnections(c.id());
        continue;
      }
      report.addEntries(entry(c, p, lookback, counted, windows, asOf));
    }
    return report.build();
  }

  private ChurnExposure.Entry entry(
      Connection c,
      ChurnParameters p,
      TimeWindow lookback,
      List<ServiceImpact> impacts,
      List<TimeWindow> windows,
      Instant asOf) {
    // Incidents: maximal runs of touching or overlapping impact windows.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(windows::get));
    int incidents = 0;
    BigDecimal hours = BigDecimal.ZERO;
    BigDecimal weightedIncidents = BigDecimal.ZERO;
    BigDecimal weightedHours = BigDecimal.ZERO;
    SortedSet<CauseRef> causes = new TreeSet<>();
    int k = 0;
    while (k < order.size()) {
      Instant runEnd = windows.get(order.get(k)).end();
      BigDecimal runHours = BigDecimal.ZERO;
      int j = k;
      while (j < order.size() && !windows.get(order.get(j)).start().isAfter(runEnd)) {
        int idx = order.get(j);
        TimeWindow w = windows.get(idx);
        runEnd = w.end().isAfter(runEnd) ? w.end() : runEnd;
        runHours =
            runHours.add(
                impacts
                    .get(idx)
                    .degradation()
                    .multiply(w.seconds())
                    .divide(SECONDS_PER_HOUR, 20, RoundingMode.HALF_EVEN));
        causes.addAll(impacts.get(idx).causes());
        j++;
      }
      BigDecimal weight = decay(p.halfLife(), Duration.between(runEnd, asOf));
      incidents++;
      hours = hours.add(runHours);
      weightedIncidents = weightedIncidents.add(weight);
      weightedHours = weightedHours.add(weight.multiply(runHours));
      k = j;
    }
    hours = Decimals.normalize(hours);
    weightedIncidents = Decimals.normalize(weightedIncidents);
    weightedHours = Decimals.normalize(weightedHours.setScale(20, RoundingMode.HALF_EVEN));

    ChurnUplift uplift = config.uplift();
    Estimate multiplier =
        Estimate.of(
            uplift.multiplier(
                weightedIncidents, weightedHours, p.perIncident().low(), p.perImpactHour().low()),
            uplift.multiplier(
                weightedIncidents,
                weightedHours,
                p.perIncident().central(),
                p.perImpactHour().central()),
            uplift.multiplier(
                weightedIncidents,
                weightedHours,
                p.perIncident().high(),
                p.perImpactHour().high()));
    BigDecimal baseline = probability(p, BigDecimal.ONE);
    Estimate uplifted =
        Estimate.of(
            probability(p, multiplier.low()),
            probability(p, multiplier.central()),
            probability(p, multiplier.high()));
    Money mrr = c.mrr().orElseThrow();
    Money clv =
        mrr.times(p.margin()).dividedBy(p.monthlyDiscountRate().add(p.baselineMonthlyChurn()));
    MoneyEstimate loss =
        MoneyEstimate.of(
            clv.times(uplifted.low().subtract(baseline)),
            clv.times(uplifted.central().subtract(baseline)),
            clv.times(uplifted.high().subtract(baseline)));
    return ChurnExposure.Entry.builder()
        .connection(c.id())
        .segment(c.segment())
        .parameters(p.toString())
        .mrr(mrr)
        .lifetimeValue(clv)
        .lookback(lookback)
        .incidents(incidents)
        .impactHours(hours)
        .weightedIncidents(weightedIncidents)
        .weightedImpactHours(weightedHours)
        .hazardMultiplier(multiplier)
        .baselineProbability(baseline)
        .upliftedProbability(uplifted)
        .expectedLoss(loss)
        .causes(causes)
        .terminated(c.termination().filter(t -> !t.isAfter(asOf)))
        .build();
  }

  /**
   * 0.5^(age / half-life), or 1 without decay; to {@value ChurnParameters#PROBABILITY_SCALE}
   * places.
   */
  static BigDecimal decay(Duration halfLife, Duration age) {
    if (halfLife.isZero() || age.isNegative() || age.isZero()) {
      return BigDecimal.ONE;
    }
    double halves = (double) age.toMillis() / (double) halfLife.toMillis();
    return round(Math.pow(0.5, halves));
  }

  /** 1 − (1 − c)^(horizon × multiplier), in double, rounded. */
  static BigDecimal probability(ChurnParameters p, BigDecimal multiplier) {
    double c = p.baselineMonthlyChurn().doubleValue();
    double exponent = p.horizonMonths() * multiplier.doubleValue();
    return round(-Math.expm1(exponent * Math.log1p(-c)));
  }

  static BigDecimal round(double x) {
    return Decimals.normalize(
        new BigDecimal(x).setScale(ChurnParameters.PROBABILITY_SCALE, RoundingMode.HALF_EVEN));
  }

  @Override
  public String toString() {
    return "ChurnModel.of(" + config + ")";
  }
}
