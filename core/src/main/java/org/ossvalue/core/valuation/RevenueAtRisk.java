package org.ossvalue.core.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.ImpactClass;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.TimeWindow;

/**
 * Revenue put at risk in a period: one entry per impact window (cut to the period), and exact
 * totals per currency, unplanned apart from planned. Round totals only to display them.
 */
@Value.Immutable
@Value.Enclosing
public abstract class RevenueAtRisk {

  RevenueAtRisk() {}

  /** The period valued. */
  public abstract ReportingPeriod period();

  /** The strategy that valued it, as its {@code toString}. */
  public abstract String strategy();

  /** One entry per impact window inside the period, in connection and time order. */
  public abstract List<Entry> entries();

  /** Impacted connections whose revenue is unknown (no recurring charge, or not supplied). */
  @Value.NaturalOrder
  public abstract SortedSet<String> unvaluedConnections();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RevenueAtRisk}. */
  public static final class Builder extends ImmutableRevenueAtRisk.Builder {}

  /** Unplanned revenue at risk, per currency, exact. */
  @Value.Lazy
  public MoneyTotals unplanned() {
    return total(ImpactClass.UNPLANNED, false);
  }

  /** Revenue at risk from planned work, per currency, exact; reported apart from unplanned. */
  @Value.Lazy
  public MoneyTotals planned() {
    return total(ImpactClass.PLANNED, false);
  }

  /** Usage revenue lost to unplanned impacts, per currency, exact. */
  @Value.Lazy
  public MoneyTotals usageLost() {
    return total(ImpactClass.UNPLANNED, true);
  }

  /** A connection's unplanned revenue at risk; zero (in its currency) when not impacted. */
  public Optional<Money> unplannedFor(String connection) {
    return forConnection(connection, ImpactClass.UNPLANNED);
  }

  /** A connection's planned revenue at risk. */
  public Optional<Money> plannedFor(String connection) {
    return forConnection(connection, ImpactClass.PLANNED);
  }

  /** A connection's revenue at risk of one class, summed over its entries. */
  Optional<Money> forConnection(String connection, ImpactClass classification) {
    Money sum = null;
    for (Entry e : entries()) {
      if (e.connection().equals(connection) && e.classification() == classification) {
        sum = sum == null ? e.amount() : sum.plus(e.amount());
      }
    }
    return Optional.ofNullable(sum);
  }

  private MoneyTotals total(ImpactClass classification, boolean usage) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (Entry e : entries()) {
      if (e.classification() == classification) {
        if (usage) {
          e.usageLost().ifPresent(acc::add);
        } else {
          acc.add(e.amount());
        }
      }
    }
    return acc.toTotals();
  }

  /**
   * Equal when period, strategy, entries and unvalued connections are equal, however the result was
   * made (built, or assessed into its compact form).
   */
  @Override
  public final boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof RevenueAtRisk that
        && period().equals(that.period())
        && strategy().equals(that.strategy())
        && entries().equals(that.entries())
        && unvaluedConnections().equals(that.unvaluedConnections());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + period().hashCode();
    h += (h << 5) + strategy().hashCode();
    h += (h << 5) + entries().hashCode();
    h += (h << 5) + unvaluedConnections().hashCode();
    return h;
  }

  @Override
  public final String toString() {
    return "RevenueAtRisk{"
        + period()
        + ", unplanned="
        + unplanned().rounded()
        + ", planned="
        + planned().rounded()
        + ", usageLost="
        + usageLost().rounded()
        + ", "
        + entries().size()
        + " entries}";
  }

  /** Revenue at risk on one connection over one impact window. */
  @Value.Immutable
  public abstract static class Entry {

    Entry() {}

    /** The connection. */
    public abstract String connection();

    /** The impact window, cut to the period. */
    public abstract TimeWindow window();

    /** The impact's degradation. */
    public abstract BigDecimal degradation();

    /** Unplanned or planned. */
    public abstract ImpactClass classification();

    /** The causes of the impact. */
    @Value.NaturalOrder
    public abstract SortedSet<CauseRef> causes();

    /** The connection's MRR that was valued. */
    public abstract Money mrr();

    /** Revenue at risk: the MRR valued over the window at the degradation, exact. */
    public abstract Money amount();

    /** Usage revenue lost over the window, if the connection has usage revenue. */
    public abstract Optional<Money> usageLost();

    /** A builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Entry}. */
    public static final class Builder extends ImmutableRevenueAtRisk.Entry.Builder {}

    /** Equal when every attribute is equal, however the entry was made. */
    @Override
    public final boolean equals(@Nullable Object another) {
      if (this == another) {
        return true;
      }
      return another instanceof Entry that
          && connection().equals(that.connection())
          && window().equals(that.window())
          && degradation().equals(that.degradation())
          && classification().equals(that.classification())
          && causes().equals(that.causes())
          && mrr().equals(that.mrr())
          && amount().equals(that.amount())
          && usageLost().equals(that.usageLost());
    }

    @Override
    public final int hashCode() {
      int h = 5381;
      h += (h << 5) + connection().hashCode();
      h += (h << 5) + window().hashCode();
      h += (h << 5) + degradation().hashCode();
      h += (h << 5) + classification().hashCode();
      h += (h << 5) + causes().hashCode();
      h += (h << 5) + mrr().hashCode();
      h += (h << 5) + amount().hashCode();
      h += (h << 5) + usageLost().hashCode(); // Optional: the value's hash code, or 0
      return h;
    }

    @Override
    public final String toString() {
      return connection()
          + " "
          + window()
          + " d="
          + degradation().toPlainString()
          + " "
          + classification()
          + " "
          + amount().rounded()
          + " of "
          + mrr()
          + "/month "
          + causes();
    }
  }
}
