package org.ossvalue.core.valuation.sla;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.ossvalue.core.CauseRef;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * The credit one connection is owed under its SLA for one billing period: its measured
 * availability, the credit lines the rules granted, the cap, the credit after the cap, and the
 * chronic-failure count.
 */
@Value.Immutable
public abstract class SlaCredit implements Explainable {

  SlaCredit() {}

  /** The connection. */
  public abstract String connection();

  /** The agreement (SLA id). */
  public abstract String agreement();

  /** The policy applied, as its {@code toString}. */
  public abstract String policy();

  /** The billing period. */
  public abstract TimeWindow billingPeriod();

  /** The measured availability. */
  public abstract Availability availability();

  /** The connection's MRR the credit is based on. */
  public abstract Money mrr();

  /** The availability target in percent, if the policy has one. */
  public abstract Optional<BigDecimal> target();

  /** Whether the agreement was in force in the billing period. */
  @Value.Default
  public boolean inForce() {
    return true;
  }

  /** Whether the period was breached (below target, or some credit granted without a target). */
  public abstract boolean breached();

  /** The credit each rule granted, before the cap. */
  public abstract List<CreditLine> lines();

  /** The cap for this connection, if any. */
  public abstract Optional<Money> cap();

  /** The credit owed: the lines' sum, capped; exact. */
  public abstract Money credit();

  /** Breached billing periods in a row, ending with this one (0 if this one was not breached). */
  public abstract int consecutiveBreaches();

  /** Whether the chronic-failure clause gives the customer a termination right. */
  public abstract boolean terminationRight();

  /** The chronic-failure clause: consecutive breached periods that give a termination right. */
  public abstract Optional<Integer> chronicFailureAfter();

  /** Whether the billing period ends after the as-of instant, so later impacts may still count. */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaCredit}. */
  public static final class Builder extends ImmutableSlaCredit.Builder {}

  /** The credit before the cap: the sum of the lines. */
  public Money uncapped() {
    Money sum = Money.zero(mrr().currency());
    for (CreditLine line : lines()) {
      sum = sum.plus(line.amount());
    }
    return sum;
  }

  /** Whether the cap cut the credit. */
  public boolean capped() {
    return credit().compareTo(uncapped()) < 0;
  }

  /** Whether the credit gives back the whole MRR (or more) of the period. */
  public boolean fullRefund() {
    return mrr().signum() > 0 && credit().compareTo(mrr()) >= 0;
  }

  /** The records behind the credit: the connection, the agreement, causes and tickets counted. */
  public SortedSet<String> records() {
    SortedSet<String> records = new TreeSet<>();
    records.add("connection:" + connection());
    records.add("sla:" + agreement());
    for (Availability.Outage o : availability().outages()) {
      o.causes().forEach(c -> records.add(c.toString()));
      o.tickets().forEach(t -> records.add("ticket:" + t));
    }
    return records;
  }

  @Override
  public Explanation explain() {
    Availability a = availability();
    String lineSum =
        lines().isEmpty()
            ? "0"
            : lines().stream().map(CreditLine::formula).collect(Collectors.joining(" + "));
    Explanation.Builder e =
        Explanation.builder()
            .figure("SLA credit " + connection() + " " + billingPeriod() + " under " + agreement())
            .result(credit().rounded() + (provisional() ? " (provisional)" : ""))
            .formula(
                "availability = 1 - downtime / measured = 1 - "
                    + a.downtimeMinutes().toPlainString()
                    + " / "
                    + a.measuredMinutes().toPlainString()
                    + " min = "
                    + a.percentText()
                    + " %; credit = "
                    + (capped()
                        ? "min(" + lineSum + ", cap " + cap().orElseThrow().rounded() + ")"
                        : lineSum)
                    + " = "
                    + credit().rounded())
            .input("MRR", mrr(), "connection:" + connection())
            .input("measured", a.measuredMinutes().toPlainString() + " min of service time")
            .input(
                "downtime",
                a.downtimeMinutes().toPlainString() + " min",
                refs(a.causes()).toArray(new String[0]));
    for (Availability.Outage o : a.outages()) {
      List<String> records = refs(o.causes());
      o.tickets().forEach(t -> records.add("ticket:" + t));
      e.input(
          "outage",
          o.window() + " " + o.countedMinutes().toPlainString() + " min",
          records.toArray(new String[0]));
    }
    for (Availability.Exclusion x : a.exclusions()) {
      e.input(
          "excluded",
          x.window() + " " + x.minutes().toPlainString() + " min: " + x.reason(),
          refs(x.causes()).toArray(new String[0]));
    }
    if (chronicFailureAfter().isPresent()) {
      e.input(
          "consecutive breached periods",
          consecutiveBreaches()
              + " of "
              + chronicFailureAfter().get()
              + " for a termination right");
    }
    e.clause(clause());
    return e.build();
  }

  private String clause() {
    StringBuilder s = new StringBuilder(agreement()).append(": ").append(policy());
    if (!inForce()) {
      return s.append(" | agreement not in force in this period: nothing credited").toString();
    }
    if (lines().isEmpty()) {
      s.append(" | ")
          .append(
              target()
                  .map(
                      t ->
                          (breached() ? "below" : "at or above")
                              + " target "
                              + t.toPlainString()
                              + " %: no rule grants a credit")
                  .orElse("no rule grants a credit"));
    }
    for (CreditLine line : lines()) {
      s.append(" | ").append(line.clause());
    }
    if (capped()) {
      s.append(" | capped at ").append(cap().orElseThrow().rounded());
    }
    if (terminationRight()) {
      s.append(" | chronic failure: termination right after ")
          .append(consecutiveBreaches())
          .append(" breached periods");
    }
    return s.toString();
  }

  private static List<String> refs(SortedSet<CauseRef> causes) {
    return causes.stream().map(CauseRef::toString).collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    if (!credit().currency().equals(mrr().currency())) {
      throw new IllegalArgumentException(
          "credit must be in the MRR's currency " + mrr().currency() + ", was " + credit());
    }
    if (credit().signum() < 0 || credit().compareTo(uncapped()) > 0) {
      throw new IllegalArgumentException(
          "credit must be in [0, uncapped "
              + uncapped()
              + "], was "
              + credit()
              + " ("
              + connection()
              + ")");
    }
    if (cap().isPresent() && credit().compareTo(cap().get()) > 0) {
      throw new IllegalArgumentException(
          "credit must not exceed the cap "
              + cap().get()
              + ", was "
              + credit()
              + " ("
              + connection()
              + ")");
    }
  }

  /** {@code P-1001 SLA-9001 [..) 99.4848 % -> 112.50 EUR}. */
  @Override
  public String toString() {
    return connection()
        + " "
        + agreement()
        + " "
        + billingPeriod()
        + " "
        + availability().percentText()
        + " % -> "
        + credit().rounded()
        + (terminationRight() ? " (termination right)" : "")
        + (provisional() ? " (provisional)" : "");
  }
}
