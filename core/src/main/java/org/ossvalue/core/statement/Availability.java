package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Impacts;
import org.ossvalue.core.Money;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.ServiceImpact;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.internal.Decimals;

/**
 * Availability of what was sold in a period, two ways: <em>revenue-weighted</em> (per currency, the
 * share of sold revenue-minutes MRR × active minutes that was delivered, each impact taking MRR × d
 * × minutes) and <em>connection-weighted</em> (the share of active connection-minutes delivered,
 * each impact taking d × minutes). Each is given for unplanned impacts and including planned work.
 * The inputs are kept, so each ratio explains itself.
 */
@Value.Immutable
@Value.Enclosing
public abstract class Availability {

  Availability() {}

  /** The period measured. */
  public abstract ReportingPeriod period();

  /** Revenue-weighted, per ISO 4217 code, in units of currency × minutes. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Measure> byCurrency();

  /** Connection-weighted, over every connection active in the period, in connection-minutes. */
  public abstract Measure connections();

  /**
   * Measures availability: connections earn inside their active window cut to the period; impacts
   * (already cut to active windows by the impact engine) are cut to the period. Connections without
   * MRR count in the connection-weighted figure only.
   */
  public static Availability of(
      Collection<Connection> connections, Impacts impacts, ReportingPeriod period) {
    Map<String, BigDecimal[]> money = new TreeMap<>();
    BigDecimal[] count = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (Connection c : connections) {
      Optional<TimeWindow> active = c.activeWindow(period.window());
      if (active.isEmpty()) {
        continue;
      }
      BigDecimal minutes = active.get().minutes();
      BigDecimal lostUnplanned = BigDecimal.ZERO;
      BigDecimal lostPlanned = BigDecimal.ZERO;
      for (ServiceImpact impact : impacts.forConnection(c.id())) {
        Optional<TimeWindow> part = impact.window().intersection(active.get());
        if (part.isEmpty()) {
          continue;
        }
        BigDecimal lost = impact.degradation().multiply(part.get().minutes());
        if (impact.isPlanned()) {
          lostPlanned = lostPlanned.add(lost);
        } else {
          lostUnplanned = lostUnplanned.add(lost);
        }
      }
      count[0] = count[0].add(minutes);
      count[1] = count[1].add(lostUnplanned);
      count[2] = count[2].add(lostPlanned);
      if (c.mrr().isPresent()) {
        Money mrr = c.mrr().get();
        BigDecimal[] sums =
            money.computeIfAbsent(
                mrr.currency().getCurrencyCode(),
                k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(mrr.amount().multiply(minutes));
        sums[1] = sums[1].add(mrr.amount().multiply(lostUnplanned));
        sums[2] = sums[2].add(mrr.amount().multiply(lostPlanned));
      }
    }
    ImmutableAvailability.Builder b =
        ImmutableAvailability.builder()
            .period(period)
            .connections(Measure.of(count[0], count[1], count[2], "connection·min"));
    money.forEach((code, s) -> b.putByCurrency(code, Measure.of(s[0], s[1], s[2], code + "·min")));
    return b.build();
  }

  @Override
  public String toString() {
    return "Availability{"
        + period()
        + ", byCurrency="
        + byCurrency()
        + ", connections="
        + connections()
        + "}";
  }

  /** One availability measure: what was sold, what unplanned and planned impacts took. */
  @Value.Immutable
  public abstract static class Measure {

    Measure() {}

    /** Sold: revenue-minutes or connection-minutes. */
    public abstract BigDecimal sold();

    /** Lost to unplanned impacts: Σ weight × d × minutes. */
    public abstract BigDecimal lostUnplanned();

    /** Lost to planned work. */
    public abstract BigDecimal lostPlanned();

    /** The unit, such as {@code EUR·min} or {@code connection·min}. */
    public abstract String unit();

    /** A measure. */
    public static Measure of(
        BigDecimal sold, BigDecimal lostUnplanned, BigDecimal lostPlanned, String unit) {
      return ImmutableAvailability.Measure.builder()
          .sold(Decimals.normalize(sold))
          .lostUnplanned(Decimals.normalize(lostUnplanned))
          .lostPlanned(Decimals.normalize(lostPlanned))
          .unit(unit)
          .build();
    }

    /** 1 − unplanned lost ÷ sold, to {@value Money#DIVISION_SCALE} places; 1 when nothing sold. */
    public BigDecimal unplanned() {
      return ratio(lostUnplanned());
    }

    /** 1 − (unplanned + planned lost) ÷ sold. */
    public BigDecimal includingPlanned() {
      return ratio(lostUnplanned().add(lostPlanned()));
    }

    /** A ratio as a percentage with two decimals, half-even: {@code 95.09}. */
    public static BigDecimal percent(BigDecimal ratio) {
      return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    private BigDecimal ratio(BigDecimal lost) {
      if (sold().signum() == 0) {
        return BigDecimal.ONE;
      }
      return Decimals.normalize(
          BigDecimal.ONE.subtract(
              lost.divide(sold(), Money.DIVISION_SCALE, RoundingMode.HALF_EVEN)));
    }

    /** {@code 95.09 % unplanned (4973998.2 of 101337422.4 EUR·min lost), 95.09 % with planned}. */
    @Override
    public String toString() {
      return percent(unplanned())
          + " % unplanned ("
          + lostUnplanned().toPlainString()
          + " of "
          + sold().toPlainString()
          + " "
          + unit()
          + " lost), "
          + percent(includingPlanned())
          + " % with planned";
    }
  }
}
