package org.ossvalue.benchmarks.impact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every contender must agree on: per currency, unplanned and planned revenue at risk (compared
 * to the cent) and revenue-weighted availability, 1 − Σ MRR·d·minutes ÷ Σ MRR·active minutes over
 * unplanned impacts (compared to 1e-9).
 *
 * @param unplanned unplanned revenue at risk per currency code, exact or as exact as the contender
 * @param planned revenue at risk from planned work per currency code
 * @param availability revenue-weighted availability per currency code
 */
public record Totals(
    Map<String, BigDecimal> unplanned,
    Map<String, BigDecimal> planned,
    Map<String, BigDecimal> availability) {

  private static final BigDecimal AVAILABILITY_TOLERANCE = new BigDecimal("1e-9");

  /** Defensive, sorted copies. */
  public Totals {
    unplanned = new TreeMap<>(unplanned);
    planned = new TreeMap<>(planned);
    availability = new TreeMap<>(availability);
  }

  /** 1 − lost ÷ sold, or 1 when nothing was sold. */
  public static BigDecimal availability(BigDecimal lost, BigDecimal sold) {
    return sold.signum() == 0
        ? BigDecimal.ONE
        : BigDecimal.ONE.subtract(lost.divide(sold, MathContext.DECIMAL64));
  }

  /** Money rounded half-even to cents, for comparison and display. */
  public static Map<String, BigDecimal> cents(Map<String, BigDecimal> amounts) {
    Map<String, BigDecimal> rounded = new TreeMap<>();
    amounts.forEach(
        (code, amount) -> {
          BigDecimal r = amount.setScale(2, RoundingMode.HALF_EVEN);
          if (r.signum() != 0) {
            rounded.put(code, r);
          }
        });
    return rounded;
  }

  /**
   * Throws if these totals and those differ: money to the cent, availability beyond 1e-9. The
   * message names both contenders and every figure.
   */
  public void requireSameAs(Totals that, String thisName, String thatName) {
    boolean same =
        cents(unplanned).equals(cents(that.unplanned))
            && cents(planned).equals(cents(that.planned))
            && availability.keySet().equals(that.availability.keySet());
    if (same) {
      for (Map.Entry<String, BigDecimal> e : availability.entrySet()) {
        BigDecimal other = Objects.requireNonNull(that.availability.get(e.getKey()));
        same &= e.getValue().subtract(other).abs().compareTo(AVAILABILITY_TOLERANCE) <= 0;
      }
    }
    if (!same) {
      throw new IllegalStateException(
          "contenders disagree: " + thisName + " " + this + " but " + thatName + " " + that);
    }
  }

  @Override
  public String toString() {
    Map<String, String> a = new TreeMap<>();
    availability.forEach((k, v) -> a.put(k, v.round(new MathContext(12)).toPlainString()));
    return "unplanned=" + cents(unplanned) + " planned=" + cents(planned) + " availability=" + a;
  }
}
