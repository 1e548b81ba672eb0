package org.ossvalue.core.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One impact window on one connection, cut to the period, with the revenue it put at risk and its
 * causes ({@code alarm:7001}). JSON {@code impacts[]} and {@code topImpacts[]}.
 */
@Value.Immutable
public abstract class ImpactLine implements Explainable {

  ImpactLine() {}

  /** The connection impacted. */
  public abstract String connection();

  /** The first instant of the window inside the period. */
  public abstract Instant start();

  /** The first instant after it. */
  public abstract Instant end();

  /** The degradation d in (0, 1]; for planned work, what planned work added. */
  public abstract BigDecimal degradation();

  /** The window's length in minutes, exact. */
  public abstract BigDecimal minutes();

  /** Whether planned work caused it. */
  public abstract boolean planned();

  /** Its causes, written {@code kind:id}, sorted. */
  public abstract List<String> causes();

  /** The connection's MRR, when known. */
  public abstract Optional<Money> mrr();

  /** The revenue it put at risk; absent when the connection has no MRR. */
  public abstract Optional<Money> revenueAtRisk();

  /** The usage revenue it lost, when the connection has usage revenue (unplanned only). */
  public abstract Optional<Money> usageLost();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactLine}. */
  public static final class Builder extends ImmutableImpactLine.Builder {}

  /** How its revenue at risk was derived. */
  @Override
  public Explanation explain() {
    String result = revenueAtRisk().map(m -> m.rounded().toString()).orElse("not valued (no MRR)");
    return Explanation.builder()
        .figure(
            "revenue at risk "
                + connection()
                + " ["
                + start()
                + ", "
                + end()
                + ") "
                + (planned() ? "planned" : "unplanned"))
        .result(result)
        .formula(
            mrr().map(Money::toString).orElse("no MRR")
                + " x d "
                + degradation().toPlainString()
                + " x "
                + minutes().toPlainString()
                + " min / minutes of the calendar month = "
                + result)
        .input("MRR", mrr().map(Money::toString).orElse("none"), "connection:" + connection())
        .input(
            "impact",
            "[" + start() + ", " + end() + ") d=" + degradation().toPlainString(),
            causes().toArray(new String[0]))
        .clause(
            planned()
                ? "planned work is reported apart from unplanned revenue at risk"
                : "unplanned impacts put pro-rata recurring revenue at risk")
        .build();
  }

  @Value.Check
  void check() {
    if (!start().isBefore(end())) {
      throw new IllegalArgumentException(
          "end must be after start, was start="
              + start()
              + " end="
              + end()
              + " ("
              + connection()
              + ")");
    }
  }

  /**
   * The statement's top impacts: per currency (in code order) the {@code n} unplanned impacts with
   * the most revenue at risk, largest first, ties by connection then start. Impacts that are
   * planned or not valued are left out. The value statement and a merge of partial statements
   * (Spark) both choose them with this, so they choose the same ones.
   */
  public static List<ImpactLine> top(Iterable<ImpactLine> impacts, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    if (n == 0) {
      return List.of();
    }
    Comparator<ImpactLine> byMoney =
        Comparator.comparing((ImpactLine l) -> l.revenueAtRisk().orElseThrow().amount())
            .reversed()
            .thenComparing(ImpactLine::connection)
            .thenComparing(ImpactLine::start);
    Map<String, PriorityQueue<ImpactLine>> top = new TreeMap<>();
    for (ImpactLine l : impacts) {
      if (l.planned() || l.revenueAtRisk().isEmpty()) {
        continue;
      }
      PriorityQueue<ImpactLine> q =
          top.computeIfAbsent(
              l.revenueAtRisk().get().currency().getCurrencyCode(),
              k -> new PriorityQueue<>(byMoney.reversed()));
      q.add(l);
      if (q.size() > n) {
        q.poll();
      }
    }
    List<ImpactLine> result = new ArrayList<>();
    for (PriorityQueue<ImpactLine> q : top.values()) {
      List<ImpactLine> list = new ArrayList<>(q);
      list.sort(byMoney);
      result.addAll(list);
    }
    return result;
  }

  @Override
  public String toString() {
    return connection()
        + " ["
        + start()
        + ", "
        + end()
        + ") d="
        + degradation().toPlainString()
        + (planned() ? " planned " : " ")
        + minutes().toPlainString()
        + " min "
        + revenueAtRisk().map(m -> m.rounded().toString()).orElse("not valued")
        + " "
        + causes();
  }
}
