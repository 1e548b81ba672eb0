package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.internal.Decimals;
import org.ossvalue.core.valuation.Estimate;

/**
 * What an operator's own history says about churn and exposure: churn rates with and without
 * exposure, their relative risk with a confidence interval, and fitted uplift coefficients — or,
 * when the data are too thin, that nothing can be said, and why.
 *
 * <p>Rates are events per connection-month at risk. The relative risk's interval is the usual
 * log-normal one for a ratio of Poisson rates: exp(ln RR ± z √(1/a + 1/b)) for a and b events.
 * Coefficients come from a Poisson regression of churn events on incidents and impact hours with
 * log(months at risk) as offset — the same proportional-hazards form {@link
 * ChurnUplift#proportionalHazards()} applies — with Wald intervals (estimate ± z × standard error).
 */
@Value.Immutable
public abstract class ChurnCalibration {

  ChurnCalibration() {}

  /** Connections observed. */
  public abstract int observations();

  /** Churn events among exposed connections (at least one incident while at risk). */
  public abstract int exposedEvents();

  /** Connection-months at risk of the exposed connections. */
  public abstract BigDecimal exposedMonths();

  /** Churn events among unexposed connections. */
  public abstract int unexposedEvents();

  /** Connection-months at risk of the unexposed connections. */
  public abstract BigDecimal unexposedMonths();

  /** The confidence level of the intervals. */
  public abstract BigDecimal confidence();

  /** Whether there are enough data to say anything. */
  public abstract boolean sufficient();

  /** Why the data are too thin, or what could not be fitted. */
  public abstract List<String> notes();

  /** Relative risk of churn, exposed vs unexposed, with its interval; absent when too thin. */
  public abstract Optional<Estimate> relativeRisk();

  /** Monthly churn probability of unexposed connections: 1 − exp(−rate); absent when too thin. */
  public abstract Optional<BigDecimal> baselineMonthlyChurn();

  /** Fitted log-hazard uplift per incident, with its interval; absent when it cannot be fitted. */
  public abstract Optional<Estimate> perIncident();

  /**
   * Fitted log-hazard uplift per impact hour, with its interval; absent when it cannot be fitted.
   */
  public abstract Optional<Estimate> perImpactHour();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChurnCalibration}. */
  public static final class Builder extends ImmutableChurnCalibration.Builder {}

  /** Calibrates from history with {@link CalibrationConfig#defaults()}. */
  public static ChurnCalibration fit(Collection<ChurnObservation> history) {
    return fit(history, CalibrationConfig.defaults());
  }

  /** Calibrates from history. */
  public static ChurnCalibration fit(
      Collection<ChurnObservation> history, CalibrationConfig config) {
    int exposedEvents = 0;
    int unexposedEvents = 0;
    BigDecimal exposedMonths = BigDecimal.ZERO;
    BigDecimal unexposedMonths = BigDecimal.ZERO;
    for (ChurnObservation o : history) {
      if (o.exposed()) {
        exposedEvents += o.churned() ? 1 : 0;
        exposedMonths = exposedMonths.add(o.months());
      } else {
        unexposedEvents += o.churned() ? 1 : 0;
        unexposedMonths = unexposedMonths.add(o.months());
      }
    }
    double z = config.z();
    Builder out =
        builder()
            .observations(history.size())
            .exposedEvents(exposedEvents)
            .exposedMonths(Decimals.normalize(exposedMonths))
            .unexposedEvents(unexposedEvents)
            .unexposedMonths(Decimals.normalize(unexposedMonths))
            .confidence(config.confidence());
    List<String> thin = new ArrayList<>();
    if (exposedEvents < config.minEventsPerGroup()) {
      thin.add(
          "too thin to say: "
              + exposedEvents
              + " churn events among exposed connections, fewer than "
              + config.minEventsPerGroup());
    }
    if (unexposedEvents < config.minEventsPerGroup()) {
      thin.add(
          "too thin to say: "
              + unexposedEvents
              + " churn events among unexposed connections, fewer than "
              + config.minEventsPerGroup());
    }
    if (!thin.isEmpty()) {
      return out.sufficient(false).notes(thin).build();
    }
    double rateExposed = exposedEvents / exposedMonths.doubleValue();
    double rateUnexposed = unexposedEvents / unexposedMonths.doubleValue();
    double logRr = Math.log(rateExposed / rateUnexposed);
    double se = Math.sqrt(1.0 / exposedEvents + 1.0 / unexposedEvents);
    out.sufficient(true)
        .relativeRisk(
            Estimate.of(
                round(Math.exp(logRr - z * se)),
                round(Math.exp(logRr)),
                round(Math.exp(logRr + z * se))))
        .baselineMonthlyChurn(round(-Math.expm1(-rateUnexposed)));

    List<ChurnObservation> list = new ArrayList<>(history);
    boolean hoursVary = list.stream().anyMatch(o -> o.impactHours().signum() > 0);
    int k = hoursVary ? 3 : 2;
    double[][] x = new double[list.size()][k];
    double[] events = new double[list.size()];
    double[] time = new double[list.size()];
    for (int i = 0; i < list.size(); i++) {
      ChurnObservation o = list.get(i);
      x[i][0] = 1;
      x[i][1] = o.incidents().doubleValue();
      if (hoursVary) {
        x[i][2] = o.impactHours().doubleValue();
      }
      events[i] = o.churned() ? 1 : 0;
      time[i] = o.months().doubleValue();
    }
    if (!hoursVary) {
      out.addNotes("no impact hours in the history: the per-hour uplift cannot be fitted");
    }
    Optional<Statistics.Fit> fit = Statistics.poisson(x, events, time, config.maxIterations());
    if (fit.isEmpty()) {
      return out.addNotes(
              "the uplift coefficients could not be fitted (the exposure does not vary enough, or the"
                  + " fit did not converge)")
          .build();
    }
    out.perIncident(wald(fit.get(), 1, z));
    if (hoursVary) {
      out.perImpactHour(wald(fit.get(), 2, z));
    }
    return out.build();
  }

  private static Estimate wald(Statistics.Fit fit, int j, double z) {
    double b = fit.beta[j];
    double se = fit.standardError(j);
    return Estimate.of(round(b - z * se), round(b), round(b + z * se));
  }

  private static BigDecimal round(double x) {
    return Decimals.normalize(
        new BigDecimal(x).setScale(ChurnParameters.PROBABILITY_SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * These parameters with what the history supports: the fitted coefficients and baseline churn
   * replace the given ones; whatever could not be fitted is kept.
   */
  public ChurnParameters applyTo(ChurnParameters parameters) {
    ChurnParameters.Builder b = ChurnParameters.builder().from(parameters);
    baselineMonthlyChurn().filter(c -> c.signum() > 0).ifPresent(b::baselineMonthlyChurn);
    perIncident().ifPresent(b::perIncident);
    perImpactHour().ifPresent(b::perImpactHour);
    return b.build();
  }

  @Override
  public String toString() {
    return "ChurnCalibration{"
        + observations()
        + " observations, events exposed "
        + exposedEvents()
        + " / unexposed "
        + unexposedEvents()
        + (sufficient()
            ? relativeRisk().map(r -> ", relative risk " + r).orElse("")
                + perIncident().map(p -> ", per incident " + p).orElse("")
                + perImpactHour().map(p -> ", per impact hour " + p).orElse("")
            : "")
        + (notes().isEmpty() ? "" : ", " + notes())
        + "}";
  }
}
