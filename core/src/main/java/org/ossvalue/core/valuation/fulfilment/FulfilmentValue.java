package org.ossvalue.core.valuation.fulfilment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/**
 * Fulfilment value in a reporting period: every order's timing and figures, and exact totals per
 * currency for each kind of figure.
 */
@Value.Immutable
public abstract class FulfilmentValue {

  FulfilmentValue() {}

  /** The reporting period. */
  public abstract ReportingPeriod period();

  /** The as-of instant. */
  public abstract Instant asOf();

  /** The configuration used, as its {@code toString}. */
  public abstract String config();

  /** Which comparison feeds the ledgers. */
  public abstract FulfilmentBasis ledgerBasis();

  /** Every order, in id order. */
  public abstract List<OrderTiming> orders();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FulfilmentValue}. */
  public static final class Builder extends ImmutableFulfilmentValue.Builder {}

  /** Every figure, in order then item order. */
  public List<FulfilmentFigure> figures() {
    List<FulfilmentFigure> figures = new ArrayList<>();
    orders().forEach(o -> figures.addAll(o.figures()));
    return figures;
  }

  /** One order's timing. */
  public Optional<OrderTiming> order(String id) {
    return orders().stream().filter(o -> o.order().equals(id)).findFirst();
  }

  /** The exact total of every known amount of one kind, per currency. */
  public MoneyTotals total(FigureKind kind) {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (FulfilmentFigure f : figures()) {
      if (f.kind() == kind) {
        f.amount().ifPresent(acc::add);
      }
    }
    return acc.toTotals();
  }

  /** Revenue pulled forward by completion before the requested date. */
  public MoneyTotals pulledForward() {
    return total(FigureKind.PULLED_FORWARD);
  }

  /** Revenue delayed by completion after the requested date or orders still open past it. */
  public MoneyTotals delayed() {
    return total(FigureKind.DELAYED);
  }

  /** Revenue delayed by orders held for lack of capacity. */
  public MoneyTotals capacityDelayed() {
    return total(FigureKind.CAPACITY_DELAYED);
  }

  /** Revenue lost by orders failed for lack of capacity. */
  public MoneyTotals capacityLost() {
    return total(FigureKind.CAPACITY_LOST);
  }

  /** Forecast delay from expected completion dates: informational. */
  public MoneyTotals forecastDelay() {
    return total(FigureKind.FORECAST_DELAY);
  }

  /** MRR activated by items completed in the period (a monthly run-rate). */
  public MoneyTotals activatedMrr() {
    return total(FigureKind.ACTIVATED);
  }

  /**
   * Net timing value against the requested date: pulled forward minus delayed (including capacity
   * delays), per currency; positive when fulfilment earned revenue sooner overall.
   */
  public MoneyTotals timingValue() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator().addAll(pulledForward());
    for (MoneyTotals late : List.of(delayed(), capacityDelayed())) {
      late.all().forEach(m -> acc.add(m.negate()));
    }
    return acc.toTotals();
  }

  /** Figures whose amount is unknown (an MRR delta not in structured data). */
  public List<FulfilmentFigure> unknown() {
    List<FulfilmentFigure> unknown = new ArrayList<>();
    for (FulfilmentFigure f : figures()) {
      if (f.amount().isEmpty()) {
        unknown.add(f);
      }
    }
    return unknown;
  }

  /**
   * Ledger entries of known, non-zero, non-informational amounts: pulled forward; delayed
   * (including capacity delays); capacity lost. The comparison used is {@link #ledgerBasis()}.
   */
  public List<LedgerEntry> ledgerEntries() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (FulfilmentFigure f : figures()) {
      Optional<LedgerKind> kind = ledgerKind(f.kind());
      if (kind.isEmpty() || f.informational() || f.amount().isEmpty() || f.connection().isEmpty()) {
        continue;
      }
      Money amount = f.amount().get();
      if (amount.isZero()) {
        continue;
      }
      LedgerEntry.Builder e =
          LedgerEntry.builder()
              .kind(kind.get())
              .connection(f.connection().get())
              .amount(amount)
              .records(f.records())
              .explanation(f.explain());
      f.window().ifPresent(e::window);
      entries.add(e.build());
    }
    return entries;
  }

  private Optional<LedgerKind> ledgerKind(FigureKind kind) {
    boolean requested = ledgerBasis() == FulfilmentBasis.REQUESTED_DATE;
    return switch (kind) {
      case PULLED_FORWARD -> requested ? Optional.of(LedgerKind.PULLED_FORWARD) : Optional.empty();
      case DELAYED -> requested ? Optional.of(LedgerKind.DELAYED) : Optional.empty();
      case PULLED_FORWARD_VS_BASELINE ->
          requested ? Optional.empty() : Optional.of(LedgerKind.PULLED_FORWARD);
      case DELAYED_VS_BASELINE -> requested ? Optional.empty() : Optional.of(LedgerKind.DELAYED);
      case CAPACITY_DELAYED -> Optional.of(LedgerKind.DELAYED);
      case CAPACITY_LOST -> Optional.of(LedgerKind.CAPACITY_LOST);
      case FORECAST_DELAY, ACTIVATED -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return "FulfilmentValue{"
        + period()
        + ", pulledForward="
        + pulledForward().rounded()
        + ", delayed="
        + delayed().rounded()
        + (capacityDelayed().isEmpty() ? "" : ", capacityDelayed=" + capacityDelayed().rounded())
        + (capacityLost().isEmpty() ? "" : ", capacityLost=" + capacityLost().rounded())
        + ", activatedMrr="
        + activatedMrr().rounded()
        + ", forecastDelay="
        + forecastDelay().rounded()
        + " (informational), "
        + orders().size()
        + " orders}";
  }
}
