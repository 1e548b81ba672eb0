package org.ossvalue.core.valuation.leakage;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ossvalue.core.Money;
import org.ossvalue.core.TimeWindow;
import org.ossvalue.core.valuation.Explainable;
import org.ossvalue.core.valuation.Explanation;

/**
 * One connection's expected recurring revenue in the period against what its account was billed for
 * it in recurring charges.
 */
@Value.Immutable
public abstract class LeakageFinding implements Explainable {

  LeakageFinding() {}

  /** The billing account. */
  public abstract String account();

  /** The connection; absent for recurring lines that name none. */
  public abstract Optional<String> connection();

  /** What the comparison found. */
  public abstract FindingKind kind();

  /** Expected recurring revenue: MRR pro-rated over the active part of the period (0 if none). */
  public abstract Money expected();

  /** Recurring charges billed for the period (0 if none). */
  public abstract Money billed();

  /** The connection's MRR, when it is in inventory. */
  public abstract Optional<Money> mrr();

  /** The part of the period the connection was active. */
  public abstract Optional<TimeWindow> active();

  /** The recurring charge lines compared, by id. */
  @Value.NaturalOrder
  public abstract SortedSet<String> lines();

  /** The account's bills of the period and the bills those lines are on, by id. */
  @Value.NaturalOrder
  public abstract SortedSet<String> bills();

  /** The tolerance applied. */
  public abstract Money tolerance();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LeakageFinding}. */
  public static final class Builder extends ImmutableLeakageFinding.Builder {}

  /** Expected minus billed: positive when under-billed. */
  public Money difference() {
    return expected().minus(billed());
  }

  /** The revenue leaking: the difference when the finding is a leak, else zero. */
  public Money leakage() {
    return kind().isLeak() ? difference() : Money.zero(expected().currency());
  }

  /** The overcharge: billed minus expected when over-billed or billed-not-connected, else zero. */
  public Money overcharge() {
    return kind() == FindingKind.OVER_BILLED || kind() == FindingKind.BILLED_NOT_CONNECTED
        ? difference().negate()
        : Money.zero(billed().currency());
  }

  /** The records behind it: account, connection, lines and bills. */
  public SortedSet<String> records() {
    SortedSet<String> records = new TreeSet<>();
    records.add("account:" + account());
    connection().ifPresent(c -> records.add("connection:" + c));
    lines().forEach(l -> records.add("billLine:" + l));
    bills().forEach(b -> records.add("bill:" + b));
    return records;
  }

  @Override
  public Explanation explain() {
    String expectedText =
        mrr().isPresent() && active().isPresent()
            ? mrr().get() + " over " + active().get() + " = " + expected()
            : expected().toString();
    Explanation.Builder e =
        Explanation.builder()
            .figure(kind() + " " + account() + connection().map(c -> " " + c).orElse(""))
            .result(
                kind().isLeak()
                    ? leakage().rounded() + " leaking"
                    : kind() == FindingKind.MATCHED
                        ? "matched"
                        : overcharge().rounded() + " " + kind())
            .formula(
                "expected - billed = "
                    + expected().rounded()
                    + " - "
                    + billed().rounded()
                    + " = "
                    + difference().rounded()
                    + "; a finding when |difference| > "
                    + tolerance());
    e.input(
        "expected",
        expectedText,
        connection().map(c -> "connection:" + c).orElse("account:" + account()));
    SortedSet<String> lineRecords = new TreeSet<>();
    lines().forEach(l -> lineRecords.add("billLine:" + l));
    bills().forEach(b -> lineRecords.add("bill:" + b));
    e.input("billed recurring", billed(), lineRecords.toArray(new String[0]));
    return e.clause(
            "recurring charge lines only are compared with expected recurring revenue (MRR pro-rated"
                + " over the active part of the period); usage and credit lines are reported apart")
        .build();
  }

  @Override
  public String toString() {
    return kind()
        + " "
        + account()
        + connection().map(c -> " " + c).orElse("")
        + " expected "
        + expected().rounded()
        + " billed "
        + billed().rounded();
  }
}
