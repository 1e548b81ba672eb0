package org.ossvalue.core.valuation.sla;

import org.immutables.value.Value;
import org.ossvalue.core.Money;

/** What one credit rule granted for one billing period, with the clause and the arithmetic. */
@Value.Immutable
public abstract class CreditLine {

  CreditLine() {}

  /** The rule that granted it, as its {@code toString}. */
  public abstract String rule();

  /** The clause that applied, such as {@code availability 99.4848 % < 99.5 % -> 25 % of MRR}. */
  public abstract String clause();

  /** The arithmetic, such as {@code 25 % x 450.00 EUR = 112.50 EUR}. */
  public abstract String formula();

  /** The amount granted, exact, before any cap. */
  public abstract Money amount();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditLine}. */
  public static final class Builder extends ImmutableCreditLine.Builder {}

  @Value.Check
  void check() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException(
          "amount must be >= 0, was " + amount() + " (" + rule() + ")");
    }
  }

  @Override
  public String toString() {
    return clause() + ": " + formula();
  }
}
