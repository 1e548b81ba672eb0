package org.ossvalue.core.valuation.churn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Estimate;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;
import org.ossvalue.core.valuation.MoneyEstimate;

/** Churn exposure at an as-of instant: one entry per exposed connection, totals as ranges. */
@Value.Immutable
@Value.Enclosing
public abstract class ChurnExposure {

  ChurnExposure() {}

  /** The as-of instant. */
  public abstract Instant asOf();

  /** The model, as its {@code toString}. */
  public abstract String model();

  /** One entry per connection with exposure, in connection order. */
  public abstract List<Entry> entries();

  /** Exposed connections without an MRR: nothing to value. */
  @Value.NaturalOrder
  public abstract SortedSet<String> unvaluedConnections();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChurnExposure}. */
  public static final class Builder extends ImmutableChurnExposure.Builder {}

  /** The low ends of the expected losses, per currency. */
  public MoneyTotals low() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.expectedLoss().low()));
    return acc.toTotals();
  }

  /** The central expected losses, per currency. */
  public MoneyTotals central() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.expectedLoss().central()));
    return acc.toTotals();
  }

  /** The high ends of the expected losses, per currency. */
  public MoneyTotals high() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    entries().forEach(e -> acc.add(e.expectedLoss().high()));
    return acc.toTotals();
  }

  /** One connection's entry. */
  public Optional<Entry> forConnection(String connection) {
    return entries().stream().filter(e -> e.connection().equals(connection)).findFirst();
  }

  /** One {@link LedgerKind#CHURN_EXPOSURE} entry per connection with a non-zero central loss. */
  public List<LedgerEntry> ledgerEntries() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (Entry e : entries()) {
      if (e.expectedLoss().central().isZero()) {
        continue;
      }
      entries.add(
          LedgerEntry.builder()
              .kind(LedgerKind.CHURN_EXPOSURE)
              .connection(e.connection())
              .amount(e.expectedLoss().central())
              .range(e.expectedLoss())
              .window(e.lookback())
              .records(e.records())
              .explanation(e.explain())
              .build());
    }
    return entries;
  }

  @Override
  public String toString() {
    return "ChurnExposure{asOf "
        + asOf()
        + ", central "
        + central().rounded()
        + " [low "
        + low().rounded()
        + ", high "
        + high().rounded()
        + "], "
        + entries().size()
        + " exposed connections}";
  }

  /** One connection's churn exposure. */
  @Value.Immutable
  public abstract static class Entry implements Explainable {

    Entry() {}

    /** The connection. */
    public abstract String connection();

    /** Its segment, if known. */
    public abstract Optional<String> segment();

    /** The parameters applied, as their {@code toString}. */
    public abstract String parameters();

    /** Its MRR. */
    public abstract Money mrr();

    /** Customer lifetime value: MRR × margin ÷ (discount rate + baseline churn). */
    public abstract Money lifetimeValue();

    /** The look-back window. */
    public abstract TimeWindow lookback();

    /** Incidents (maximal runs of impact) in the look-back window. */
    public abstract int incidents();

    /** Hours of degradation-weighted impact in the look-back window. */
    public abstract BigDecimal impactHours();

    /** Incidents weighted by their decay. */
    public abstract BigDecimal weightedIncidents();

    /** Impact hours weighted by their decay. */
    public abstract BigDecimal weightedImpactHours();

    /** The hazard multiplier, low/central/high. */
    public abstract Estimate hazardMultiplier();

    /** The baseline probability of churning within the horizon. */
    public abstract BigDecimal baselineProbability();

    /** The uplifted probability of churning within the horizon, low/central/high. */
    public abstract Estimate upliftedProbability();

    /** Expected revenue lost: CLV × (uplifted − baseline probability), low/central/high. */
    public abstract MoneyEstimate expectedLoss();

    /** The causes of the impacts counted. */
    @Value.NaturalOrder
    public abstract SortedSet<CauseRef> causes();

    /** When the connection terminated, if it has (its churn is then realised, not exposure). */
    public abstract Optional<Instant> terminated();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Entry}. */
    public static final class Builder extends ImmutableChurnExposure.Entry.Builder {}

    /** The connection and the causes. */
    public SortedSet<String> records() {
      SortedSet<String> records = new TreeSet<>();
      records.add("connection:" + connection());
      causes().forEach(c -> records.add(c.toString()));
      return records;
    }

    @Override
    public Explanation explain() {
      Estimate p = upliftedProbability();
      return Explanation.builder()
          .figure("churn exposure " + connection() + segment().map(s -> " (" + s + ")").orElse(""))
          .result(expectedLoss().toString())
          .formula(
              "CLV = MRR x margin / (discount + baseline churn) = "
                  + lifetimeValue().rounded()
                  + "; loss = CLV x (P_uplifted - P_baseline) = "
                  + lifetimeValue().rounded()
                  + " x ("
                  + text(p.central())
                  + " - "
                  + text(baselineProbability())
                  + ") = "
                  + expectedLoss().central().rounded()
                  + "; P = 1 - (1 - baseline churn)^(horizon x multiplier), multiplier "
                  + hazardMultiplier())
          .input("MRR", mrr(), "connection:" + connection())
          .input(
              "exposure",
              incidents()
                  + " incident(s), "
                  + impactHours().setScale(4, RoundingMode.HALF_EVEN).toPlainString()
                  + " impact hours in "
                  + lookback()
                  + "; decay-weighted "
                  + text(weightedIncidents())
                  + " incident(s), "
                  + text(weightedImpactHours())
                  + " hours",
              causes().stream().map(CauseRef::toString).toArray(String[]::new))
          .input("uplifted probability", p.toString())
          .clause(parameters() + "; ranges from the coefficients' low and high values")
          .build();
    }

    private static String text(BigDecimal x) {
      return x.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Override
    public String toString() {
      return connection() + " " + expectedLoss() + " (" + incidents() + " incidents)";
    }
  }
}
