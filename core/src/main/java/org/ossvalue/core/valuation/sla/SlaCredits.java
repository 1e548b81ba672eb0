package org.ossvalue.core.valuation.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.MoneyTotals;
import org.ossvalue.core.ReportingPeriod;
import org.ossvalue.core.valuation.LedgerEntry;
import org.ossvalue.core.valuation.LedgerKind;

/**
 * SLA credits owed in a reporting period: one entry per connection with an SLA and billing period,
 * exact totals per currency, and the connections that could not be assessed, with why.
 */
@Value.Immutable
public abstract class SlaCredits {

  SlaCredits() {}

  /** The reporting period. */
  public abstract ReportingPeriod period();

  /** One entry per connection and billing period, in connection then period order. */
  public abstract List<SlaCredit> entries();

  /** Connections that name an agreement no policy implements: connection id → agreement id. */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> unknownAgreements();

  /** Connections with an SLA but no MRR: nothing to base a credit on. */
  @Value.NaturalOrder
  public abstract SortedSet<String> unvaluedConnections();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SlaCredits}. */
  public static final class Builder extends ImmutableSlaCredits.Builder {}

  /** Credits owed, per currency, exact. */
  @Value.Lazy
  public MoneyTotals totals() {
    MoneyTotals.Accumulator acc = MoneyTotals.accumulator();
    for (SlaCredit c : entries()) {
      acc.add(c.credit());
    }
    return acc.toTotals();
  }

  /** The entries of one connection, in period order. */
  public List<SlaCredit> forConnection(String connection) {
    return entries().stream()
        .filter(c -> c.connection().equals(connection))
        .collect(Collectors.toUnmodifiableList());
  }

  /** One connection's credit over the whole reporting period; empty when it was not assessed. */
  public Optional<Money> creditFor(String connection) {
    return forConnection(connection).stream().map(SlaCredit::credit).reduce(Money::plus);
  }

  /** The entries whose chronic-failure clause gives a termination right. */
  public List<SlaCredit> terminationRights() {
    return entries().stream()
        .filter(SlaCredit::terminationRight)
        .collect(Collectors.toUnmodifiableList());
  }

  /** One {@link LedgerKind#CREDITS_OWED} entry per non-zero credit. */
  public List<LedgerEntry> ledgerEntries() {
    List<LedgerEntry> entries = new ArrayList<>();
    for (SlaCredit c : entries()) {
      if (c.credit().signum() > 0) {
        entries.add(
            LedgerEntry.builder()
                .kind(LedgerKind.CREDITS_OWED)
                .connection(c.connection())
                .amount(c.credit())
                .window(c.billingPeriod())
                .records(c.records())
                .fullRefund(c.fullRefund())
                .explanation(c.explain())
                .build());
      }
    }
    return entries;
  }

  @Override
  public String toString() {
    return "SlaCredits{"
        + period()
        + ", credits="
        + totals().rounded()
        + ", "
        + entries().size()
        + " assessed"
        + (unknownAgreements().isEmpty() ? "" : ", unknown agreements " + unknownAgreements())
        + (unvaluedConnections().isEmpty() ? "" : ", unvalued " + unvaluedConnections())
        + "}";
  }
}
